// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "commands/AdoptWorkshopCommand.h"

#include "core/Workspace.h"

namespace portrait {

AdoptWorkshopCommand::AdoptWorkshopCommand(Workspace *workspace, WorkshopDecision decision,
                                           const QString &text)
    : QUndoCommand(text), m_workspace(workspace), m_decision(std::move(decision))
{
}

void AdoptWorkshopCommand::redo()
{
    m_record = AdoptionRepository(m_workspace->db()).apply(m_decision);
    notify();
}

void AdoptWorkshopCommand::undo()
{
    AdoptionRepository(m_workspace->db()).revert(m_record);
    notify();
}

void AdoptWorkshopCommand::notify()
{
    for (const char *table : {"taxonomy", "positions", "dept_scope", "position_nodes",
                              "workshop_sessions", "workshop_decisions"})
        m_workspace->notifyChanged(QString::fromLatin1(table));
}

} // namespace portrait
