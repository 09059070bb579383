// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "io/CustomerImporter.h"

#include "core/AttributeDictionary.h"
#include "core/CanonicalAttributes.h"
#include "core/Error.h"
#include "io/CellConverter.h"
#include "io/CsvReader.h"
#include "io/HeaderMapping.h"
#include "io/JsonRecords.h"
#include "io/RowProducer.h"
#include "storage/Database.h"
#include "storage/ImportWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <unordered_set>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::CustomerImporter)
};

constexpr int kHeaderSearchLines = 10;
struct Rollback
{
};

QString cellText(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

// Labels the dictionary does not know yet join it (the report says which).
void collectNewLabels(const CellValue &cell, std::unordered_set<std::string> &known, QStringList &fresh)
{
    if (cell.kind != CellValue::Kind::Text)
        return;
    std::string_view all = cell.text;
    for (size_t start = 0; start < all.size();) {
        const size_t end = std::min(all.find(';', start), all.size());
        const std::string label(all.substr(start, end - start));
        if (!label.empty() && known.insert(label).second)
            fresh << QString::fromStdString(label);
        start = end + 1;
    }
}

QStringList texts(const std::vector<std::string_view> &fields)
{
    QStringList result;
    for (auto f : fields)
        result << cellText(f).trimmed();
    return result;
}

bool allEmpty(const std::vector<std::string_view> &fields)
{
    for (auto f : fields) {
        for (char c : f)
            if (c != ' ' && c != '\t')
                return false;
    }
    return true;
}

// The header: the first of the first lines whose cells map to at least two attributes.
struct Header
{
    QStringList cells, keys;
    qint64 line = 0;
    int skipped = 0;
};

Header findHeader(RecordSource &reader, const AttributeDictionary &dictionary, const ImportOptions &options)
{
    Header h;
    for (int n = 0; n < kHeaderSearchLines && reader.next(); ++n) {
        if (allEmpty(reader.fields()))
            continue;
        const QStringList cells = texts(reader.fields());
        const QStringList keys = HeaderMapping::map(cells, dictionary, options);
        if (HeaderMapping::mappedCount(keys) >= 2) {
            h.cells = cells;
            h.keys = keys;
            h.line = reader.line();
            return h;
        }
        ++h.skipped;
    }
    throw Error(Tr::tr("%1：前 %2 行里找不到表头（至少要有两列能对应到属性，如 户号、户名）")
                    .arg(reader.path())
                    .arg(kHeaderSearchLines));
}

} // namespace

CustomerImporter::CustomerImporter(Database &db, ImportOptions options)
    : m_db(db), m_options(std::move(options))
{
}

std::unique_ptr<RecordSource> CustomerImporter::open(const QString &path) const
{
    if (JsonRecords::looksLikeJson(path))
        return std::make_unique<JsonRecords>(path);
    return std::make_unique<CsvReader>(path, CsvReader::Options{m_options.encoding, m_options.delimiter});
}

CustomerImporter::Preview CustomerImporter::preview(const QString &path, int rowCount)
{
    const AttributeDictionary dictionary = AttributeDictionary::load(m_db);
    const auto source = open(path);
    RecordSource &reader = *source;
    Preview p;
    const Header h = findHeader(reader, dictionary, m_options);
    p.headers = h.cells;
    p.keys = h.keys;
    p.headerLine = h.line;
    if (const auto *csv = dynamic_cast<const CsvReader *>(source.get())) {
        p.encoding = CsvReader::encodingName(csv->encoding());
        p.delimiter = csv->delimiter();
    }
    while (p.rows.size() < rowCount && reader.next()) {
        if (!allEmpty(reader.fields()))
            p.rows << texts(reader.fields());
    }
    return p;
}

