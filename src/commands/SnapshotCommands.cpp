// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "commands/SnapshotCommands.h"

#include "core/Workspace.h"

#include <QCoreApplication>

namespace portrait {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::SnapshotCommands)
};
const QString kTable = QStringLiteral("portrait_snapshots");
} // namespace

AddSnapshotCommand::AddSnapshotCommand(Workspace *workspace, PortraitSnapshot snapshot)
    : QUndoCommand(Tr::tr("保存画像快照“%1”").arg(snapshot.title)), m_workspace(workspace),
      m_snapshot(std::move(snapshot))
{
}

void AddSnapshotCommand::redo()
{
    m_snapshot.id = SnapshotRepository(m_workspace->db()).insert(m_snapshot);
    m_workspace->notifyChanged(kTable);
}

void AddSnapshotCommand::undo()
{
    SnapshotRepository(m_workspace->db()).remove(m_snapshot.id);
    m_workspace->notifyChanged(kTable);
}

RemoveSnapshotCommand::RemoveSnapshotCommand(Workspace *workspace, qint64 id)
    : m_workspace(workspace), m_snapshot(SnapshotRepository(workspace->db()).get(id))
{
    setText(Tr::tr("删除画像快照“%1”").arg(m_snapshot.title));
}

void RemoveSnapshotCommand::redo()
{
    SnapshotRepository(m_workspace->db()).remove(m_snapshot.id);
    m_workspace->notifyChanged(kTable);
}

void RemoveSnapshotCommand::undo()
{
    SnapshotRepository(m_workspace->db()).insert(m_snapshot);
    m_workspace->notifyChanged(kTable);
}

RenameSnapshotCommand::RenameSnapshotCommand(Workspace *workspace, qint64 id, const QString &title)
    : QUndoCommand(Tr::tr("重命名画像快照为“%1”").arg(title)), m_workspace(workspace), m_id(id),
      m_title(title)
{
}

void RenameSnapshotCommand::redo()
{
    m_old = SnapshotRepository(m_workspace->db()).rename(m_id, m_title);
    m_workspace->notifyChanged(kTable);
}

void RenameSnapshotCommand::undo()
{
    SnapshotRepository(m_workspace->db()).rename(m_id, m_old);
    m_workspace->notifyChanged(kTable);
}

} // namespace portrait
