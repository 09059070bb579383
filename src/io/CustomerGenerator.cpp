// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "io/CustomerGenerator.h"

#include "core/AttributeDictionary.h"
#include "core/CanonicalAttributes.h"
#include "core/Error.h"
#include "core/ValueParser.h"
#include "core/Workspace.h"
#include "io/CsvWriter.h"
#include "io/DefaultContent.h"
#include "io/ImportOptions.h"
#include "io/SyntheticCustomers.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace portrait::CustomerGenerator {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::CustomerGenerator)
};

// Numbers are written as numbers; everything else as text.
bool isNumber(size_t column)
{
    return CanonicalAttributes::all()[column].type == AttributeType::Number;
}
} // namespace

void writeCsv(const QString &path, const Options &options, ProgressSink *progress)
{
    CsvWriter out(path, static_cast<CsvWriter::Encoding>(options.encoding));
    const auto attributes = CanonicalAttributes::all();
    if (options.chineseHeaders) {
        const Config defaults = DefaultContent::config();
        for (const CanonicalAttribute &c : attributes) {
            QString name = QLatin1String(c.key);
            for (const Attribute &a : defaults.attributes) {
                if (a.key == name)
                    name = a.nameZh;
            }
            out.text(name.toStdString());
        }
    } else {
        for (const CanonicalAttribute &c : attributes)
            out.text(c.key);
    }
    out.endRow();
    SyntheticCustomers maker(options.seed, options.dataDate);
    SyntheticCustomers::Row row;
    for (qint64 i = 0; i < options.count; ++i) {
        maker.make(i, row);
        for (size_t c = 0; c < row.size(); ++c) {
            if (row[c].empty())
                out.empty();
            else if (isNumber(c))
                out.numberText(row[c]); // SyntheticCustomers writes numbers with std::to_chars
            else
                out.text(row[c]);
        }
        out.endRow();
        if (progress && (i & 65535) == 0 && !progress->progress(i, options.count))
            throw Error(Tr::tr("已取消"));
    }
    out.commit();
}

qint64 addDemoCustomers(Workspace &workspace, qint64 count, quint64 seed)
{
    Database &db = workspace.db();
    const AttributeDictionary dictionary = AttributeDictionary::load(db);
    SyntheticCustomers maker(seed, QDate::currentDate());
    SyntheticCustomers::Row row;
    QList<QVariantMap> customers;
    const auto attributes = CanonicalAttributes::all();
    for (qint64 i = 0; i < count; ++i) {
        maker.make(i, row);
        QVariantMap customer;
        for (size_t c = 0; c < row.size(); ++c) {
            const AttributeInfo *a = dictionary.find(QLatin1String(attributes[c].key));
            if (!a || row[c].empty())
                continue;
            const ParsedValue v = ValueParser::parse(*a, QString::fromStdString(row[c]));
            if (v.ok() && !v.value.isNull())
                customer.insert(a->key, v.value);
        }
        customer[QStringLiteral("customer_no")] = QStringLiteral("DEMO-") + customer.value(QStringLiteral("customer_no")).toString();
        customers << customer;
    }
    const int added = CustomerRepository::insert(db, dictionary, customers, true);
    // The sample describes today; a workspace without a data date takes it.
    if (workspace.setting(QStringLiteral("data_date")).isEmpty())
        workspace.setSetting(QStringLiteral("data_date"), QDate::currentDate().toString(Qt::ISODate));
    workspace.notifyChanged(QStringLiteral("customers"));
    return added;
}

} // namespace portrait::CustomerGenerator
