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
    std::string sql = "SELECT id";
    for (const AttributeInfo *a : columns)
        sql += ", " + CustomerRepository::columnExpression(*a);
    sql += " FROM customers";
    const bool byIds = !options.ids.empty();
    sql += byIds ? " WHERE id = ?" : " ORDER BY id";
    Statement st(m_db, sql);
    qint64 total = byIds ? qint64(options.ids.size()) : CustomerRepository::count(m_db);

    CsvWriter sink(path, options.format == Format::Json
                             ? CsvWriter::Encoding::Utf8
                             : static_cast<CsvWriter::Encoding>(options.encoding));
    if (options.format == Format::Csv) {
        for (const AttributeInfo *a : columns)
            sink.text((options.chineseHeaders ? a->nameZh : a->key).toStdString());
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
