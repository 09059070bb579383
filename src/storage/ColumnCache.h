// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QByteArray>
#include <QtGlobal>
#include <string>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace portrait {

class Database;

// A cache of customer columns in the workspace (schema 6): one blob per block of 65,536 customer
// ids and per format ("kind:details": what the blob holds, written by its reader; a new format of
// a kind replaces the older one's blocks). Reading a block's blob is
// several times faster than decoding its rows. Never stale: triggers on customers drop the block
// of every row that changes and advance the generation; a block read from rows is only written
// when the generation is still the one the rows were read at (the same read transaction).
// Storage-internal; PortraitCustomerReader and ClassificationRepository use it.
namespace ColumnCache {

inline constexpr int kBlockBits = 16;
inline constexpr qint64 kBlockSize = qint64(1) << kBlockBits;
inline qint64 blockOf(qint64 id) { return (id >> kBlockBits) << kBlockBits; }

// The generation of the customers table (read in the caller's read transaction).
qint64 generation(Database &db);

// A blob for the cache: the block's first id, the index of its format in the caller's list.
struct Block
{
    qint64 first;
    size_t format;
    QByteArray data;
};

// Stores blocks read at `generation`, in one transaction, unless the customers changed since
// (then nothing is written) or the workspace cannot be written now (read-only, busy, inside a
// transaction). Never throws; returns whether the blocks were written.
bool write(Database &db, const std::vector<std::string> &formats, qint64 generation,
           const std::vector<Block> &blocks);

// One loader's pass over the customers block by block, in the id ranges RangeScan::inHalves
// gives it (align them with kBlockSize), asking for one blob per format and block: each comes
// from the cache when the cache holds it for a whole block, otherwise the loader reads the rows.
// Blobs made from the rows are kept in the cache when the workspace can be written and the
// customers did not change since the part that read them began (each write checks). In a WAL
// workspace they are written a few MB at a time during the pass, through a connection of the
// scan's own, so that they are not all held in memory (with a rollback journal a commit would
// wait for the pass's own readers); the rest, or all, by finish() through `db`. (Every blob of a
// block is current whenever it is present: the triggers drop them all when one of its customers
// changes.)
class BlockScan
{
public:
    // readBlock(lo, hi, cached, keep) reads the customers lo ≤ id ≤ hi (one block, or the part
    // of it in this range). cached[f] is the stored blob of format f, or empty; the loader
    // reads from the rows whatever it cannot take from them. When `keep` is set it returns, per
    // format, the blob made from the rows for the cache (empty where it has none).
    using ReadBlock = std::function<std::vector<QByteArray>(qint64 lo, qint64 hi,
                                                            const std::vector<QByteArray> &cached, bool keep)>;

    // keepBytes: how much a part holds before writing it during the pass (tests make it small).
    BlockScan(Database &db, std::vector<std::string> formats, qint64 keepBytes = 4 << 20);
    // Called for part 0 and part 1 (at once, each on its connection) from RangeScan's read.
    void readPart(Database &connection, qint64 lo, qint64 hi, int part, const ReadBlock &readBlock);
    // After both parts: keeps the blocks read from the rows not kept yet.
    void finish();
    ~BlockScan();

private:
    struct Part
    {
        qint64 generation = -1;
        std::vector<Block> fresh;
        qint64 bytes = 0;
    };
    void readSnapshot(Database &connection, qint64 lo, qint64 hi, Part &state, const ReadBlock &readBlock);
    // Writes a part's fresh blocks and frees them: during the pass through the scan's own
    // connection (in a WAL workspace only; otherwise they wait), when finishing through m_db.
    void keep(Part &part, bool finishing);

    Database &m_db;
    std::vector<std::string> m_formats;
    qint64 m_keepBytes;
    std::atomic<bool> m_keep;
    bool m_duringPass;                  // blocks may be written while the parts still read
    std::unique_ptr<Database> m_writer; // opened on the first write during the pass
    std::mutex m_writing;               // the parts' threads take turns with it and m_writer
    Part m_parts[2];
};

// For a bulk writer that dropped the triggers (ImportWriter): the whole cache is dropped and the
// generation advanced, inside the caller's transaction.
void invalidateAll(Database &db);

} // namespace ColumnCache
} // namespace portrait
