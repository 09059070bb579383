// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// A workspace large enough to be read in two id ranges at once (two connections) and stored in
// batches: the results must equal those of a single scan and of storing one customer at a time.
#include "CustomerOrder.h"
#include "PortraitFixture.h"
#include "TestWorkspace.h"
#include "io/CustomerExporter.h"
#include "models/CustomerTableModel.h"
#include "portrait/PortraitBuilder.h"
#include "storage/ColumnCache.h"
#include "storage/PortraitDataLoader.h"

#include <QDir>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <cstring>

using namespace portrait;

namespace {

// 200,100 customers with repeating and missing values: few and many distinct texts, numbers
// shown as values (volt_kv), labels lists, empty texts.
void fill(Workspace &ws)
{
    // Without the secondary indexes and the triggers while inserting (built again afterwards, as
    // an import does; the cache is empty). The triggers look customers up by number: without
    // the index each would scan the table.
    QStringList drops, creates;
    {
        Statement st(ws.db(), "SELECT type, name, sql FROM sqlite_schema WHERE type IN ('index', 'trigger') "
                              "AND tbl_name = 'customers' AND sql IS NOT NULL");
        while (st.step()) {
            drops << QStringLiteral("DROP %1 \"%2\"").arg(st.text(0).toUpper(), st.text(1));
            creates << st.text(2);
        }
    }
    ws.db().transaction([&] {
        for (const QString &sql : std::as_const(drops))
            ws.db().exec(sql.toStdString());
        ws.db().exec(R"SQL(
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200100)
INSERT INTO customers (customer_no, name, entity_kind, elec_type, volt_kv, contract_kva, annual_kwh,
                       max_load_kw, region, industry_code, market_attr, importance, urban_rural,
                       first_supply_date, pv_kw, labels)
SELECT printf('L%07d', i),
       CASE WHEN i % 997 = 0 THEN '' ELSE printf('客户%d', i) END,
       CASE i % 5 WHEN 0 THEN '企业' WHEN 1 THEN '个人' WHEN 2 THEN '个体工商户' WHEN 3 THEN '机关事业单位' ELSE '企业' END,
       CASE i % 4 WHEN 0 THEN '大工业用电' WHEN 1 THEN '一般工商业用电' WHEN 2 THEN '居民生活用电' ELSE NULL END,
       CASE i % 6 WHEN 0 THEN 10 WHEN 1 THEN 0.4 WHEN 2 THEN 35 WHEN 3 THEN 110 WHEN 4 THEN 0.22 ELSE NULL END,
       CASE WHEN i % 9 = 0 THEN NULL ELSE (i * 37) % 20000 END,
       CASE WHEN i % 11 = 0 THEN NULL ELSE (i * 7919) % 5000000 + 0.5 END,
       CASE WHEN i % 13 = 0 THEN NULL ELSE (i * 31) % 9000 END,
       printf('区%d', i % 23),
       printf('%04d', (i * 17) % 300),
       CASE i % 3 WHEN 0 THEN '直接交易' WHEN 1 THEN '代理购电' ELSE '' END,
       CASE i % 7 WHEN 0 THEN '重要' ELSE '一般' END,
       CASE i % 2 WHEN 0 THEN '城市' ELSE '农村' END,
       printf('20%02d-%02d-15', i % 25, i % 12 + 1),
       CASE WHEN i % 5 = 0 THEN (i % 400) * 1.5 ELSE NULL END,
       CASE i % 8 WHEN 0 THEN '主业单位' WHEN 1 THEN printf('标签%d;高耗能企业', i % 40)
                  WHEN 2 THEN '高耗能企业;重点用能单位;高耗能企业' ELSE NULL END
FROM n)SQL");
        for (const QString &sql : std::as_const(creates))
            ws.db().exec(sql.toStdString());
    });
}

template<typename T>
void checkSame(const std::vector<T> &a, const std::vector<T> &b)
{
    REQUIRE(a.size() == b.size());
    CHECK(a == b);
}

