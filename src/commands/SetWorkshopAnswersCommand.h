// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "workshop/Workshop.h"

#include <QUndoCommand>

namespace portrait {

class Workspace;

// Records one participant's answers in one round (a turn at the facilitator's machine) as one
// undo step; the first answers of a prepared session mark it running. Undo puts back the
// previous answers and status.
class SetWorkshopAnswersCommand : public QUndoCommand
{
public:
    SetWorkshopAnswersCommand(Workspace *workspace, qint64 participant, WorkshopRound round,
                              QMap<QString, int> answers, const QString &text);
    void redo() override;
    void undo() override;

private:
    void notify();

    Workspace *m_workspace;
    qint64 m_participant;
    WorkshopRound m_round;
    QMap<QString, int> m_new, m_old;
    bool m_started = false;
};

} // namespace portrait
