// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "storage/SnapshotRepository.h"

#include <QUndoCommand>

namespace portrait {

class Workspace;

// The undo steps of portrait snapshots (快照): freeze a portrait, delete a snapshot, rename one.
// Each writes in one transaction and announces the table portrait_snapshots; a deleted snapshot
// comes back under its id.
class AddSnapshotCommand : public QUndoCommand
{
public:
    AddSnapshotCommand(Workspace *workspace, PortraitSnapshot snapshot);
    void redo() override;
    void undo() override;
    qint64 snapshotId() const { return m_snapshot.id; }

private:
    Workspace *m_workspace;
    PortraitSnapshot m_snapshot;
};

class RemoveSnapshotCommand : public QUndoCommand
{
public:
    // Reads the snapshot first (throws portrait::Error when there is none).
    RemoveSnapshotCommand(Workspace *workspace, qint64 id);
    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
    PortraitSnapshot m_snapshot;
};

class RenameSnapshotCommand : public QUndoCommand
{
public:
    RenameSnapshotCommand(Workspace *workspace, qint64 id, const QString &title);
    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
    qint64 m_id;
    QString m_title, m_old;
};

} // namespace portrait
