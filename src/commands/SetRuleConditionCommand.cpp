// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "commands/SetRuleConditionCommand.h"

#include "core/Workspace.h"
#include "storage/Database.h"

namespace portrait {

SetRuleConditionCommand::SetRuleConditionCommand(Workspace *workspace, QString ruleId,
                                                 QString json, QString mergeKey,
                                                 const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_workspace(workspace), m_ruleId(std::move(ruleId)),
      m_new(std::move(json)), m_mergeKey(std::move(mergeKey))
{
    m_old = read(workspace, m_ruleId);
}

QString SetRuleConditionCommand::read(Workspace *workspace, const QString &ruleId)
{
    Statement st(workspace->db(), "SELECT when_json FROM rules WHERE id = ?");
    st.bind(1, ruleId);
    return st.step() ? st.text(0) : QString();
}

void SetRuleConditionCommand::write(const QString &json)
{
    Database &db = m_workspace->db();
    db.transaction([&] {
        Statement st(db, "UPDATE rules SET when_json = ? WHERE id = ?");
        st.bindAll(json, m_ruleId).run();
    });
    m_workspace->notifyChanged(QStringLiteral("rules"));
}

void SetRuleConditionCommand::redo()
{
    write(m_new);
}

void SetRuleConditionCommand::undo()
{
    write(m_old);
}

bool SetRuleConditionCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetRuleConditionCommand *>(other);
    if (o->m_ruleId != m_ruleId || m_mergeKey.isEmpty() || o->m_mergeKey != m_mergeKey)
        return false;
    m_new = o->m_new;
    setObsolete(m_new == m_old);
    return true;
}

} // namespace portrait
