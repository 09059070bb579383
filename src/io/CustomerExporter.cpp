// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "io/CustomerExporter.h"

#include "core/AttributeDictionary.h"
#include "core/Error.h"
#include "io/ImportOptions.h"
#include "io/CsvWriter.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/RangeScan.h"
#include "storage/ResultWalk.h"

#include <QCoreApplication>
#include <QTemporaryFile>
#include <atomic>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <unordered_map>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::CustomerExporter)
};

// The classification results of customers asked for in increasing id order: the outcome
// profiles (a few thousand) held in memory and the results walked beside the customers.
class ResultsInIdOrder
{
public:
    using Values = std::vector<std::optional<std::string>>;

    // Customers lo ≤ id ≤ hi.
    ResultsInIdOrder(Database &db, const std::vector<const CustomerExporter::DerivedField *> &fields,
                     qint64 lo = std::numeric_limits<qint64>::min(), qint64 hi = std::numeric_limits<qint64>::max())
        : m_results(db, lo, hi)
    {
        std::string sql = "SELECT id";
        for (const CustomerExporter::DerivedField *d : fields)
            sql += std::string(", ") + d->column;
        Statement profiles(db, sql + " FROM classification_profiles");
        while (profiles.step()) {
            Values values;
            for (int i = 1; i <= int(fields.size()); ++i)
                values.push_back(profiles.isNull(i) ? std::nullopt : std::optional<std::string>(profiles.textView(i)));
            m_profiles.emplace(profiles.integer(0), std::move(values));
        }
    }

    // The results of customer `id`, or null when it has none.
    const Values *of(qint64 id)
    {
        if (!m_results.seek(id))
            return nullptr;
        const auto it = m_profiles.find(m_results.profile());
        return it == m_profiles.end() ? nullptr : &it->second;
    }

private:
    ResultWalk m_results;
    std::unordered_map<qint64, Values> m_profiles;
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
    // A chosen list of customers joins its results; the whole list walks them beside it.
    const bool byIds = !options.ids.empty();
    const bool joined = byIds && !derived.empty();
    for (const DerivedField *d : derived)
        sql += joined ? std::string(", k.") + d->column : std::string();
    sql += " FROM customers";
    if (joined)
        sql += " LEFT JOIN customer_classifications k ON k.customer_id = customers.id";
    const std::string wholeSql = sql + (byIds ? " WHERE customers.id = ?" : " ORDER BY customers.id");
    Statement st(m_db, wholeSql);
    const bool halves = options.format == Format::Csv && !byIds; // see below
    std::optional<ResultsInIdOrder> results;
    if (!byIds && !halves && !derived.empty())
        results.emplace(m_db, derived);
    const ResultsInIdOrder::Values *current = nullptr;
    const auto derivedValue = [&](size_t d) -> std::optional<std::string_view> {
        if (joined) {
            const int column = int(columns.size() + d) + 1;
            return st.isNull(column) ? std::nullopt : std::optional<std::string_view>(st.textView(column));
        }
        if (!current || !(*current)[d])
            return std::nullopt;
        return std::string_view(*(*current)[d]);
    };
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
    // One CSV row: the columns of `row`, then the derived fields derivedOf(0…).
    const auto csvRow = [&](Statement &row, const auto &derivedOf, CsvWriter &out) {
        for (size_t c = 0; c < columns.size(); ++c) {
            if (row.isNull(int(c) + 1))
                out.empty();
            else if (columns[c]->type == AttributeType::Number)
                out.number(row.real(int(c) + 1));
            else
                out.text(row.textView(int(c) + 1));
        }
        for (size_t d = 0; d < derived.size(); ++d)
            out.text(derivedOf(d).value_or(std::string_view()));
        out.endRow();
    };
    if (halves) {
        // The whole list in two id ranges at once (RangeScan): the upper one into a file of its
        // own beside the target, appended when both are done; formatting is half the work.
        const std::string rangeSql = sql + " WHERE customers.id BETWEEN ? AND ? ORDER BY customers.id";
        QTemporaryFile upper(path + QStringLiteral(".XXXXXX"));
        std::atomic<qint64> done{0};
        std::atomic<bool> stop{false};
        bool split = false;
        RangeScan::inHalves(m_db, [&](Database &connection, qint64 lo, qint64 hi, int half) {
            try {
                Statement rows(connection, rangeSql);
                rows.bind(1, lo).bind(2, hi);
                std::optional<ResultsInIdOrder> walk;
                if (!derived.empty())
                    walk.emplace(connection, derived, lo, hi);
                std::optional<CsvWriter> own;
                if (half == 1) {
                    if (!upper.open())
                        throw Error(Tr::tr("%1：无法写入：%2").arg(upper.fileName(), upper.errorString()));
                    upper.close();
                    own.emplace(upper.fileName(), options.encoding == Encoding::Utf8Bom
                                                      ? CsvWriter::Encoding::Utf8
                                                      : static_cast<CsvWriter::Encoding>(options.encoding));
                    split = true;
                }
                CsvWriter &out = own ? *own : sink;
                while (!stop && rows.step()) {
                    const ResultsInIdOrder::Values *values = walk ? walk->of(rows.integer(0)) : nullptr;
                    csvRow(rows, [&](size_t d) {
                        return values && (*values)[d] ? std::optional<std::string_view>(*(*values)[d]) : std::nullopt;
                    }, out);
                    const qint64 n = ++done;
                    if (half == 0 && progress && (n & 4095) == 0 && !progress->progress(n, total)) {
                        throw Error(Tr::tr("导出已取消"));
                    }
                }
                if (own && !stop)
                    own->commit();
            } catch (...) {
                stop = true; // a failure in either half ends the other one too
                throw;
            }
        });
        if (split)
            sink.appendFile(upper.fileName());
        sink.commit();
        return done;
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
        if (results)
            current = results->of(st.integer(0));
        if (options.format == Format::Csv) {
            csvRow(st, derivedValue, sink);
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
                if (const auto value = derivedValue(d))
                    row[derived[d]->key] = std::string(*value);
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