// Two frames hold the same customers and values, with dictionaries in the same order.
void checkSameFrame(const CustomerFrame &halves, const CustomerFrame &single)
{
    checkSame(halves.ids(), single.ids());
    REQUIRE(halves.columnCount() == single.columnCount());
    for (int c = 0; c < halves.columnCount(); ++c) {
        const CustomerFrame::Column &a = halves.column(c), &b = single.column(c);
        INFO(a.key().toStdString());
        CHECK(a.dictionary() == b.dictionary()); // same values in the same order of appearance
        size_t differing = 0;
        for (size_t row = 0; row < halves.rowCount(); ++row) {
            if (a.isEmpty(row) || b.isEmpty(row))
                differing += a.isEmpty(row) != b.isEmpty(row) ? 1 : 0;
            else if (a.type() == AttributeType::Number) // bit for bit: -0 is not 0
                differing += std::memcmp(&a.numbers()[row], &b.numbers()[row], sizeof(double)) ? 1 : 0;
            else if (a.type() == AttributeType::List)
                differing += !std::equal(a.items(row).first, a.items(row).second,
                                         b.items(row).first, b.items(row).second)
                                 ? 1
                                 : 0;
            else
                differing += a.code(row) != b.code(row) ? 1 : 0;
        }
        CHECK(differing == 0);
    }
}

// The customer columns and outcomes of two loads are the same.
void checkSameData(const PortraitData &halves, const PortraitData &single)
{
    checkSame(halves.ids, single.ids);
    checkSame(halves.filled, single.filled);
    checkSame(halves.profile, single.profile);
    checkSame(halves.missingData, single.missingData);
    for (int n = 0; n < PortraitData::NumberCount; ++n) {
        const auto &a = halves.numbers[size_t(n)], &b = single.numbers[size_t(n)];
        REQUIRE(a.size() == b.size());
        size_t differing = 0;
        for (size_t row = 0; row < a.size(); ++row)
        differing += (std::isnan(a[row]) ? !std::isnan(b[row]) : a[row] != b[row]) ? 1 : 0;
        CHECK(differing == 0);
    }
    for (int e = 0; e < PortraitData::EnumCount; ++e) {
        CHECK(halves.enumValues[size_t(e)] ==
          single.enumValues[size_t(e)]); // order of appearance
        checkSame(halves.enums[size_t(e)], single.enums[size_t(e)]);
    }
    CHECK(halves.labelNames == single.labelNames);
    checkSame(halves.labelOffsets, single.labelOffsets);
    checkSame(halves.labelItems, single.labelItems);
}

} // namespace

