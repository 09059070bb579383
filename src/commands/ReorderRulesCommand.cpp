// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "commands/ReorderRulesCommand.h"

#include "core/Workspace.h"
#include "storage/Database.h"

namespace portrait {

ReorderRulesCommand::ReorderRulesCommand(Workspace *workspace, QStringList orderedIds,
                                         const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_workspace(workspace), m_ids(std::move(orderedIds))
{
    Statement st(workspace->db(), "SELECT ord FROM rules WHERE id = ?");
    for (const QString &id : std::as_const(m_ids)) {
        st.reset();
        st.bind(1, id);
        if (st.step())
            m_old.insert(id, st.integer(0));
    }
}

QStringList ReorderRulesCommand::currentOrder(Workspace *workspace, const QString &group)
{
    Statement st(workspace->db(), "SELECT id FROM rules WHERE grp = ? ORDER BY ord, rowid");
    st.bind(1, group);
    QStringList ids;
    while (st.step())
        ids << st.text(0);
    return ids;
}

QStringList ReorderRulesCommand::moved(QStringList order, const QString &id, int to)
{
    order.removeAll(id);
    order.insert(qBound(0, to, int(order.size())), id);
    return order;
}

void ReorderRulesCommand::redo()
{
    Database &db = m_workspace->db();
    db.transaction([&] {
        Statement st(db, "UPDATE rules SET ord = ? WHERE id = ?");
        for (int i = 0; i < m_ids.size(); ++i) {
            st.reset();
            st.bindAll(qint64(i + 1) * 10, m_ids[i]).run();
        }
    });
    m_workspace->notifyChanged(QStringLiteral("rules"));
}

void ReorderRulesCommand::undo()
{
    Database &db = m_workspace->db();
    db.transaction([&] {
        Statement st(db, "UPDATE rules SET ord = ? WHERE id = ?");
        for (auto it = m_old.cbegin(); it != m_old.cend(); ++it) {
            st.reset();
            st.bindAll(it.value(), it.key()).run();
        }
    });
    m_workspace->notifyChanged(QStringLiteral("rules"));
}

} // namespace portrait