ImportReport CustomerImporter::run(const QString &path, ProgressSink *progress)
{
    ImportReport report;
    AttributeDictionary dictionary = AttributeDictionary::load(m_db);
    const auto source = open(path);
    RecordSource &reader = *source;
    const Header header = findHeader(reader, dictionary, m_options);
    if (header.skipped > 0)
        report.notes << Tr::tr("跳过表头前的 %n 行", nullptr, int(header.skipped));

    // Unmapped columns the user chose to keep become custom attributes (stored with the batch).
    QList<AttributeInfo> created;
    for (const ImportOptions::NewAttribute &n : m_options.newAttributes) {
        if (dictionary.find(n.key))
            continue;
        static const QRegularExpression keySyntax(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
        AttributeInfo a;
        a.key = n.key;
        a.nameZh = n.header;
        if (!keySyntax.match(n.key).hasMatch() ||
            !CanonicalAttributes::parseType(n.type.isEmpty() ? QStringLiteral("text") : n.type, &a.type) ||
            a.type == AttributeType::Enum)
            throw Error(Tr::tr("%1：新属性「%2」的键须为小写字母开头的 a-z、0-9、_，类型须为 text、number、date 或 list")
                            .arg(path, n.header));
        dictionary.add(a);
        created << a;
    }

    // Columns: which attribute each file column feeds, the key first in the value order.
    QStringList derivedSkipped;
    const AttributeInfo *key = dictionary.find(m_options.key);
    if (!key || key->type != AttributeType::Text)
        throw Error(Tr::tr("匹配键「%1」不是文本属性").arg(m_options.key));
    QStringList order{key->key};
    std::vector<int> fileColumnOf{-1};
    QHash<QString, int> seen;
    for (int c = 0; c < header.keys.size(); ++c) {
        const QString &k = header.keys[c];
        if (k.isEmpty()) {
            // Excel leaves empty header cells after the last column; one in between hides data.
            const bool trailing = std::all_of(header.cells.begin() + c, header.cells.end(),
                                              [](const QString &h) { return h.isEmpty(); });
            if (header.cells[c].isEmpty() && !trailing)
                throw Error(Tr::tr("%1:%2：第 %3 列没有表头，无法知道它是什么数据")
                                .arg(path).arg(header.line).arg(c + 1));
            if (HeaderMapping::isDerived(header.cells[c]))
                derivedSkipped << header.cells[c];
            else if (!header.cells[c].isEmpty())
                report.notes << Tr::tr("忽略未识别的列「%1」").arg(header.cells[c]);
            continue;
        }
        if (seen.contains(k))
            throw Error(Tr::tr("%1:%2：列「%3」和「%4」都对应属性 %5")
                            .arg(path).arg(header.line)
                            .arg(header.cells[seen[k]], header.cells[c], k));
        seen.insert(k, c);
        if (!dictionary.find(k))
            throw Error(Tr::tr("%1：映射中的属性 %2 不存在").arg(path, k));
        if (k == key->key)
            fileColumnOf[0] = c;
        else {
            order << k;
            fileColumnOf.push_back(c);
        }
    }
    if (!derivedSkipped.isEmpty())
        report.notes << Tr::tr("分类结果列（%1）由规则得出，不作为数据导入").arg(derivedSkipped.join(Tr::tr("、")));
    if (fileColumnOf[0] < 0)
        throw Error(Tr::tr("%1:%2：缺少匹配键列「%3」").arg(path).arg(header.line).arg(key->displayName()));
    if (m_options.mode != ImportOptions::Mode::Update && !seen.contains(QStringLiteral("name")))
        throw Error(Tr::tr("%1:%2：缺少「户名」列，无法新建客户").arg(path).arg(header.line));

    std::vector<CellConverter> converters;
    for (const QString &k : order)
        converters.emplace_back(*dictionary.find(k));
    std::unordered_set<std::string> labels;
    {
        Statement st(m_db, "SELECT name FROM labels");
        while (st.step())
            labels.insert(st.text(0).toStdString());
    }
    const int labelsColumn = int(order.indexOf(QStringLiteral("labels")));
    const int nameColumn = int(order.indexOf(QStringLiteral("name")));

    // About 170 bytes a customer in a typical export: enough to size the key table and to tell a
    // bulk import.
    const qint64 estimatedRows = reader.totalBytes() / 170;
    const bool bulk = ImportWriter::isBulk(m_db, estimatedRows);
    const ImportWriter::BulkJournal journal(m_db, bulk && !m_options.dryRun);
    try {
        m_db.transaction([&] {
            Statement addAttribute(m_db, "INSERT INTO attributes (key, ord, name_zh, type) VALUES "
                                         "(?, (SELECT coalesce(max(ord), 0) + 1 FROM attributes), ?, ?)");
            for (const AttributeInfo &a : std::as_const(created)) {
                addAttribute.bindAll(a.key, a.nameZh, QString::fromLatin1(CanonicalAttributes::typeName(a.type))).run();
                addAttribute.reset();
                report.notes << Tr::tr("新建自定义属性 %1（%2）").arg(a.nameZh, a.key);
            }
            ImportWriter writer(m_db, dictionary, order, key->key);
            if (!writer.duplicateKeys().isEmpty())
                throw Error(Tr::tr("匹配键「%1」在工作区里不唯一（如 %2），不能用来匹配")
                                .arg(key->displayName(), writer.duplicateKeys().first()));
            writer.beginBatch(m_options.sourceName.isEmpty() ? QFileInfo(path).fileName()
                                                             : m_options.sourceName,
                              ImportOptions::modeName(m_options.mode), estimatedRows, bulk);
            RowProducer producer(reader, header.cells, fileColumnOf, std::move(converters));
            ParsedChunk chunk;
            bool failed = false;
            while (producer.take(chunk)) {
                for (ImportIssue &i : chunk.issues)
                    report.addIssue(std::move(i));
                report.warnings += chunk.warnings;
                for (ParsedRow &row : chunk.rows) {
                    ++report.rows;
                    const std::vector<CellValue> &values = row.values;
                    auto refuse = [&](int column, const std::string &value, const QString &reason) {
                        report.addIssue({row.line, header.cells.value(column), QString::fromStdString(value), reason, true});
                        row.ok = false;
                    };
                    qint64 existing = 0;
                    if (row.ok) {
                        const ImportWriter::Claim claim = writer.claim(values[0].text, row.line);
                        existing = claim.id;
                        if (claim.firstLine)
                            refuse(fileColumnOf[0], values[0].text, Tr::tr("与第 %1 行重复").arg(claim.firstLine));
                        else if (existing == 0 && m_options.mode == ImportOptions::Mode::Update)
                            refuse(fileColumnOf[0], values[0].text, Tr::tr("工作区里没有这位客户（update 模式只更新）"));
                        else if (existing == 0 && values[size_t(nameColumn)].kind == CellValue::Kind::Empty)
                            refuse(fileColumnOf[size_t(nameColumn)], {}, Tr::tr("缺少户名"));
                        else if (existing != 0 && m_options.mode == ImportOptions::Mode::Create)
                            refuse(fileColumnOf[0], values[0].text, Tr::tr("客户已存在（create 模式只新建）"));
                    }
                    if (!row.ok) {
                        ++report.rejected;
                        failed = true;
                        continue;
                    }
                    if (labelsColumn >= 0)
                        collectNewLabels(values[size_t(labelsColumn)], labels, report.newLabels);
                    // Valid rows are written even after a bad one, so that the counts are
                    // exact; a refused import rolls all of it back.
                    if (existing == 0) {
                        writer.insert(values);
                        ++report.created;
                    } else if (writer.update(existing, values)) {
                        ++report.updated;
                    } else {
                        ++report.unchanged;
                    }
                }
                if (progress && !progress->progress(chunk.bytesRead, reader.totalBytes())) {
                    report.cancelled = true;
                    throw Rollback();
                }
            }
            if (report.rows == 0) {
                report.refusal = Tr::tr("%1：文件只有表头，没有客户").arg(path);
                throw Rollback();
            }
            if (!report.newLabels.isEmpty()) {
                report.notes << Tr::tr("新标签加入标签字典：%1").arg(report.newLabels.join(Tr::tr("、")));
                Statement add(m_db, "INSERT INTO labels (name, ord) VALUES (?, (SELECT coalesce(max(ord), 0) + 1 FROM labels))");
                for (const QString &l : std::as_const(report.newLabels)) {
                    add.bind(1, l).run();
                    add.reset();
                }
            }
            if (failed && !m_options.skipInvalid) {
                report.refusal = Tr::tr("有 %n 行错误，未写入任何数据（用 --skip-invalid 只导入有效的行）", nullptr, int(report.rejected));
                throw Rollback();
            }
            // A dry run has counted everything: rolling back restores any dropped index
            // without building it again.
            if (m_options.dryRun)
                throw Rollback();
            writer.finishBatch(report.created, report.updated, report.unchanged, report.rejected, report.warnings);
            Statement date(m_db, "INSERT INTO settings (key, value) VALUES ('data_date', ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
            date.bind(1, m_options.dataDate.isEmpty() ? QDate::currentDate().toString(Qt::ISODate)
                                                      : m_options.dataDate).run();
            report.batchId = writer.batchId();
        });
        report.written = true;
    } catch (const Rollback &) {
        report.batchId = 0;
    }
    return report;
}

} // namespace portrait
