// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "commands/SetWorkshopDotsCommand.h"

#include "core/Workspace.h"
#include "storage/WorkshopVotesRepository.h"

namespace portrait {

SetWorkshopDotsCommand::SetWorkshopDotsCommand(Workspace *workspace, qint64 participant,
                                               qint64 painPoint, int dots, const QString &text)
    : QUndoCommand(text), m_workspace(workspace), m_participant(participant),
      m_painPoint(painPoint), m_new(dots)
{
}

void SetWorkshopDotsCommand::redo()
{
    m_old = WorkshopVotesRepository(m_workspace->db()).setDots(m_participant, m_painPoint, m_new);
    m_workspace->notifyChanged(QStringLiteral("workshop_votes"));
}

void SetWorkshopDotsCommand::undo()
{
    WorkshopVotesRepository(m_workspace->db()).setDots(m_participant, m_painPoint, m_old);
    m_workspace->notifyChanged(QStringLiteral("workshop_votes"));
}

SetWorkshopVoteLimitCommand::SetWorkshopVoteLimitCommand(Workspace *workspace, qint64 session,
                                                         int votes, const QString &text)
    : QUndoCommand(text), m_workspace(workspace), m_session(session), m_new(votes)
{
}

void SetWorkshopVoteLimitCommand::redo()
{
    m_old = WorkshopVotesRepository(m_workspace->db()).setVotesPerParticipant(m_session, m_new);
    m_workspace->notifyChanged(QStringLiteral("workshop_sessions"));
}

void SetWorkshopVoteLimitCommand::undo()
{
    WorkshopVotesRepository(m_workspace->db()).setVotesPerParticipant(m_session, m_old);
    m_workspace->notifyChanged(QStringLiteral("workshop_sessions"));
}

} // namespace portrait