TEST_CASE("a large workspace is read in two halves and stored in batches as one scan would")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    fill(*ws);
    classifyAll(*ws); // two halves (loadFrame) and the batched store
    const QString stored =
        queryText(*ws, "SELECT group_concat(customer_id || ':' || category || ':' || "
                       "coalesce(stage, '') || ':' || coalesce(roles, '') || ':' || "
                       "coalesce(needs, '') || ':' || missing_data, '|') FROM "
                       "(SELECT * FROM customer_classifications ORDER BY customer_id)");
    REQUIRE(queryCount(*ws, "SELECT count(*) FROM classifications") ==
            queryCount(*ws, "SELECT count(*) FROM customers"));

    { // the engine's frame
        const AttributeDictionary dictionary = AttributeDictionary::load(ws->db());
        const QStringList keys =
            ClassificationRepository::attributesUsed(ConfigRepository::load(ws->db()).rules);
        const CustomerFrame halves =
            ClassificationRepository::loadFrame(ws->db(), dictionary, keys);
        CustomerFrame single; // a transaction keeps the loader on its one connection
        ws->db().transaction(
            [&] { single = ClassificationRepository::loadFrame(ws->db(), dictionary, keys); });
        checkSameFrame(halves, single);
    }
    { // the portrait data
        const PortraitData halves = PortraitDataLoader::load(ws->db());
        PortraitData single;
        ws->db().transaction([&] { single = PortraitDataLoader::load(ws->db()); });
        checkSameData(halves, single);
        CHECK(halves.classifiedCount() == qint64(halves.rowCount()));
        CHECK(halves.enumValues[PortraitData::VoltKv].contains(QStringLiteral("0.4kV")));
        { // as SQL defines them: filled is neither NULL nor empty text; values as stored
            std::string sql = "SELECT id, (0";
            const QStringList &tracked = PortraitData::trackedAttributes();
            for (int i = 0; i < tracked.size(); ++i) {
                const std::string k = '"' + tracked[i].toStdString() + '"';
                sql += " | ((" + k + " IS NOT NULL AND " + k + " <> '') << " + std::to_string(i) + ")";
            }
            Statement st(ws->db(), sql + "), annual_kwh, region FROM customers ORDER BY id");
            size_t row = 0, differing = 0;
            const QStringList &regions = halves.enumValues[PortraitData::Region];
            while (st.step()) {
                const float kwh = halves.numbers[PortraitData::AnnualKwh][row];
                const qint16 region = halves.enums[PortraitData::Region][row];
                differing += halves.ids[row] != st.integer(0) || halves.filled[row] != quint64(st.integer(1)) ||
                                     (st.isNull(2) ? !std::isnan(kwh) : kwh != float(st.real(2))) ||
                                     (region < 0 ? !st.isNull(3) : regions[region] != st.text(3))
                                 ? 1
                                 : 0;
                ++row;
            }
            CHECK(row == halves.rowCount());
            CHECK(differing == 0);
        }
        // The portraits built from them are the same too.
        CHECK(PortraitBuilder(halves).build(QStringLiteral("MKT")).inScope ==
              PortraitBuilder(single).build(QStringLiteral("MKT")).inScope);
    }
    { // the batched store equals storing customers one at a time (every 97th: that path is slow)
        const Config config = ConfigRepository::load(ws->db());
        const CustomerFrame frame = ClassificationRepository::loadFrame(
            ws->db(), AttributeDictionary::load(ws->db()),
            ClassificationRepository::attributesUsed(config.rules));
        const ClassificationEngine engine(
            frame, ClassificationSetup::fromConfig(config, QDate(2026, 1, 1)));
        const ClassificationResult result = *engine.run();
        ws->db().exec("DELETE FROM classifications; DELETE FROM classification_profiles;");
        std::vector<size_t> rows;
        for (size_t r = 0; r < frame.rowCount(); r += 97)
            rows.push_back(r);
        ClassificationRepository::storeRows(ws->db(), frame, result, rows);
        const char *sample =
            "SELECT group_concat(customer_id || ':' || category || ':' || coalesce(stage, '') || "
            "':' || "
            "coalesce(roles, '') || ':' || coalesce(needs, '') || ':' || missing_data, '|') FROM "
            "(SELECT * FROM customer_classifications WHERE customer_id IN "
            "(SELECT customer_id FROM classifications) ORDER BY customer_id)";
        const QString single = queryText(*ws, sample);
        CHECK(queryCount(*ws, "SELECT count(*) FROM classifications") == qint64(rows.size()));
        // The full store on top: the sampled rows are unchanged, the rest written in batches.
        ClassificationRepository::store(ws->db(), frame, result);
        CHECK(queryText(*ws,
                        "SELECT group_concat(customer_id || ':' || category || ':' || "
                        "coalesce(stage, '') || ':' || coalesce(roles, '') || ':' || "
                        "coalesce(needs, '') || ':' || missing_data, '|') FROM "
                        "(SELECT * FROM customer_classifications ORDER BY customer_id)") == stored);
        QStringList sampled;
        for (const QString &item : stored.split(QLatin1Char('|'))) {
            const qint64 id = item.section(QLatin1Char(':'), 0, 0).toLongLong();
            if (std::binary_search(rows.begin(), rows.end(), size_t(frame.rowOf(id))))
                sampled << item;
        }
        CHECK(sampled.join(QLatin1Char('|')) == single);
        CHECK(queryCount(*ws, "SELECT count(*) FROM classification_profiles WHERE id NOT IN "
                              "(SELECT profile_id FROM classifications)") == 0);
    }
}

