// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "commands/RowCommands.h"

#include "core/Workspace.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace portrait {

void GroupCommand::redo()
{
    m_workspace->db().transaction([this] { QUndoCommand::redo(); });
}

void GroupCommand::undo()
{
    m_workspace->db().transaction([this] { QUndoCommand::undo(); });
}

InsertRowCommand::InsertRowCommand(Workspace *workspace, QString table, QVariantMap values,
                                   const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_workspace(workspace), m_table(std::move(table)),
      m_values(std::move(values))
{
}

void InsertRowCommand::redo()
{
    Database &db = m_workspace->db();
    QVariantMap values = m_values;
    if (m_rowId)
        values.insert(QStringLiteral("rowid"), m_rowId);
    std::string columns, marks;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        columns += (columns.empty() ? "" : ",") + Sql::quoted(it.key());
        marks += marks.empty() ? "?" : ",?";
    }
    db.transaction([&] {
        Statement st(db, "INSERT INTO " + Sql::quoted(m_table) + " (" + columns + ") VALUES (" +
                             marks + ")");
        int i = 0;
        for (const QVariant &v : std::as_const(values))
            st.bind(++i, v);
        st.run();
        m_rowId = db.lastInsertRowId();
    });
    m_workspace->notifyChanged(m_table);
}

void InsertRowCommand::undo()
{
    Database &db = m_workspace->db();
    db.transaction([&] {
        Statement st(db, "DELETE FROM " + Sql::quoted(m_table) + " WHERE rowid = ?");
        st.bind(1, m_rowId).run();
    });
    m_workspace->notifyChanged(m_table);
}

DeleteRowsCommand::DeleteRowsCommand(Workspace *workspace, QString table, QString column,
                                     QVariant value, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_workspace(workspace), m_table(std::move(table)),
      m_column(std::move(column)), m_value(std::move(value))
{
}

void DeleteRowsCommand::redo()
{
    Database &db = m_workspace->db();
    db.transaction([&] {
        m_snapshot = RowSnapshot::capture(db, m_table, m_column, m_value);
        Statement st(db, "DELETE FROM " + Sql::quoted(m_table) + " WHERE " +
                             Sql::quoted(m_column) + " = ?");
        st.bind(1, m_value).run();
    });
    for (const QString &table : m_snapshot.tables())
        m_workspace->notifyChanged(table);
}

void DeleteRowsCommand::undo()
{
    m_snapshot.restore(m_workspace->db());
    for (const QString &table : m_snapshot.tables())
        m_workspace->notifyChanged(table);
}

SetLinksCommand::SetLinksCommand(Workspace *workspace, QString table, QString ownerColumn,
                                 QVariant owner, QString valueColumn, QStringList values,
                                 const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_workspace(workspace), m_table(std::move(table)),
      m_ownerColumn(std::move(ownerColumn)), m_valueColumn(std::move(valueColumn)),
      m_owner(std::move(owner)), m_new(std::move(values))
{
    m_old = read(workspace, m_table, m_ownerColumn, m_owner, m_valueColumn);
}

QStringList SetLinksCommand::read(Workspace *workspace, const QString &table,
                                  const QString &ownerColumn, const QVariant &owner,
                                  const QString &valueColumn)
{
    Statement st(workspace->db(), "SELECT " + Sql::quoted(valueColumn) + " FROM " +
                                      Sql::quoted(table) + " WHERE " + Sql::quoted(ownerColumn) +
                                      " = ? ORDER BY ord, rowid");
    st.bind(1, owner);
    QStringList result;
    while (st.step())
        result << st.text(0);
    return result;
}

void SetLinksCommand::write(const QStringList &values)
{
    Database &db = m_workspace->db();
    db.transaction([&] {
        Statement del(db, "DELETE FROM " + Sql::quoted(m_table) + " WHERE " +
                              Sql::quoted(m_ownerColumn) + " = ?");
        del.bind(1, m_owner).run();
        Statement ins(db, "INSERT INTO " + Sql::quoted(m_table) + " (" +
                              Sql::quoted(m_ownerColumn) + "," + Sql::quoted(m_valueColumn) +
                              ",ord) VALUES (?,?,?)");
        for (int i = 0; i < values.size(); ++i) {
            ins.bindAll(m_owner, values[i], i).run();
            ins.reset();
        }
    });
    m_workspace->notifyChanged(m_table);
}

void SetLinksCommand::redo()
{
    write(m_new);
}

void SetLinksCommand::undo()
{
    write(m_old);
}

} // namespace portrait
