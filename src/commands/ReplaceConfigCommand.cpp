// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "commands/ReplaceConfigCommand.h"

#include "core/Workspace.h"
#include "storage/ConfigRepository.h"

namespace portrait {

ReplaceConfigCommand::ReplaceConfigCommand(Workspace *workspace, Config config,
                                           const QString &text)
    : QUndoCommand(text), m_workspace(workspace), m_old(ConfigRepository::load(workspace->db())),
      m_new(std::move(config))
{
}

void ReplaceConfigCommand::redo()
{
    ConfigRepository::replace(m_workspace->db(), m_new);
    m_workspace->notifyReloaded();
}

void ReplaceConfigCommand::undo()
{
    ConfigRepository::replace(m_workspace->db(), m_old);
    m_workspace->notifyReloaded();
}

} // namespace portrait
