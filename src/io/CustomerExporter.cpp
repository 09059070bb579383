// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "io/CustomerExporter.h"

#include "core/AttributeDictionary.h"
#include "core/Error.h"
#include "io/ImportOptions.h"
#include "io/TextDecoder.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <charconv>
#include <nlohmann/json.hpp>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::CustomerExporter)
};

void appendNumber(std::string &out, double v)
{
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
    out.append(buffer, size_t(end - buffer));
}

void appendCsvText(std::string &out, std::string_view text)
{
    const bool formula = !text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' ||
                                           text[0] == '@' || text[0] == '\t' || text[0] == '\r');
    const bool quote = formula || text.find_first_of(",\"\r\n") != std::string_view::npos ||
                       (!text.empty() && (text.front() == ' ' || text.back() == ' '));
    if (!quote) {
        out.append(text);
        return;
    }
    out += '"';
    if (formula)
        out += '\'';
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

// Buffers output and converts it to the file's encoding in large chunks.
class Sink
{
public:
    Sink(const QString &path, CustomerExporter::Encoding encoding)
        : m_file(path), m_encoding(encoding)
    {
        if (!m_file.open(QIODevice::WriteOnly))
            throw Error(Tr::tr("%1：无法写入：%2").arg(path, m_file.errorString()));
    }
    std::string &buffer() { return m_buffer; }
    void flush(bool force = false)
    {
        if (!force && m_buffer.size() < (1u << 22))
            return;
        if (m_encoding == CustomerExporter::Encoding::Gb18030) {
            m_converted.clear();
            if (!TextDecoder::utf8ToGb18030(m_buffer, m_converted))
                throw Error(Tr::tr("%1：有文字无法用 GB18030 表示").arg(m_file.fileName()));
            put(m_converted);
        } else {
            put(m_buffer);
        }
        m_buffer.clear();
    }
    void commit()
    {
        flush(true);
        if (!m_file.commit())
            throw Error(Tr::tr("%1：无法写入：%2").arg(m_file.fileName(), m_file.errorString()));
    }

private:
    void put(const std::string &bytes)
    {
        if (m_file.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()))
            throw Error(Tr::tr("%1：无法写入：%2").arg(m_file.fileName(), m_file.errorString()));
    }
    QSaveFile m_file;
    CustomerExporter::Encoding m_encoding;
    std::string m_buffer, m_converted;
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

    Sink sink(path, options.format == Format::Json ? Encoding::Utf8 : options.encoding);
    std::string &out = sink.buffer();
    if (options.format == Format::Csv) {
        if (options.encoding == Encoding::Utf8Bom)
            out += "\xEF\xBB\xBF";
        for (size_t c = 0; c < columns.size(); ++c) {
            if (c)
                out += ',';
            appendCsvText(out, (options.chineseHeaders ? columns[c]->nameZh : columns[c]->key).toStdString());
        }
        out += "\r\n";
    } else {
        out += "{\n  \"format\": \"portrait-customers\",\n  \"version\": 1,\n  \"customers\": [";
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
                if (c)
                    out += ',';
                if (st.isNull(int(c) + 1))
                    continue;
                if (columns[c]->type == AttributeType::Number)
                    appendNumber(out, st.real(int(c) + 1));
                else
                    appendCsvText(out, st.textView(int(c) + 1));
            }
            out += "\r\n";
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
            out += written ? ",\n    " : "\n    ";
            out += row.dump();
        }
        ++written;
        sink.flush();
        if (progress && (written & 4095) == 0 && !progress->progress(written, total))
            throw Error(Tr::tr("导出已取消"));
    }
    if (options.format == Format::Json)
        out += "\n  ]\n}\n";
    sink.commit();
    return written;
}

} // namespace portrait
