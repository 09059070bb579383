// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QList>
#include <QStringList>
#include <QVariant>

namespace portrait {

class Database;

// The rows a delete is about to remove, together with every row that the schema's foreign keys
// would delete or change along with them (recursively: a taxonomy subtree, a service's links…).
// Undo commands capture one before deleting and restore it on undo, so any delete is exactly
// reversible without the command knowing the schema.
class RowSnapshot
{
public:
    // Captures the rows of `table` where `column` = `value`, and their dependants.
    static RowSnapshot capture(Database &db, const QString &table, const QString &column,
                               const QVariant &value);
    // Puts every captured row back (parents first); rows still present are updated in place.
    void restore(Database &db) const;

    bool isEmpty() const { return m_parts.isEmpty(); }
    // The tables with captured rows, for change notifications.
    QStringList tables() const;
    int rowCount(const QString &table) const;

private:
    struct Part
    {
        QString table;
        QStringList columns; // first is "rowid"
        QList<QVariantList> rows;
    };
    QList<Part> m_parts;
};

} // namespace portrait
