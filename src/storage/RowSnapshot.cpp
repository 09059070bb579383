// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "storage/RowSnapshot.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QHash>
#include <QSet>

namespace portrait {

namespace {

struct ForeignKey
{
    QString childTable, childColumn, parentColumn;
};

// Every foreign key in the schema, by the parent table it points at.
QMultiHash<QString, ForeignKey> foreignKeysByParent(Database &db)
{
    QMultiHash<QString, ForeignKey> result;
    Statement tables(db, "SELECT name FROM sqlite_schema WHERE type = 'table'");
    while (tables.step()) {
        const QString child = tables.text(0);
        Statement fks(db, "SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?)");
        fks.bind(1, child);
        while (fks.step())
            result.insert(fks.text(0), {child, fks.text(1), fks.text(2)});
    }
    return result;
}

} // namespace

RowSnapshot RowSnapshot::capture(Database &db, const QString &table, const QString &column,
                                 const QVariant &value)
{
    RowSnapshot snapshot;
    const auto keys = foreignKeysByParent(db);
    QSet<QString> seen; // "table/rowid"

    struct Pending
    {
        QString table, column;
        QVariant value;
    };
    QList<Pending> queue{{table, column, value}};
    QHash<QString, int> partIndex;
    while (!queue.isEmpty()) {
        const Pending p = queue.takeFirst();
        Statement st(db, "SELECT rowid, * FROM " + Sql::quoted(p.table) + " WHERE " + Sql::quoted(p.column) +
                             " = ?");
        st.bind(1, p.value);
        QList<QVariantList> fresh;
        QStringList columns;
        while (st.step()) {
            if (columns.isEmpty()) {
                for (int c = 0; c < st.columnCount(); ++c)
                    columns << (c == 0 ? QStringLiteral("rowid") : st.columnName(c));
            }
            QVariantList row;
            for (int c = 0; c < st.columnCount(); ++c)
                row << st.value(c);
            if (!seen.contains(p.table + QLatin1Char('/') + row[0].toString())) {
                seen.insert(p.table + QLatin1Char('/') + row[0].toString());
                fresh << row;
            }
        }
        if (fresh.isEmpty())
            continue;
        auto it = partIndex.find(p.table);
        if (it == partIndex.end()) {
            it = partIndex.insert(p.table, int(snapshot.m_parts.size()));
            snapshot.m_parts.append({p.table, columns, {}});
        }
        // A later part may hold the parent of an earlier one only for self-references, which
        // restore() handles by inserting rows of one table in capture (breadth-first) order.
        snapshot.m_parts[*it].rows += fresh;
        for (auto fk = keys.constFind(p.table); fk != keys.cend() && fk.key() == p.table; ++fk) {
            const int parentColumn = int(columns.indexOf(fk->parentColumn));
            if (parentColumn < 0)
                continue;
            for (const QVariantList &row : fresh)
                queue.append({fk->childTable, fk->childColumn, row[parentColumn]});
        }
    }
    return snapshot;
}

void RowSnapshot::restore(Database &db) const
{
    db.transaction([&] {
        // Parts may come in any order (a service before the position that owns it): check the
        // foreign keys once, at commit, when every row is back.
        db.exec("PRAGMA defer_foreign_keys = ON");
        for (const Part &part : m_parts) {
            // Rows that a delete set to NULL still exist: update them in place. An upsert, not
            // INSERT OR REPLACE, whose implicit delete would fire the cascades again.
            std::string sql = "INSERT INTO " + Sql::quoted(part.table) + " (";
            std::string marks, updates;
            for (int c = 0; c < part.columns.size(); ++c) {
                const std::string name = Sql::quoted(part.columns[c]);
                sql += (c ? "," : "") + name;
                marks += c ? ",?" : "?";
                if (c > 0)
                    updates += (c > 1 ? "," : "") + name + "=excluded." + name;
            }
            sql += ") VALUES (" + marks + ") ON CONFLICT DO UPDATE SET " + updates;
            Statement st(db, sql);
            for (const QVariantList &row : part.rows) {
                for (int c = 0; c < row.size(); ++c)
                    st.bind(c + 1, row[c]);
                st.run();
                st.reset();
            }
        }
    });
}

QStringList RowSnapshot::tables() const
{
    QStringList result;
    for (const Part &part : m_parts)
        result << part.table;
    return result;
}

int RowSnapshot::rowCount(const QString &table) const
{
    for (const Part &part : m_parts) {
        if (part.table == table)
            return int(part.rows.size());
    }
    return 0;
}

} // namespace portrait
