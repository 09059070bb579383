// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// A workspace large enough to be read in two id ranges at once (two connections) and stored in
// batches: the results must equal those of a single scan and of storing one customer at a time.
#include "CustomerOrder.h"
#include "LargeWorkspace.h"
#include "PortraitFixture.h"
#include "TestWorkspace.h"
#include "io/CustomerExporter.h"
#include "models/CustomerTableModel.h"
#include "portrait/PortraitBuilder.h"
#include "storage/PortraitDataLoader.h"

#include <QDir>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>

using namespace portrait;


TEST_CASE("a large workspace is read in two halves and stored in batches as one scan would")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    fillLargeWorkspace(*ws);
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
    fillLargeWorkspace(*ws);
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

TEST_CASE("the whole customer list exports in two halves byte for byte as in one pass")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    fillLargeWorkspace(*ws);
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
