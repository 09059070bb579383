// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QUndoCommand>

namespace portrait {

class Workspace;

// Puts a participant's dots on one pain-point note (dot voting, domain.md §10.1) as one undo
// step. The repository refuses more dots than the session allows per participant, so a vote
// over the limit fails in redo() and Workspace::execute drops it.
class SetWorkshopDotsCommand : public QUndoCommand
{
public:
    SetWorkshopDotsCommand(Workspace *workspace, qint64 participant, qint64 painPoint, int dots,
                           const QString &text);
    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
    qint64 m_participant, m_painPoint;
    int m_new, m_old = 0;
};

// Changes a session's number of votes per participant; a limit below the dots someone has
// already placed is refused.
class SetWorkshopVoteLimitCommand : public QUndoCommand
{
public:
    SetWorkshopVoteLimitCommand(Workspace *workspace, qint64 session, int votes,
                                const QString &text);
    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
    qint64 m_session;
    int m_new, m_old = 0;
};

} // namespace portrait
