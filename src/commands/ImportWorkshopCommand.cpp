// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "commands/ImportWorkshopCommand.h"

#include "core/Workspace.h"
#include "storage/WorkshopRepository.h"

namespace portrait {

ImportWorkshopCommand::ImportWorkshopCommand(Workspace *workspace, WorkshopSession session,
                                             const QString &text)
    : QUndoCommand(text), m_workspace(workspace), m_session(std::move(session))
{
}

void ImportWorkshopCommand::redo()
{
    m_createdPositions.clear();
    m_session.id = WorkshopRepository(m_workspace->db()).insert(m_session, &m_createdPositions);
    notify();
}

void ImportWorkshopCommand::undo()
{
    WorkshopRepository(m_workspace->db()).remove(m_session.id, m_createdPositions);
    notify();
}

void ImportWorkshopCommand::notify()
{
    m_workspace->notifyChanged(QStringLiteral("positions"));
    m_workspace->notifyChanged(QStringLiteral("workshop_sessions"));
}

} // namespace portrait
