// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "commands/SetWorkshopAnswersCommand.h"

#include "core/Workspace.h"
#include "storage/Database.h"
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
    WorkshopRepository repository(m_workspace->db());
    m_workspace->db().transaction([&] {
        m_old = repository.setAnswers(m_participant, m_round, m_new);
        // The first answers entered start a prepared session.
        const qint64 session = repository.sessionOf(m_participant);
        m_started = repository.status(session) == QLatin1String("prepared");
        if (m_started)
            repository.setStatus(session, QStringLiteral("running"));
    });
    notify();
}

void SetWorkshopAnswersCommand::undo()
{
    WorkshopRepository repository(m_workspace->db());
    m_workspace->db().transaction([&] {
        repository.setAnswers(m_participant, m_round, m_old);
        if (m_started)
            repository.setStatus(repository.sessionOf(m_participant), QStringLiteral("prepared"));
    });
    notify();
}

void SetWorkshopAnswersCommand::notify()
{
    m_workspace->notifyChanged(QStringLiteral("workshop_answers"));
    if (m_started)
        m_workspace->notifyChanged(QStringLiteral("workshop_sessions"));
}

} // namespace portrait
