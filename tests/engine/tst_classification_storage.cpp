// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// Schema v2 and the classification repository: migration of a v1 workspace, loading frames,
// storing results, overrides.
#include "TestWorkspace.h"

#include "core/AttributeDictionary.h"
#include "core/Workspace.h"
#include "engine/ClassificationEngine.h"
#include "engine/LiveCounter.h"
#include "storage/ClassificationRepository.h"
#include "storage/ConfigRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QElapsedTimer>
#include <QFile>
#include <cstdio>
#include <QTemporaryDir>

using namespace portrait;

namespace {

QString tableDump(Database &db, const char *table)
{
    QString dump;
    Statement st(db, std::string("SELECT * FROM ") + table + " ORDER BY rowid");
    while (st.step()) {
        for (int c = 0; c < st.columnCount(); ++c)
            dump += st.value(c).toString() + QLatin1Char('|');
        dump += QLatin1Char('\n');
    }
    return dump;
}

ClassificationResult classify(Workspace &ws, CustomerFrame &frame)
{
    const Config config = ConfigRepository::load(ws.db());
    frame = ClassificationRepository::loadFrame(ws.db(), AttributeDictionary::load(ws.db()),
                                                ClassificationRepository::attributesUsed(config.rules));
    const ClassificationEngine engine(
        frame, ClassificationSetup::fromConfig(config, QDate(2025, 6, 30),
                                               ClassificationRepository::overrides(ws.db())));
    return *engine.run();
}

qint64 idOf(Workspace &ws, const char *customerNo)
{
    Statement st(ws.db(), "SELECT id FROM customers WHERE customer_no = ?");
    st.bind(1, QString::fromUtf8(customerNo));
    return st.step() ? st.integer(0) : -1;
}

} // namespace

TEST_CASE("a version 1 workspace migrates, keeping a backup and its data")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.pwb"));
    REQUIRE(QFile::copy(testDataPath(QStringLiteral("workspaces/v1.pwb")), path));
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        CHECK(db->userVersion() == 1);
    }
    auto ws = Workspace::open(path);
    CHECK(ws->db().userVersion() == Schema::currentVersion);
    CHECK(Schema::currentVersion >= 2);
    CHECK(QFile::exists(path + QStringLiteral(".v1.bak")));
    auto backup = Database::open(path + QStringLiteral(".v1.bak"), Database::Mode::ReadOnly);
    CHECK(backup->userVersion() == 1);
    CHECK(tableDump(ws->db(), "customers") == tableDump(*backup, "customers"));
    CHECK(tableDump(ws->db(), "rules") == tableDump(*backup, "rules"));
    CHECK(tableDump(ws->db(), "taxonomy") == tableDump(*backup, "taxonomy"));
    CHECK(queryCount(*ws, "SELECT count(*) FROM customers") == 30);
    CHECK(queryCount(*ws, "SELECT count(*) FROM classifications") == 0);
    CHECK(queryCount(*ws, "SELECT count(*) FROM classification_overrides") == 0);
    CHECK(queryText(*ws, "PRAGMA integrity_check") == QStringLiteral("ok"));
    CHECK(queryCount(*ws, "SELECT count(*) FROM pragma_foreign_key_check") == 0);
}

