// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "storage/ColumnCache.h"

#include "core/Error.h"
#include "storage/Database.h"

namespace portrait::ColumnCache {

qint64 generation(Database &db)
{
    Statement st(db, "SELECT generation FROM column_cache_state WHERE id = 1");
    return st.step() ? st.integer(0) : -1;
}

std::unordered_map<qint64, QByteArray> read(Database &db, const std::string &format, qint64 lo, qint64 hi)
{
    std::unordered_map<qint64, QByteArray> blocks;
    Statement st(db, "SELECT first_id, data FROM column_cache WHERE first_id BETWEEN ? AND ? AND format = ?");
    st.bind(1, lo);
    st.bind(2, hi);
    st.bind(3, QString::fromStdString(format));
    while (st.step())
        blocks.emplace(st.integer(0), st.blob(1));
    return blocks;
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
            Statement st(db, "INSERT OR REPLACE INTO column_cache (first_id, format, data) VALUES (?, ?, ?)");
            const QString f = QString::fromStdString(format);
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

void invalidateAll(Database &db)
{
    db.exec("DELETE FROM column_cache");
    db.exec("UPDATE column_cache_state SET generation = generation + 1");
}

} // namespace portrait::ColumnCache
