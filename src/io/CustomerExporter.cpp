// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "io/CustomerExporter.h"

#include "core/AttributeDictionary.h"
#include "core/Error.h"
#include "io/ImportOptions.h"
#include "io/CsvWriter.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <nlohmann/json.hpp>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::CustomerExporter)
};

} // namespace

const std::vector<CustomerExporter::DerivedField> &CustomerExporter::derivedFields()
{
    static const std::vector<DerivedField> fields{
        {"category", "主类", "category"}, {"roles", "角色", "roles"},
        {"tags", "标记", "tags"},         {"stage", "生命周期阶段", "stage"},
        {"credit", "信用等级", "credit"}, {"dr", "需求响应潜力", "dr"}};
    return fields;
}

CustomerExporter::Format CustomerExporter::formatForPath(const QString &path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? Format::Json : Format::Csv;
}

qint64 CustomerExporter::write(const QString &path, const Options &options, ProgressSink *progress)
{
    const AttributeDictionary dictionary = AttributeDictionary::load(m_db);
    std::vector<const AttributeInfo *> columns;
    for (const AttributeInfo &a : dictionary.all()) {
        if (options.columns.isEmpty())
            columns.push_back(&a);
    }
    for (const QString &key : options.columns) {
        const AttributeInfo *a = dictionary.find(key);
        if (!a)
            throw Error(Tr::tr("未知的属性 %1").arg(key));
        columns.push_back(a);
    }
    // Derived fields of the classification, when the workspace has them: written, never read
    // back as truth (the importer skips these columns).
    std::vector<const DerivedField *> derived;
    Statement view(m_db, "SELECT 1 FROM sqlite_schema WHERE name = 'customer_classifications'");
    if (view.step()) {
        for (const DerivedField &d : derivedFields()) {
            if (options.columns.isEmpty() || options.columns.contains(QLatin1String(d.key)))
                derived.push_back(&d);
        }
    }
    std::string sql = "SELECT customers.id";
    for (const AttributeInfo *a : columns)
        sql += ", " + CustomerRepository::columnExpression(*a);
    for (const DerivedField *d : derived)
        sql += std::string(", k.") + d->column;
    sql += " FROM customers";
    if (!derived.empty())
        sql += " LEFT JOIN customer_classifications k ON k.customer_id = customers.id";
    const bool byIds = !options.ids.empty();
    sql += byIds ? " WHERE customers.id = ?" : " ORDER BY customers.id";
    Statement st(m_db, sql);
    qint64 total = byIds ? qint64(options.ids.size()) : CustomerRepository::count(m_db);

    CsvWriter sink(path, options.format == Format::Json
                             ? CsvWriter::Encoding::Utf8
                             : static_cast<CsvWriter::Encoding>(options.encoding));
    if (options.format == Format::Csv) {
        for (const AttributeInfo *a : columns)
            sink.text((options.chineseHeaders ? a->nameZh : a->key).toStdString());
        for (const DerivedField *d : derived)
            sink.text(options.chineseHeaders ? d->nameZh : d->key);
        sink.endRow();
    } else {
        sink.buffer() += "{\n  \"format\": \"portrait-customers\",\n  \"version\": 1,\n  \"customers\": [";
    }
    qint64 written = 0;
    size_t next = 0;
    auto step = [&]() {
        if (!byIds)
            return st.step();
        while (next < options.ids.size()) {
            st.reset();
            st.bind(1, options.ids[next++]);
            if (st.step())
                return true;
        }
        return false;
    };
    while (step()) {
        if (options.format == Format::Csv) {
            for (size_t c = 0; c < columns.size(); ++c) {
                if (st.isNull(int(c) + 1))
                    sink.empty();
                else if (columns[c]->type == AttributeType::Number)
                    sink.number(st.real(int(c) + 1));
                else
                    sink.text(st.textView(int(c) + 1));
            }
            for (size_t d = 0; d < derived.size(); ++d)
                sink.text(st.textView(int(columns.size() + d) + 1));
            sink.endRow();
        } else {
            nlohmann::ordered_json row = nlohmann::ordered_json::object();
            for (size_t c = 0; c < columns.size(); ++c) {
                if (st.isNull(int(c) + 1))
                    continue;
                const std::string key = columns[c]->key.toStdString();
                if (columns[c]->type == AttributeType::Number) {
                    row[key] = st.real(int(c) + 1);
                } else if (columns[c]->type != AttributeType::List) {
                    row[key] = std::string(st.textView(int(c) + 1));
                } else {
                    nlohmann::ordered_json items = nlohmann::ordered_json::array();
                    std::string_view all = st.textView(int(c) + 1);
                    for (size_t start = 0; start <= all.size();) {
                        size_t end = all.find(';', start);
                        if (end == std::string_view::npos)
                            end = all.size();
                        if (end > start)
                            items.push_back(std::string(all.substr(start, end - start)));
                        start = end + 1;
                    }
                    row[key] = items;
                }
            }
            for (size_t d = 0; d < derived.size(); ++d) {
                if (!st.isNull(int(columns.size() + d) + 1))
                    row[derived[d]->key] = std::string(st.textView(int(columns.size() + d) + 1));
            }
            sink.buffer() += written ? ",\n    " : "\n    ";
            sink.buffer() += row.dump();
        }
        ++written;
        sink.flush();
        if (progress && (written & 4095) == 0 && !progress->progress(written, total))
            throw Error(Tr::tr("导出已取消"));
    }
    if (options.format == Format::Json)
        sink.buffer() += "\n  ]\n}\n";
    sink.commit();
    return written;
}

} // namespace portrait
