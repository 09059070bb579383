// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "workshop/Workshop.h"

#include <QUndoCommand>

namespace portrait {

class Workspace;

// Adds a workshop session read from a file (or prepared in the panel), with the positions its
// participants name that the department lacks, as one undo step. Undo deletes the session and
// those positions; redo brings the session back under the same id.
class ImportWorkshopCommand : public QUndoCommand
{
public:
    ImportWorkshopCommand(Workspace *workspace, WorkshopSession session, const QString &text);
    void redo() override;
    void undo() override;

    qint64 sessionId() const { return m_session.id; }

private:
    void notify();

    Workspace *m_workspace;
    WorkshopSession m_session;
    QList<qint64> m_createdPositions;
};

} // namespace portrait
