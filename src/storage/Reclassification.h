// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QDate>

namespace portrait {

class Workspace;

// Keeps classification results current after work that changes customers or rules outside the
// window (an import or a configuration import on the command line): classifies every customer
// with the workspace's rules and stores what changed. The window does the same in the background.
namespace Reclassification {

// The workspace's data date, or today when none is set (then `today` is true).
QDate dataDate(Workspace &workspace, bool *today = nullptr);
// Returns the number of customers classified. Throws portrait::Error.
qint64 run(Workspace &workspace);

} // namespace Reclassification
} // namespace portrait