TEST_CASE("results are stored per customer, overrides win and survive re-classification")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    const AttributeDictionary dictionary = AttributeDictionary::load(ws->db());
    CustomerRepository::insert(
        ws->db(), dictionary,
        {QVariantMap{{QStringLiteral("customer_no"), QStringLiteral("S1")}, {QStringLiteral("name"), QStringLiteral("储能站")},
                     {QStringLiteral("entity_kind"), QStringLiteral("储能电站")}, {QStringLiteral("storage_kw"), 1000.0},
                     {QStringLiteral("labels"), QStringList{QStringLiteral("园区客户")}}},
         QVariantMap{{QStringLiteral("customer_no"), QStringLiteral("S2")}, {QStringLiteral("name"), QStringLiteral("小店")},
                     {QStringLiteral("entity_kind"), QStringLiteral("企业")}, {QStringLiteral("elec_type"), QStringLiteral("工商业")},
                     {QStringLiteral("volt_kv"), 0.38}, {QStringLiteral("contract_kva"), 30.0},
                     {QStringLiteral("first_supply_date"), QStringLiteral("2025-01-15")},
                     {QStringLiteral("overdue_days"), 0.0}, {QStringLiteral("arrears_times_12m"), 0.0}}});
    CustomerFrame frame;
    ClassificationResult result = classify(*ws, frame);
    REQUIRE(frame.rowCount() == 32);
    ClassificationRepository::store(ws->db(), frame, result);
    CHECK(queryCount(*ws, "SELECT count(*) FROM classifications") == 32);
    CHECK(queryText(*ws, "SELECT value FROM settings WHERE key = 'classification_data_date'") ==
          QStringLiteral("2025-06-30"));

    const qint64 s1 = idOf(*ws, "S1"), s2 = idOf(*ws, "S2");
    QVariantMap stored = ClassificationRepository::stored(ws->db(), s1);
    CHECK(stored.value(QStringLiteral("category")).toString() == QStringLiteral("E2.2"));
    CHECK(stored.value(QStringLiteral("category_rule")).toString() == QStringLiteral("P09"));
    CHECK(stored.value(QStringLiteral("tags")).toStringList() == QStringList{QStringLiteral("TG02")});
    CHECK(stored.value(QStringLiteral("needs")).toMap().value(QStringLiteral("N06")).toStringList() ==
          QStringList({QStringLiteral("taxonomy"), QStringLiteral("NR06")}));
    stored = ClassificationRepository::stored(ws->db(), s2);
    CHECK(stored.value(QStringLiteral("category")).toString() == QStringLiteral("E1.2.1"));
    CHECK(stored.value(QStringLiteral("stage")).toString() == QStringLiteral("L2"));
    CHECK(stored.value(QStringLiteral("credit")).toString() == QStringLiteral("A"));
    CHECK(queryCount(*ws, "SELECT count(*) FROM customer_classifications WHERE category = 'I1'") == 16);

    // A pinned category and stage win, with their reason and date, and survive a new run.
    ClassificationRepository::setOverride(ws->db(), {s1, QStringLiteral("category"), QStringLiteral("E3.1"),
                                                     QStringLiteral("园区储能"), QStringLiteral("2025-06-01")});
    ClassificationRepository::setOverride(ws->db(), {s2, QStringLiteral("stage"), QStringLiteral("L4"),
                                                     QStringLiteral("扩建"), QStringLiteral("2025-06-02")});
    CHECK(ClassificationRepository::overrides(ws->db()).size() == 2);
    result = classify(*ws, frame);
    ClassificationRepository::store(ws->db(), frame, result);
    stored = ClassificationRepository::stored(ws->db(), s1);
    CHECK(stored.value(QStringLiteral("category")).toString() == QStringLiteral("E3.1"));
    CHECK(stored.value(QStringLiteral("category_rule")).toString() == QStringLiteral("manual"));
    CHECK(stored.value(QStringLiteral("roles")).toStringList().contains(QStringLiteral("E2.2")));
    stored = ClassificationRepository::stored(ws->db(), s2);
    CHECK(stored.value(QStringLiteral("stage")).toString() == QStringLiteral("L4"));
    CHECK(stored.value(QStringLiteral("stage_rule")).toString() == QStringLiteral("manual"));
    const auto pinned = result.outcome(size_t(frame.rowOf(s1))).pinnedCategory;
    REQUIRE(pinned);
    CHECK(pinned->reason == QStringLiteral("园区储能"));

    // Re-classifying one customer stores that customer only.
    ClassificationRepository::removeOverride(ws->db(), s1, QStringLiteral("category"));
    result = classify(*ws, frame);
    ClassificationRepository::storeRows(ws->db(), frame, result, {size_t(frame.rowOf(s1))});
    CHECK(ClassificationRepository::stored(ws->db(), s1).value(QStringLiteral("category")).toString() ==
          QStringLiteral("E2.2"));
    CHECK(ClassificationRepository::stored(ws->db(), s2).value(QStringLiteral("stage")).toString() ==
          QStringLiteral("L4"));

    // Deleting a customer deletes its result and its overrides.
    Statement(ws->db(), "DELETE FROM customers WHERE customer_no = 'S2'").run();
    CHECK(queryCount(*ws, "SELECT count(*) FROM classifications") == 31);
    CHECK(queryCount(*ws, "SELECT count(*) FROM classification_overrides") == 0);
}

