// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "storage/ColumnCache.h"

#include "core/Error.h"
#include "storage/Database.h"

#include <sqlite3.h>

namespace portrait::ColumnCache {

qint64 generation(Database &db)
{
    Statement st(db, "SELECT generation FROM column_cache_state WHERE id = 1");
    return st.step() ? st.integer(0) : -1;
}

bool write(Database &db, const std::string &format, qint64 readAt,
           const std::vector<std::pair<qint64, QByteArray>> &blocks)
{
    if (blocks.empty() || db.isReadOnly() || db.inTransaction() || readAt < 0)
        return false;
    try {
        return db.transaction([&] {
            if (generation(db) != readAt)
                return false; // a customer changed since the rows were read
            // Blocks of an earlier format of the same reader (other rule columns) go.
            const QString f = QString::fromStdString(format);
            const QString kind = f.section(QLatin1Char(':'), 0, 0) + QLatin1Char(':');
            Statement old(db, "DELETE FROM column_cache WHERE substr(format, 1, length(?1)) = ?1 AND format <> ?2");
            old.bind(1, kind).bind(2, f).run();
            Statement st(db, "INSERT OR REPLACE INTO column_cache (first_id, format, data) VALUES (?, ?, ?)");
            for (const auto &[first, data] : blocks) {
                st.bind(1, first).bind(2, f).bindBlob(3, data).run();
                st.reset();
            }
            return true;
        });
    } catch (const Error &) {
        return false; // busy or read-only: the cache is an optimisation, the portrait is not
    }
}

namespace {
// A read transaction on a connection (unless one is open), so that the generation, the cached
// blocks and the rows are one snapshot.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &db) : m_db(db), m_own(!db.inTransaction())
    {
        if (m_own)
            m_db.exec("BEGIN");
    }
    ~ReadSnapshot()
    {
        if (m_own)
            sqlite3_exec(m_db.handle(), "COMMIT", nullptr, nullptr, nullptr);
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    Database &m_db;
    bool m_own;
};
} // namespace

BlockScan::BlockScan(Database &db, std::string format)
    : m_db(db), m_format(std::move(format)), m_keep(!db.isReadOnly() && !db.inTransaction())
{
}

void BlockScan::readPart(Database &connection, qint64 lo, qint64 hi, int part, const ReadBlock &readBlock)
{
    Part &state = m_parts[part];
    const ReadSnapshot snapshot(connection);
    state.generation = generation(connection);
    Statement ends(connection, "SELECT (SELECT min(id) FROM customers), (SELECT max(id) FROM customers)");
    ends.step();
    const qint64 first = ends.integer(0), last = ends.integer(1);
    // The cached blocks in order, stepped along with the blocks of the range; each blob is read
    // in place (valid until the next step), never copied or held with the others.
    Statement cached(connection, "SELECT first_id, data FROM column_cache WHERE first_id BETWEEN ? AND ? "
                                 "AND format = ? ORDER BY first_id");
    cached.bind(1, blockOf(lo)).bind(2, blockOf(hi)).bind(3, QString::fromStdString(m_format));
    bool more = cached.step();
    for (qint64 b = blockOf(lo); b <= hi; b += kBlockSize) {
        const qint64 end = b + kBlockSize - 1;
        // Every customer of the block is in this range (none exist outside first..last): only
        // such a block can come from the cache or go into it.
        const bool whole = (b >= lo || lo <= first) && (end <= hi || hi >= last);
        while (more && cached.integer(0) < b)
            more = cached.step();
        QByteArray blob;
        const bool hit = whole && more && cached.integer(0) == b;
        if (hit)
            blob = cached.blobView(1);
        blob = readBlock(std::max(b, lo), std::min(end, hi), hit ? &blob : nullptr, whole && m_keep);
        if (!blob.isEmpty())
            state.fresh.emplace_back(b, std::move(blob));
    }
}

void BlockScan::finish()
{
    // Both parts must have read the same generation; write() checks it is still current.
    const bool two = m_parts[1].generation >= 0;
    if (!m_keep || (two && m_parts[1].generation != m_parts[0].generation))
        return;
    std::vector<std::pair<qint64, QByteArray>> fresh = std::move(m_parts[0].fresh);
    for (auto &b : m_parts[1].fresh)
        fresh.push_back(std::move(b));
    write(m_db, m_format, m_parts[0].generation, fresh);
}

void invalidateAll(Database &db)
{
    db.exec("DELETE FROM column_cache");
    db.exec("UPDATE column_cache_state SET generation = generation + 1");
}

} // namespace portrait::ColumnCache