TEST_CASE("the customer list of a large workspace filters and sorts in two halves as SQL does")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    fill(*ws);
    CustomerTableModel model(ws.get());
    REQUIRE(model.rowCount() == queryCount(*ws, "SELECT count(*) FROM customers"));
    REQUIRE(model.rowCount() > 200000);
    // Filters on the rows alone are read in two id ranges; with a search, in one.
    const struct
    {
        const char *key, *value, *where;
    } filters[] = {
        {"region", "区5", "region = '区5'"},
        {"elec_type", "(空)", "(elec_type IS NULL OR elec_type = '')"},
        {"annual_kwh", "1000..200000", "annual_kwh BETWEEN 1000 AND 200000"},
        {"labels", "高耗能企业", "(';' || labels || ';') LIKE '%;高耗能企业;%'"},
    };
    for (const auto &f : filters) {
        INFO(f.key);
        model.clearFilters();
        model.setAttributeFilter(QString::fromLatin1(f.key), QString::fromUtf8(f.value));
        const auto m = modelOrder(model), q = sqlOrder(*ws, f.where, "id", true);
        CHECK(m.size() == q.size());
        CHECK((m.empty() ? 0 : m.front()) == (q.empty() ? 0 : q.front()));
        CHECK(m == q);
    }
    model.setSearchText(QStringLiteral("客户19"));
    CHECK(modelOrder(model) ==
          sqlOrder(*ws, "(customer_no LIKE '%客户19%' OR name LIKE '%客户19%') AND "
                        "(';' || labels || ';') LIKE '%;高耗能企业;%'", "id", true));
    // The search alone: the 户号 and 户名 indexes scanned at once, the ids merged (a customer
    // matching both once); LIKE's case rules as SQL's.
    model.clearFilters();
    for (const char *text : {"客户19", "l000123", "L00012", "9", "无此客户"}) {
        INFO(text);
        model.setSearchText(QString::fromUtf8(text));
        const std::string pattern = std::string("'%") + text + "%'";
        CHECK(modelOrder(model) ==
              sqlOrder(*ws, "customer_no LIKE " + pattern + " OR name LIKE " + pattern, "id", true));
    }
    model.setSearchText(QString());

    // Ranked from the values in two halves: few distinct texts, empty ones, numbers; from an
    // index: the name.
    checkSortsAsSql(*ws, model, {"region", "elec_type", "market_attr", "annual_kwh", "name"}, "importance",
                    "重要", "importance = '重要'");
}

