// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "workshop/Workshop.h"

class QUndoCommand;

namespace portrait {

class Workspace;

// The notes a workshop collects on the day, each added as one undo step (an InsertRowCommand:
// undo deletes the row, redo brings it back with the same id): a free-text new kind of customer
// proposed in a participant's turn, and a pain-point note with its segment and need. `author`
// is the participant's id (0: nobody in particular). The commands are returned for the caller to
// run through Workspace::execute.
namespace WorkshopNoteCommands {

QUndoCommand *addProposal(Workspace *workspace, qint64 session, qint64 author,
                          const WorkshopProposal &proposal);
QUndoCommand *addPainPoint(Workspace *workspace, qint64 session, qint64 author,
                           const WorkshopPainPoint &note);
// Deletes a pain-point note with its votes; undo puts both back.
QUndoCommand *removePainPoint(Workspace *workspace, qint64 painPoint, const QString &text);

} // namespace WorkshopNoteCommands
} // namespace portrait
