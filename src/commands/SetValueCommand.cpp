// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "commands/SetValueCommand.h"

#include "storage/Sql.h"
#include "core/Workspace.h"
#include "storage/Database.h"

namespace portrait {

SetValueCommand::SetValueCommand(Workspace *workspace, QString table, QString keyColumn,
                                 QVariant key, QString column, QVariant value,
                                 const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_workspace(workspace), m_table(std::move(table)),
      m_keyColumn(std::move(keyColumn)), m_column(std::move(column)), m_key(std::move(key)),
      m_new(std::move(value))
{
    Statement st(workspace->db(), "SELECT " + Sql::quoted(m_column) + " FROM " +
                                      Sql::quoted(m_table) + " WHERE " +
                                      Sql::quoted(m_keyColumn) + " = ?");
    st.bind(1, m_key);
    if (st.step())
        m_old = st.value(0);
}

void SetValueCommand::write(const QVariant &value)
{
    Database &db = m_workspace->db();
    db.transaction([&] {
        Statement st(db, "UPDATE " + Sql::quoted(m_table) + " SET " + Sql::quoted(m_column) +
                             " = ? WHERE " + Sql::quoted(m_keyColumn) + " = ?");
        st.bind(1, value).bind(2, m_key).run();
    });
    m_workspace->notifyChanged(m_table);
}

void SetValueCommand::redo()
{
    write(m_new);
}

void SetValueCommand::undo()
{
    write(m_old);
}

bool SetValueCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetValueCommand *>(other);
    if (o->m_table != m_table || o->m_column != m_column || o->m_key != m_key ||
        o->m_keyColumn != m_keyColumn || childCount() || o->childCount())
        return false;
    m_new = o->m_new;
    setObsolete(m_new == m_old);
    return true;
}

} // namespace portrait