TEST_CASE("the column cache gives the portraits what the rows give, and never a stale block")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    fill(*ws);
    classifyAll(*ws);
    // What the rows hold: the cache emptied in a transaction that is rolled back (one
    // connection, nothing written).
    struct RolledBack
    {
    };
    auto rows = [&] {
        PortraitData data;
        try {
            ws->db().transaction([&] {
                ws->db().exec("DELETE FROM column_cache");
                data = PortraitDataLoader::load(ws->db());
                throw RolledBack();
            });
        } catch (const RolledBack &) {
        }
        return data;
    };
    const qint64 blocks = queryCount(*ws, "SELECT (max(id) >> 16) - (min(id) >> 16) + 1 FROM customers");
    REQUIRE(queryCount(*ws, "SELECT count(*) FROM column_cache WHERE format LIKE 'portrait-customers:%'") == 0);
    checkSameData(PortraitDataLoader::load(ws->db()), rows()); // read from rows, blocks written
    CHECK(queryCount(*ws, "SELECT count(*) FROM column_cache WHERE format LIKE 'portrait-customers:%'") == blocks);
    checkSameData(PortraitDataLoader::load(ws->db()), rows()); // from the cache

    // A change to a customer drops its block (and only that one), whoever writes it.
    ws->db().exec("UPDATE customers SET region = '新区', annual_kwh = 1 WHERE id = 70000");
    CHECK(queryCount(*ws, "SELECT count(*) FROM column_cache WHERE format LIKE 'portrait-customers:%'") == blocks - 1);
    CHECK(queryCount(*ws, "SELECT count(*) FROM column_cache WHERE first_id = 65536 AND format LIKE 'portrait-customers:%'") == 0);
    PortraitData changed = PortraitDataLoader::load(ws->db());
    checkSameData(changed, rows());
    const size_t row = size_t(std::find(changed.ids.begin(), changed.ids.end(), 70000) - changed.ids.begin());
    REQUIRE(row < changed.ids.size());
    CHECK(changed.numbers[PortraitData::AnnualKwh][row] == 1.0f);
    CHECK(changed.enumValues[PortraitData::Region][changed.enums[PortraitData::Region][row]] == QStringLiteral("新区"));
    CHECK(queryCount(*ws, "SELECT count(*) FROM column_cache WHERE format LIKE 'portrait-customers:%'") == blocks);
    ws->db().exec("DELETE FROM customers WHERE id = 5");
    ws->db().exec("INSERT INTO customers (customer_no, name) VALUES ('N-1', '新客户')");
    CHECK(queryCount(*ws, "SELECT count(*) FROM column_cache WHERE format LIKE 'portrait-customers:%'") <= blocks - 1);
    checkSameData(PortraitDataLoader::load(ws->db()), rows());

    // A damaged block is read from the rows again and replaced.
    ws->db().exec("UPDATE column_cache SET data = substr(data, 1, 1000) WHERE first_id = 0 AND format LIKE 'portrait-customers:%'");
    checkSameData(PortraitDataLoader::load(ws->db()), rows());
    CHECK(queryCount(*ws, "SELECT min(length(data)) > 1000 FROM column_cache WHERE format LIKE 'portrait-customers:%'") == 1);

    // A block read before a change is not written after it.
    const qint64 generation = ColumnCache::generation(ws->db());
    ws->db().exec("UPDATE customers SET annual_kwh = 2 WHERE id = 10");
    CHECK_FALSE(ColumnCache::write(ws->db(), {"test"}, generation, {{0, 0, QByteArray("stale")}}));
    CHECK(queryCount(*ws, "SELECT count(*) FROM column_cache WHERE format = 'test'") == 0);
    CHECK(ColumnCache::write(ws->db(), {"test"}, ColumnCache::generation(ws->db()), {{0, 0, QByteArray("fresh")}}));
    CHECK(queryCount(*ws, "SELECT count(*) FROM column_cache WHERE format = 'test'") == 1);
}

