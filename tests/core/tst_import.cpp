// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "TestWorkspace.h"

#include "core/Error.h"
#include "core/Workspace.h"
#include "io/CustomerExporter.h"
#include "io/CustomerGenerator.h"
#include "io/CustomerImporter.h"
#include "io/ImportOptions.h"
#include "storage/Database.h"
#include "storage/ImportBatchRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace portrait;

namespace {

// Everything an import says: the thrown message, or the refusal, notes and issues.
QString importText(Workspace &ws, const QString &path, const ImportOptions &options)
{
    try {
        const ImportReport r = CustomerImporter(ws.db(), options).run(path);
        QString text = r.refusal + QLatin1Char('\n') + r.notes.join(QLatin1Char('\n'));
        for (const ImportIssue &i : r.issues)
            text += QStringLiteral("\n%1 %2 %3 %4").arg(i.line).arg(i.column, i.value, i.reason);
        return text;
    } catch (const Error &e) {
        return e.message();
    }
}

ImportOptions optionsFor(const QString &file)
{
    ImportOptions o;
    const QString text = QString::fromUtf8(readFile(file + QStringLiteral(".options")));
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString key = line.section(QLatin1Char('='), 0, 0), value = line.section(QLatin1Char('='), 1);
        if (key == QLatin1String("encoding"))
            o.encoding = CsvReader::Encoding::Utf8;
        else if (key == QLatin1String("mode"))
            ImportOptions::parseMode(value, &o.mode);
        else if (key == QLatin1String("map"))
            o.mapping.insert(value.section(QLatin1Char(':'), 0, 0), value.section(QLatin1Char(':'), 1));
        else if (key == QLatin1String("key"))
            o.key = value;
    }
    return o;
}

} // namespace

TEST_CASE("every bad customer file gets its message and changes nothing")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    const QString before = dumpWorkspace(*ws);
    const QDir bad(testDataPath(QStringLiteral("import/bad")));
    QStringList files = bad.entryList({QStringLiteral("*.csv"), QStringLiteral("*.json")}, QDir::Files);
    REQUIRE(files.size() >= 30);
    // A 100 MB single line, made here rather than stored.
    const QString huge = dir.filePath(QStringLiteral("huge-line.csv"));
    {
        QFile f(huge);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("户号,户名\n1001,");
        const QByteArray chunk(1 << 20, 'x');
        for (int i = 0; i < 100; ++i)
            f.write(chunk);
    }
    for (const QString &name : files) {
        const QString path = bad.filePath(name);
        const QString expected = QString::fromUtf8(readFile(path + QStringLiteral(".expected"))).trimmed();
        INFO(name.toStdString());
        REQUIRE_FALSE(expected.isEmpty());
        CHECK(importText(*ws, path, optionsFor(path)).contains(expected));
        CHECK(dumpWorkspace(*ws) == before);
    }
    CHECK(importText(*ws, huge, {}).contains(QStringLiteral("超过 16 MB")));
    CHECK(dumpWorkspace(*ws) == before);
}

TEST_CASE("a GB18030 export with a title line, Chinese headers, quotes and line breaks imports")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    const ImportReport r = CustomerImporter(ws->db(), {}).run(
        testDataPath(QStringLiteral("import/good/gb18030-zh-headers.csv")));
    REQUIRE(r.refusal.isEmpty());
    CHECK(r.created == 2);
    CHECK(queryText(*ws, "SELECT name FROM customers WHERE customer_no = '0001'") == QStringLiteral("王五,有限公司"));
    CHECK(queryText(*ws, "SELECT volt_kv || '|' || contract_kva || '|' || first_supply_date || '|' || labels "
                         "FROM customers WHERE customer_no = '0001'") ==
          QStringLiteral("10.0|1250.0|2019-03-05|储能用户;园区客户"));
    CHECK(queryText(*ws, "SELECT name FROM customers WHERE customer_no = '0002'") ==
          QStringLiteral("多行\r\n名称\"带引号\""));
    CHECK(queryText(*ws, "SELECT volt_kv FROM customers WHERE customer_no = '0002'") == QStringLiteral("0.38"));
}

