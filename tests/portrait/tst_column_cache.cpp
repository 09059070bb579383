// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// The column cache: what its blocks give the portraits and the engine is what the rows give, on
// a large workspace, and no block is ever stale (triggers, REPLACE included). BlockScan's writes:
// during the pass in a WAL workspace (so that a loader does not hold every blob), all at the end
// with a rollback journal (a commit would wait for the pass's own reader), and never a block
// read before a customer changed.
#include "LargeWorkspace.h"
#include "PortraitFixture.h"
#include "TestWorkspace.h"
#include "core/AttributeDictionary.h"
#include "core/Workspace.h"
#include "engine/CustomerFrame.h"
#include "storage/ClassificationRepository.h"
#include "storage/ColumnCache.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"
#include "storage/PortraitDataLoader.h"

#include <QTemporaryDir>
#include <algorithm>

using namespace portrait;

namespace {

constexpr int kBlocks = 5;
const std::string kFormat = "scan-test:1";

// Ten customers at the start of each of kBlocks blocks (ids far above the seeded ones).
void fill(Workspace &ws)
{
    ws.db().exec("DELETE FROM customers");
    Statement st(ws.db(), "INSERT INTO customers (id, customer_no, name) VALUES (?, ?, ?)");
    for (qint64 b = 0; b < kBlocks; ++b) {
        for (qint64 i = 1; i <= 10; ++i) {
            const qint64 id = b * ColumnCache::kBlockSize + i;
            st.bindAll(id, QStringLiteral("S-%1").arg(id), QStringLiteral("客户 %1").arg(id)).run();
            st.reset();
        }
    }
}

// The blocks whose blob another connection sees now.
std::vector<qint64> visibleBlocks(const QString &path)
{
    auto other = Database::open(path, Database::Mode::ReadOnly);
    Statement st(*other, "SELECT first_id FROM column_cache WHERE format = ? ORDER BY first_id");
    st.bind(1, QString::fromStdString(kFormat));
    std::vector<qint64> blocks;
    while (st.step())
        blocks.push_back(st.integer(0));
    return blocks;
}

QByteArray blobOf(qint64 lo) { return "block at " + QByteArray::number(lo); }

// One pass over every customer as part 0, writing a part after every block (keepBytes 1);
// during(block index) runs before each block is read.
void scanAll(Workspace &ws, const std::function<void(int)> &during)
{
    ColumnCache::BlockScan scan(ws.db(), {kFormat}, 1);
    int block = 0;
    scan.readPart(ws.db(), 1, (kBlocks - 1) * ColumnCache::kBlockSize + 10, 0,
                  [&](qint64 lo, qint64, const std::vector<QByteArray> &cached, bool keep) {
                      during(block++);
                      CHECK(cached[0].isEmpty());
                      return keep ? std::vector<QByteArray>{blobOf(ColumnCache::blockOf(lo))} : std::vector<QByteArray>{};
                  });
    CHECK(block == kBlocks);
    scan.finish();
}

} // namespace

TEST_CASE("a scan writes its blocks during the pass in a WAL workspace, at the end otherwise")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    fill(*ws);
    const QString path = ws->path();
    std::vector<qint64> all;
    for (qint64 b = 0; b < kBlocks; ++b)
        all.push_back(b * ColumnCache::kBlockSize);

    SECTION("WAL: each block is visible to others before the next is read")
    {
        scanAll(*ws, [&](int block) {
            CHECK(visibleBlocks(path) == std::vector<qint64>(all.begin(), all.begin() + block));
        });
    }
    SECTION("rollback journal: nothing during the pass, every block at the end")
    {
        ws->db().exec("PRAGMA journal_mode = DELETE");
        scanAll(*ws, [&](int) { CHECK(visibleBlocks(path).empty()); });
    }
    CHECK(visibleBlocks(path) == all);
    Statement st(ws->db(), "SELECT first_id, data FROM column_cache WHERE format = ?");
    st.bind(1, QString::fromStdString(kFormat));
    while (st.step())
        CHECK(st.blobView(1) == blobOf(st.integer(0)));
}

TEST_CASE("a scan writes no block read before a customer changed")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    fill(*ws);
    const QString path = ws->path();
    // Another program changes a customer of block 3 while block 2 is being read: blocks 0 and 1
    // are written before the change and stay (the change is not theirs); block 2 (read before the
    // change, in the same snapshot as the change's block) and everything after are not written.
    scanAll(*ws, [&](int block) {
        if (block == 2) {
            auto other = Database::open(path, Database::Mode::ReadWrite);
            other->exec("UPDATE customers SET name = '改名' WHERE id = " +
                        std::to_string(3 * ColumnCache::kBlockSize + 5));
        }
    });
    CHECK(visibleBlocks(path) == std::vector<qint64>{0, ColumnCache::kBlockSize});
}

TEST_CASE("a customer another program replaces drops its block from the cache")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    fill(*ws);
    const QString path = ws->path();
    std::vector<ColumnCache::Block> blocks;
    for (qint64 b = 0; b < kBlocks; ++b)
        blocks.push_back({b * ColumnCache::kBlockSize, 0, blobOf(b * ColumnCache::kBlockSize)});
    auto cacheAll = [&] {
        REQUIRE(ColumnCache::write(ws->db(), {kFormat}, ColumnCache::generation(ws->db()), blocks));
        REQUIRE(visibleBlocks(path).size() == size_t(kBlocks));
    };
    auto without = [&](std::initializer_list<qint64> gone) {
        std::vector<qint64> left;
        for (qint64 b = 0; b < kBlocks; ++b) {
            if (std::find(gone.begin(), gone.end(), b) == gone.end())
                left.push_back(b * ColumnCache::kBlockSize);
        }
        return left;
    };
    // The other program's connection has recursive_triggers off, as SQLite's default.
    auto other = Database::open(path, Database::Mode::ReadWrite);
    cacheAll();
    // S-5 (id 5, block 0) replaced by a new row: id 5 is deleted, the new one appended in block 4.
    other->exec("INSERT OR REPLACE INTO customers (customer_no, name) VALUES ('S-5', '新客户')");
    CHECK(visibleBlocks(path) == without({0, 4}));
    cacheAll();
    // Block 3's customer takes the number of one in block 1, which REPLACE deletes.
    const std::string inBlock1 = "S-" + std::to_string(ColumnCache::kBlockSize + 2);
    other->exec("UPDATE OR REPLACE customers SET customer_no = '" + inBlock1 + "' WHERE id = " +
                std::to_string(3 * ColumnCache::kBlockSize + 7));
    CHECK(visibleBlocks(path) == without({1, 3}));
    cacheAll();
    // A row given the id of block 2's customer.
    other->exec("INSERT OR REPLACE INTO customers (id, customer_no, name) VALUES (" +
                std::to_string(2 * ColumnCache::kBlockSize + 3) + ", 'S-new', '新')");
    CHECK(visibleBlocks(path) == without({2}));
}

TEST_CASE("the column cache gives the portraits what the rows give, and never a stale block")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    fillLargeWorkspace(*ws);
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
    fillLargeWorkspace(*ws);
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