TEST_CASE("the column cache gives the engine's frame what the rows give, column by column")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    fill(*ws);
    // Values a decimal scale cannot hold exactly.
    ws->db().exec("UPDATE customers SET contract_kva = 0.1 + 0.2 WHERE id = 3; "
                  "UPDATE customers SET annual_kwh = 1e300, max_load_kw = 1.0 / 3 WHERE id = 5");
    const AttributeDictionary dictionary = AttributeDictionary::load(ws->db());
    const QStringList keys = ClassificationRepository::attributesUsed(ConfigRepository::load(ws->db()).rules);
    auto load = [&](const QStringList &k) { return ClassificationRepository::loadFrame(ws->db(), dictionary, k); };
    struct RolledBack
    {
    };
    auto rows = [&](const QStringList &k) { // the cache emptied in a transaction rolled back
        CustomerFrame frame;
        try {
            ws->db().transaction([&] {
                ws->db().exec("DELETE FROM column_cache");
                frame = load(k);
                throw RolledBack();
            });
        } catch (const RolledBack &) {
        }
        return frame;
    };
    auto blobs = [&](const char *like) {
        return queryCount(*ws, ("SELECT count(*) FROM column_cache WHERE format LIKE '" + std::string(like) + '\'').c_str());
    };
    const qint64 blocks = queryCount(*ws, "SELECT (max(id) >> 16) - (min(id) >> 16) + 1 FROM customers");
    REQUIRE(blocks >= 4);
    REQUIRE(blobs("engine-%") == 0);
    checkSameFrame(load(keys), rows(keys)); // from the rows; ids and every column kept
    CHECK(blobs("engine-ids:%") == blocks);
    CHECK(blobs("engine-column %") == blocks * keys.size());
    const CustomerFrame cached = load(keys); // from the cache
    checkSameFrame(cached, rows(keys));
    CHECK(cached.column(cached.columnIndex(QStringLiteral("contract_kva"))).number(size_t(cached.rowOf(3))) == 0.1 + 0.2);

    // What the cache holds is what is read: one column's block swapped for another's of the
    // same type shows, until the swapped blob goes and the rows are read again.
    ws->db().exec("UPDATE column_cache SET data = (SELECT data FROM column_cache WHERE first_id = 0 AND "
                  "format LIKE 'engine-column urban_rural:%') WHERE first_id = 0 AND format LIKE 'engine-column importance:%'");
    const CustomerFrame swapped = load(keys);
    const CustomerFrame::Column &importance = swapped.column(swapped.columnIndex(QStringLiteral("importance")));
    CHECK(importance.text(0) == cached.column(cached.columnIndex(QStringLiteral("urban_rural"))).text(0));
    CHECK(importance.text(0) != cached.column(cached.columnIndex(QStringLiteral("importance"))).text(0));
    ws->db().exec("DELETE FROM column_cache WHERE first_id = 0 AND format LIKE 'engine-column importance:%'");
    checkSameFrame(load(keys), rows(keys));
    CHECK(blobs("engine-column importance:%") == blocks);

    // Other rules, other columns: those cached are decoded, the new one read from the rows beside
    // them, and kept from then on.
    QStringList more = keys;
    more << QStringLiteral("name") << QStringLiteral("region");
    checkSameFrame(load(more), rows(more));
    CHECK(blobs("engine-column name:%") == blocks);
    checkSameFrame(load(more), rows(more));

    // A change drops the blocks of its customer, whoever writes it.
    ws->db().exec("UPDATE customers SET contract_kva = 123.25, labels = '新标签' WHERE id = 70000");
    CHECK(blobs("engine-ids:%") == blocks - 1);
    const CustomerFrame changed = load(keys);
    checkSameFrame(changed, rows(keys));
    CHECK(changed.column(changed.columnIndex(QStringLiteral("contract_kva"))).number(size_t(changed.rowOf(70000))) == 123.25);
    CHECK(blobs("engine-ids:%") == blocks);

    // A damaged blob is read from the rows again and replaced.
    ws->db().exec("UPDATE column_cache SET data = substr(data, 1, 20) WHERE first_id = 65536 AND format LIKE 'engine-column labels:%'");
    checkSameFrame(load(keys), rows(keys));
    CHECK(queryCount(*ws, "SELECT min(length(data)) FROM column_cache WHERE format LIKE 'engine-column labels:%'") > 20);
    // The engine's blocks and the portraits' live side by side.
    PortraitDataLoader::load(ws->db());
    CHECK(blobs("portrait-customers:%") == blocks);
    CHECK(blobs("engine-ids:%") == blocks);
}

TEST_CASE("the whole customer list exports in two halves byte for byte as in one pass")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    fill(*ws);
    classifyAll(*ws); // derived columns too
    struct RolledBack
    {
    };
    for (const auto encoding : {CustomerExporter::Encoding::Utf8Bom, CustomerExporter::Encoding::Gb18030}) {
        CustomerExporter::Options options;
        options.encoding = encoding;
        options.chineseHeaders = true;
        const QString halves = dir.filePath(QStringLiteral("halves.csv")), single = dir.filePath(QStringLiteral("single.csv"));
        CHECK(CustomerExporter(ws->db()).write(halves, options) == queryCount(*ws, "SELECT count(*) FROM customers"));
        try { // inside a transaction the reader keeps to its one connection
            ws->db().transaction([&] {
                CustomerExporter(ws->db()).write(single, options);
                throw RolledBack();
            });
        } catch (const RolledBack &) {
        }
        const QByteArray a = readFile(halves), b = readFile(single);
        CHECK(a.size() > 10'000'000);
        CHECK(a == b);
        CHECK(a.count("\xEF\xBB\xBF") == (encoding == CustomerExporter::Encoding::Utf8Bom ? 1 : 0));
        CHECK(a.count("\r\n") == queryCount(*ws, "SELECT count(*) + 1 FROM customers"));
        const QStringList left = QDir(dir.path()).entryList({QStringLiteral("*.csv.*")}, QDir::Files);
        CHECK(left.isEmpty()); // the upper half's file is gone
    }
}