TEST_CASE("a large workspace is loaded by two connections into the same frame")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    ws->db().exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 210000) "
                  "INSERT INTO customers (customer_no, name, entity_kind, contract_kva, first_supply_date, labels) "
                  "SELECT 'L' || i, 'n' || i, CASE i % 3 WHEN 0 THEN '居民' WHEN 1 THEN '企业' END, "
                  "CASE WHEN i % 5 THEN i % 997 END, CASE WHEN i % 4 THEN date('2020-01-01', '+' || (i % 900) || ' days') END, "
                  "CASE i % 7 WHEN 0 THEN '园区客户;临时用电' WHEN 1 THEN '分布式电源' END FROM n");
    const QStringList keys{QStringLiteral("entity_kind"), QStringLiteral("contract_kva"),
                           QStringLiteral("first_supply_date"), QStringLiteral("labels")};
    const CustomerFrame frame = ClassificationRepository::loadFrame(ws->db(), AttributeDictionary::load(ws->db()), keys);
    REQUIRE(frame.rowCount() == 210030);
    Statement st(ws->db(), "SELECT id, coalesce(entity_kind, ''), coalesce(contract_kva, ''), "
                           "coalesce(first_supply_date, ''), coalesce(replace(labels, ';', '; '), '') "
                           "FROM customers ORDER BY id");
    size_t row = 0, differences = 0;
    while (st.step()) {
        differences += frame.id(row) != st.integer(0);
        for (int c = 0; c < 4; ++c) {
            QString expected = st.text(c + 1);
            if (c == 1 && !expected.isEmpty())
                expected = QString::number(expected.toDouble(), 'g', 15);
            differences += frame.column(c).text(row) != expected;
        }
        ++row;
    }
    CHECK(differences == 0);
}

// Run by tests/benchmarks/classify_bench.sh with PORTRAIT_BENCH_WORKSPACE set; hidden otherwise.
TEST_CASE("live count refresh after a condition edit on a large workspace", "[.bench]")
{
    const QString path = qEnvironmentVariable("PORTRAIT_BENCH_WORKSPACE");
    if (path.isEmpty())
        return;
    auto ws = Workspace::open(path);
    const Config config = ConfigRepository::load(ws->db());
    const CustomerFrame frame = ClassificationRepository::loadFrame(
        ws->db(), AttributeDictionary::load(ws->db()), ClassificationRepository::attributesUsed(config.rules));
    QList<Rule> primary;
    for (const Rule &r : config.rules) {
        if (r.group == QLatin1String("primary"))
            primary << r;
    }
    const QDate date(2025, 6, 30);
    LiveCounter counter(frame, date);
    QElapsedTimer timer;
    timer.start();
    counter.waterfall(primary);
    const qint64 cold = timer.elapsed();
    qint64 worst = 0;
    const int p21 = int(std::find_if(primary.begin(), primary.end(),
                                     [](const Rule &r) { return r.id == QLatin1String("P21"); }) -
                        primary.begin());
    for (int limit : {150, 200, 250, 300, 350}) {
        // The user changes P21's contract_kva threshold: counts under every node of the edited
        // condition and the waterfall's takes and remainders are refreshed.
        primary[p21].whenJson = QStringLiteral(
            R"({"all":[{"attr":"elec_type","op":"in","value":["一般工商业","工商业"]},)"
            R"({"attr":"volt_kv","op":"le","value":0.38},{"attr":"contract_kva","op":"le","value":%1}]})")
                                    .arg(limit);
        timer.restart();
        const auto nodes = counter.nodeCounts(Condition::parse(primary[p21].whenJson));
        const auto steps = counter.waterfall(primary);
        worst = std::max(worst, timer.elapsed());
        CHECK(nodes.size() == 4);
        CHECK(steps.last().remaining == 0);
    }
    std::printf("live_count_rows %zu\nlive_count_cold_ms %lld\nlive_count_refresh_ms %lld\n",
                frame.rowCount(), qint64(cold), qint64(worst));
}
