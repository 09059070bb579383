// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// ColumnCache::BlockScan's writes: during the pass in a WAL workspace (so that a loader does not
// hold every blob), all at the end with a rollback journal (a commit would wait for the pass's
// own reader), and never a block read before a customer changed.
#include "TestWorkspace.h"
#include "core/Workspace.h"
#include "storage/ColumnCache.h"
#include "storage/Database.h"

#include <QTemporaryDir>

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
