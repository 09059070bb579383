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

bool write(Database &db, const std::vector<std::string> &formats, qint64 readAt, const std::vector<Block> &blocks)
{
    if (blocks.empty() || db.isReadOnly() || db.inTransaction() || readAt < 0)
        return false;
    try {
        return db.transaction([&] {
            if (generation(db) != readAt)
                return false; // a customer changed since the rows were read
            // Blocks of an earlier format of the same kind (other columns, another version) go.
            std::vector<bool> written(formats.size());
            for (const Block &b : blocks)
                written[b.format] = true;
            Statement old(db, "DELETE FROM column_cache WHERE substr(format, 1, length(?1)) = ?1 AND format <> ?2");
            for (size_t f = 0; f < formats.size(); ++f) {
                if (!written[f])
                    continue;
                const QString format = QString::fromStdString(formats[f]);
                old.bind(1, format.section(QLatin1Char(':'), 0, 0) + QLatin1Char(':')).bind(2, format).run();
                old.reset();
            }
            Statement st(db, "INSERT OR REPLACE INTO column_cache (first_id, format, data) VALUES (?, ?, ?)");
            for (const Block &b : blocks) {
                st.bind(1, b.first).bind(2, QString::fromStdString(formats[b.format])).bindBlob(3, b.data).run();
                st.reset();
            }
            return true;
        });
    } catch (const Error &) {
        return false; // busy or read-only: the cache is an optimisation, the loads are not
    }
}

BlockScan::BlockScan(Database &db, std::vector<std::string> formats, qint64 keepBytes)
    : m_db(db), m_formats(std::move(formats)), m_keepBytes(keepBytes),
      m_keep(!db.isReadOnly() && !db.inTransaction()),
      m_duringPass(m_keep && !db.isInMemory() && db.journalMode() == QLatin1String("wal"))
{
}

void BlockScan::readPart(Database &connection, qint64 lo, qint64 hi, int part, const ReadBlock &readBlock)
{
    // The generation, the cached blocks and the rows in one snapshot.
    connection.snapshot([&] { readSnapshot(connection, lo, hi, m_parts[part], readBlock); });
}

void BlockScan::readSnapshot(Database &connection, qint64 lo, qint64 hi, Part &state, const ReadBlock &readBlock)
{
    state.generation = generation(connection);
    Statement ends(connection, "SELECT (SELECT min(id) FROM customers), (SELECT max(id) FROM customers)");
    ends.step();
    const qint64 first = ends.integer(0), last = ends.integer(1);
    // The cached blobs of the wanted formats in block order, stepped along with the blocks of the
    // range (the unique index on first_id and format serves the query).
    std::string sql = "SELECT first_id, format, data FROM column_cache WHERE first_id BETWEEN ? AND ? AND format IN (";
    for (size_t f = 0; f < m_formats.size(); ++f)
        sql += f ? ", ?" : "?";
    Statement cached(connection, sql + ") ORDER BY first_id");
    cached.bind(1, blockOf(lo)).bind(2, blockOf(hi));
    for (size_t f = 0; f < m_formats.size(); ++f)
        cached.bind(int(f) + 3, QString::fromStdString(m_formats[f]));
    auto formatIndex = [&] {
        const QByteArray name = cached.blobView(1);
        for (size_t f = 0; f < m_formats.size(); ++f) {
            if (std::string_view(name.constData(), size_t(name.size())) == m_formats[f])
                return f;
        }
        return m_formats.size();
    };
    bool more = cached.step();
    std::vector<QByteArray> blobs(m_formats.size());
    for (qint64 b = blockOf(lo); b <= hi; b += kBlockSize) {
        const qint64 end = b + kBlockSize - 1;
        // Every customer of the block is in this range (none exist outside first..last): only
        // such a block can come from the cache or go into it.
        const bool whole = (b >= lo || lo <= first) && (end <= hi || hi >= last);
        for (QByteArray &blob : blobs)
            blob.clear();
        for (; more && cached.integer(0) <= b; more = cached.step()) {
            const size_t f = formatIndex();
            if (whole && cached.integer(0) == b && f < blobs.size()) {
                const QByteArray view = cached.blobView(2); // valid until the next step: copied
                blobs[f] = QByteArray(view.constData(), view.size());
            }
        }
        std::vector<QByteArray> made = readBlock(std::max(b, lo), std::min(end, hi), blobs, whole && m_keep);
        for (size_t f = 0; f < made.size() && f < m_formats.size(); ++f) {
            if (!made[f].isEmpty()) {
                state.bytes += made[f].size();
                state.fresh.push_back({b, f, std::move(made[f])});
            }
        }
        if (state.bytes >= m_keepBytes)
            keep(state, false);
    }
}

void BlockScan::keep(Part &part, bool finishing)
{
    if (part.fresh.empty())
        return;
    const std::lock_guard<std::mutex> lock(m_writing);
    if (m_keep && !finishing && !m_writer) {
        if (!m_duringPass)
            return; // kept for finish()
        try {
            m_writer = Database::open(m_db.path(), Database::Mode::ReadWrite);
            m_writer->exec("PRAGMA synchronous = NORMAL"); // as the workspace's connection (WAL)
            // Never keep a loader waiting long for another writer: the cache can wait.
            sqlite3_busy_timeout(m_writer->handle(), 200);
        } catch (const Error &) {
            m_writer.reset();
            m_duringPass = false; // everything waits for finish()
            return;
        }
    }
    // Each part's blocks are checked against the generation its own snapshot read. Once a write
    // is refused (the customers changed, another writer is busy) the pass writes no more: later
    // ones would be refused as well, or keep the loader waiting.
    if (m_keep && !write(finishing ? m_db : *m_writer, m_formats, part.generation, part.fresh))
        m_keep = false;
    part.fresh.clear();
    part.bytes = 0;
}

void BlockScan::finish()
{
    keep(m_parts[0], true);
    keep(m_parts[1], true);
    const std::lock_guard<std::mutex> lock(m_writing);
    m_writer.reset();
}

BlockScan::~BlockScan() = default;

void invalidateAll(Database &db)
{
    db.exec("DELETE FROM column_cache");
    db.exec("UPDATE column_cache_state SET generation = generation + 1");
}

} // namespace portrait::ColumnCache
