// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "io/CustomerJsonReader.h"

#include "core/AttributeDictionary.h"
#include "core/ValueParser.h"
#include "io/JsonSource.h"

#include <QCoreApplication>
#include <QSet>

namespace portrait::CustomerJsonReader {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::CustomerJsonReader)
};

// A JSON value as the text a CSV cell would hold.
QString cellText(const nlohmann::ordered_json &v)
{
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_array()) {
        QStringList items;
        for (const auto &item : v)
            items << cellText(item);
        return items.join(QLatin1Char(';'));
    }
    if (v.is_null())
        return {};
    return QString::fromStdString(v.dump());
}
} // namespace

QList<QVariantMap> read(const QByteArray &bytes, const QString &fileName,
                        const AttributeDictionary &dictionary)
{
    const JsonSource src(fileName);
    const auto doc = JsonSource::parse(bytes, fileName);
    src.expectFormat(doc, "portrait-customers", 1);
    const auto &items = src.array(doc, "$", "customers");
    QList<QVariantMap> result;
    QSet<QString> numbers;
    for (size_t i = 0; i < items.size(); ++i) {
        const std::string path = JsonSource::at("$.customers", i);
        if (!items[i].is_object())
            src.fail(path, Tr::tr("应为对象"));
        QVariantMap customer;
        for (auto it = items[i].begin(); it != items[i].end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            const AttributeInfo *a = dictionary.find(key);
            const std::string at = JsonSource::at(path, it.key().c_str());
            if (!a)
                src.fail(at, Tr::tr("未知的属性 %1").arg(key));
            if (it->is_object() || (it->is_array() && a->type != AttributeType::List))
                src.fail(at, Tr::tr("值的类型不对"));
            const ParsedValue v = ValueParser::parse(*a, cellText(*it));
            if (!v.ok())
                src.fail(at, v.error);
            if (!v.value.isNull())
                customer.insert(key, v.value);
        }
        for (const char *required : {"customer_no", "name"}) {
            if (!customer.contains(QLatin1String(required)))
                src.fail(JsonSource::at(path, required), Tr::tr("缺少必填字段"));
        }
        const QString no = customer.value(QStringLiteral("customer_no")).toString();
        if (numbers.contains(no))
            src.fail(JsonSource::at(path, "customer_no"), Tr::tr("户号 %1 重复").arg(no));
        numbers.insert(no);
        result << customer;
    }
    return result;
}

} // namespace portrait::CustomerJsonReader
