// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "core/Config.h"

#include <QUndoCommand>

namespace portrait {

class Workspace;

// Replaces the whole configuration (config import) in one transaction; undo puts the previous
// configuration back. The caller validates the new configuration first.
class ReplaceConfigCommand : public QUndoCommand
{
public:
    ReplaceConfigCommand(Workspace *workspace, Config config, const QString &text);
    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
    Config m_old, m_new;
};

} // namespace portrait
