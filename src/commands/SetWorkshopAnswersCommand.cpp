// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "commands/SetWorkshopAnswersCommand.h"

#include "core/Workspace.h"
#include "storage/WorkshopRepository.h"

namespace portrait {

SetWorkshopAnswersCommand::SetWorkshopAnswersCommand(Workspace *workspace, qint64 participant,
                                                     WorkshopRound round,
                                                     QMap<QString, int> answers,
                                                     const QString &text)
    : QUndoCommand(text), m_workspace(workspace), m_participant(participant), m_round(round),
      m_new(std::move(answers))
{
}

void SetWorkshopAnswersCommand::redo()
{
    m_old = WorkshopRepository(m_workspace->db()).setAnswers(m_participant, m_round, m_new);
    m_workspace->notifyChanged(QStringLiteral("workshop_answers"));
}

void SetWorkshopAnswersCommand::undo()
{
    WorkshopRepository(m_workspace->db()).setAnswers(m_participant, m_round, m_old);
    m_workspace->notifyChanged(QStringLiteral("workshop_answers"));
}

} // namespace portrait