TEST_CASE("upsert updates instead of duplicating, keeps absent fields, and reverts exactly")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    const QString seeded = dumpWorkspace(*ws);
    const QString a = dir.filePath(QStringLiteral("a.csv")), b = dir.filePath(QStringLiteral("b.csv"));
    {
        QFile f(a);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("customer_no,name,volt_kv,region\n1,甲,10,城东区\n2,乙,0.38,城西区\n");
    }
    {
        QFile f(b);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("customer_no,name,volt_kv\n1,甲,35\n2,乙,0.38\n3,丙,10\n");
    }
    const ImportReport first = CustomerImporter(ws->db(), {}).run(a);
    REQUIRE(first.created == 2);
    ImportOptions dry;
    dry.dryRun = true;
    const QString afterFirst = dumpWorkspace(*ws);
    const ImportReport preview = CustomerImporter(ws->db(), dry).run(b);
    CHECK(preview.created == 1);
    CHECK(preview.updated == 1);
    CHECK(preview.unchanged == 1);
    CHECK(dumpWorkspace(*ws) == afterFirst);
    const ImportReport second = CustomerImporter(ws->db(), {}).run(b);
    CHECK(second.updated == 1);
    CHECK(queryText(*ws, "SELECT volt_kv || region FROM customers WHERE customer_no = '1'") == QStringLiteral("35.0城东区"));

    // Reverting the first import is refused: customer 1 changed since.
    auto refused = ImportBatchRepository::revert(ws->db(), first.batchId, false);
    CHECK_FALSE(refused.done);
    CHECK(refused.changedAfterwards == QStringList{QStringLiteral("1")});
    REQUIRE(ImportBatchRepository::revert(ws->db(), second.batchId, false).done);
    REQUIRE(ImportBatchRepository::revert(ws->db(), first.batchId, false).done);
    CHECK(queryCount(*ws, "SELECT count(*) FROM customers") == 30);
    CHECK_THROWS(ImportBatchRepository::revert(ws->db(), first.batchId, false));
    (void)seeded;
}

TEST_CASE("export then import into a fresh workspace reproduces the customers exactly")
{
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("a")));
    QDir().mkpath(dir.filePath(QStringLiteral("b")));
    auto source = makeSeededWorkspace(dir.filePath(QStringLiteral("a")));
    CustomerGenerator::addDemoCustomers(*source, 500, 7);
    // Hostile text: a formula, a leading minus, quotes, a line break.
    source->db().exec("UPDATE customers SET name = '=HYPERLINK(\"x\")', industry_name = '-1+2', "
                      "region = '城东\"区\"\n二段' WHERE id = 40");
    auto target = makeSeededWorkspace(dir.filePath(QStringLiteral("b")));
    for (const auto &[file, chinese] : {std::pair{QStringLiteral("x.csv"), false},
                                        std::pair{QStringLiteral("x-zh.csv"), true},
                                        std::pair{QStringLiteral("x.json"), false}}) {
        CustomerExporter::Options o;
        o.format = CustomerExporter::formatForPath(file);
        o.chineseHeaders = chinese;
        o.encoding = chinese ? CustomerExporter::Encoding::Gb18030 : CustomerExporter::Encoding::Utf8Bom;
        CustomerExporter(source->db()).write(dir.filePath(file), o);
        const ImportReport r = CustomerImporter(target->db(), {}).run(dir.filePath(file));
        INFO(file.toStdString());
        REQUIRE(r.refusal.isEmpty());
        const char *sql = "SELECT group_concat(customer_no || name || coalesce(volt_kv, '') || coalesce(labels, '') || "
                          "coalesce(region, '') || coalesce(industry_name, '') || coalesce(annual_kwh, '') || "
                          "coalesce(first_supply_date, ''), '|') FROM (SELECT * FROM customers ORDER BY customer_no)";
        CHECK(queryText(*target, sql) == queryText(*source, sql));
    }
    const QByteArray csv = readFile(dir.filePath(QStringLiteral("x.csv")));
    CHECK(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""));
    CHECK(csv.contains("\"'-1+2\""));
}

TEST_CASE("the export's classification columns are the stored results, for the whole list and for chosen customers")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    // Results as the engine stores them: two outcome profiles; the last ten customers have none.
    ws->db().exec("INSERT INTO classification_profiles (id, key, category, category_rule, stage, roles, dr) VALUES "
                  "(7, 'a', 'E1.1', 'P16', 'L3', NULL, 'high'), (9, 'b', 'I1', 'P03', NULL, 'I3;E1.5', NULL)");
    ws->db().exec("INSERT INTO classifications (customer_id, profile_id) SELECT id, CASE WHEN id % 2 = 0 THEN 7 ELSE 9 END "
                  "FROM customers WHERE id NOT IN (SELECT id FROM customers ORDER BY id DESC LIMIT 10)");
    std::vector<qint64> ids;
    Statement all(ws->db(), "SELECT id FROM customers ORDER BY id");
    while (all.step())
        ids.push_back(all.integer(0));
    CustomerExporter::Options whole; // every attribute, then the derived columns
    CustomerExporter(ws->db()).write(dir.filePath(QStringLiteral("whole.csv")), whole);
    CustomerExporter::Options chosen = whole;
    chosen.ids = ids;
    CustomerExporter(ws->db()).write(dir.filePath(QStringLiteral("chosen.csv")), chosen);
    const QByteArray csv = readFile(dir.filePath(QStringLiteral("whole.csv")));
    CHECK(csv == readFile(dir.filePath(QStringLiteral("chosen.csv"))));
    const QList<QByteArray> lines = csv.split('\n');
    REQUIRE(lines.size() == qsizetype(ids.size()) + 2); // header, customers, the empty tail
    CHECK(lines[0].endsWith("category,roles,tags,stage,credit,dr\r"));
    // category, roles, tags, stage, credit, dr of each customer, in id order
    for (size_t i = 0; i < ids.size(); ++i) {
        INFO("customer " << ids[i]);
        const QByteArray &line = lines[qsizetype(i) + 1];
        if (i >= ids.size() - 10)
            CHECK(line.endsWith(",,,,,,\r")); // no results: empty, never another customer's
        else if (ids[i] % 2 == 0)
            CHECK(line.endsWith(",E1.1,,,L3,,high\r"));
        else
            CHECK(line.endsWith(",I1,I3;E1.5,,,,\r"));
    }
}

