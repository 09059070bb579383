// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "storage/Database.h"

#include <QtGlobal>
#include <functional>
#include <sqlite3.h>
#include <string_view>

namespace portrait {

// Fast whole-table reads for the loaders of the engine and the portraits (a million customers):
// the table is read in two id ranges at once, the second on its own read-only connection, and
// values are taken from SQLite with one call per value. Storage-internal.
namespace RangeScan {

// Calls read(db, lo, hi, part) for the customer ids lo ≤ id ≤ hi: once (part 0) for a small,
// in-memory or in-transaction workspace, otherwise twice at once, part 1 on a second read-only
// connection in a thread of its own (WAL lets both read). Returns the number of parts (1 or 2);
// part 0 always covers the lower ids. Rethrows the first failure. `expected` receives the
// number of customers. With `alignment` > 1 the upper part starts at a multiple of it (when the
// ids span more than one), so that blocks of ids of that size fall wholly into one part.
int inHalves(Database &db, const std::function<void(Database &, qint64, qint64, int)> &read,
             qint64 *expected = nullptr, qint64 alignment = 1);

// Calls read(db, 0) and read(second, 1) at once, the second on its own read-only connection in a
// thread; for an in-memory or in-transaction workspace one after the other on db. Rethrows the
// first failure.
void twoAtOnce(Database &db, const std::function<void(Database &, int)> &read);

// A prepared statement whose values are read in place, one SQLite call each, inlined: the
// loaders read tens of millions of them.
class Cursor : public Statement
{
public:
    using Statement::Statement;

    // The value of a column of the current row; valid until the next step.
    struct Value
    {
        sqlite3_value *v;
        int type;
        bool isNull() const { return type == SQLITE_NULL; }
        // Neither NULL nor the empty text (SQL: value IS NOT NULL AND value <> '').
        bool filled() const { return type != SQLITE_NULL && (type != SQLITE_TEXT || sqlite3_value_bytes(v) > 0); }
        double real() const { return sqlite3_value_double(v); }
        qint64 integer() const { return sqlite3_value_int64(v); }
        std::string_view text() const
        {
            const auto *p = reinterpret_cast<const char *>(sqlite3_value_text(v));
            return p ? std::string_view(p, size_t(sqlite3_value_bytes(v))) : std::string_view();
        }
    };
    Value value(int column) const
    {
        sqlite3_value *v = sqlite3_column_value(handle(), column);
        return {v, sqlite3_value_type(v)};
    }
    qint64 integer(int column) const { return sqlite3_column_int64(handle(), column); }
};

} // namespace RangeScan
} // namespace portrait