TEST_CASE("unmapped columns become custom attributes when the mapping says so")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    const QString csv = dir.filePath(QStringLiteral("c.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("户号,户名,客户经理,签约容量比,备注\n1,甲,张伟,0.8,忽略我\n2,乙,,1.5,\n");
    }
    ImportOptions o;
    o.newAttributes = {{QStringLiteral("客户经理"), QStringLiteral("account_manager"), QStringLiteral("text")},
                       {QStringLiteral("签约容量比"), QStringLiteral("signed_ratio"), QStringLiteral("number")}};
    const ImportReport r = CustomerImporter(ws->db(), o).run(csv);
    REQUIRE(r.refusal.isEmpty());
    CHECK(r.notes.filter(QStringLiteral("备注")).size() == 1);
    CHECK(queryText(*ws, "SELECT type FROM attributes WHERE key = 'signed_ratio'") == QStringLiteral("number"));
    CHECK(queryText(*ws, "SELECT custom FROM customers WHERE customer_no = '1'") ==
          QStringLiteral("{\"account_manager\":\"张伟\",\"signed_ratio\":0.8}"));
    CHECK(queryText(*ws, "SELECT custom FROM customers WHERE customer_no = '2'") ==
          QStringLiteral("{\"signed_ratio\":1.5}"));

    // A refused import leaves no new attribute behind.
    ImportOptions bad = o;
    bad.newAttributes = {{QStringLiteral("备注"), QStringLiteral("note"), QStringLiteral("text")}};
    bad.mode = ImportOptions::Mode::Create;
    CHECK_FALSE(CustomerImporter(ws->db(), bad).run(csv).refusal.isEmpty());
    CHECK(queryCount(*ws, "SELECT count(*) FROM attributes WHERE key = 'note'") == 0);
}

TEST_CASE("a bulk import rebuilds every index and leaves the WAL on, refused or not")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    const QString schema = queryText(*ws, "SELECT group_concat(name || ':' || sql, '|') FROM "
                                          "(SELECT name, sql FROM sqlite_schema ORDER BY name)");
    // Over 50,000 rows by the size estimate: indexes dropped and built again, rollback journal.
    CustomerGenerator::Options generate;
    generate.count = 60000;
    const QString file = dir.filePath(QStringLiteral("bulk.csv"));
    CustomerGenerator::writeCsv(file, generate);
    REQUIRE(QFileInfo(file).size() / 170 > 50000);

    // Refused (one bad row at the end): nothing written, the schema as it was.
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    QFile::copy(file, bad);
    {
        QFile f(bad);
        REQUIRE(f.open(QIODevice::Append));
        f.write("X-1,坏行,居民,不是电压\n");
    }
    ws->db().exec("INSERT INTO column_cache (first_id, format, data) VALUES (0, 'test', x'00')");
    const QString before = dumpWorkspace(*ws);
    const ImportReport refused = CustomerImporter(ws->db(), ImportOptions()).run(bad);
    CHECK_FALSE(refused.refusal.isEmpty());
    CHECK(dumpWorkspace(*ws) == before);
    CHECK(queryText(*ws, "PRAGMA journal_mode") == QStringLiteral("wal"));

    const ImportReport done = CustomerImporter(ws->db(), ImportOptions()).run(file);
    CHECK(done.refusal.isEmpty());
    CHECK(done.created == 60000);
    CHECK(queryText(*ws, "SELECT group_concat(name || ':' || sql, '|') FROM "
                         "(SELECT name, sql FROM sqlite_schema ORDER BY name)") == schema);
    CHECK(queryText(*ws, "PRAGMA journal_mode") == QStringLiteral("wal"));
    CHECK(queryCount(*ws, "PRAGMA synchronous") == 1);
    CHECK(queryText(*ws, "PRAGMA integrity_check") == QStringLiteral("ok"));
    // The column cache's triggers were dropped with the indexes: the cache went as a whole.
    CHECK(queryCount(*ws, "SELECT count(*) FROM column_cache") == 0);
    CHECK(queryCount(*ws, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'customers_cache_%'") == 5);
}
