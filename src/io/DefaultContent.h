// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "core/Config.h"

#include <QList>
#include <QVariantMap>

namespace portrait {

class Workspace;

// The default content shipped in data/ (compiled into the program as resources): the
// configuration of domain.md and the internal customers. Every new workspace is seeded from it.
namespace DefaultContent {

Config config();
// Creates a workspace at `path` and fills it with the default content, in one transaction.
// Throws portrait::Error (an existing file is refused, never overwritten).
std::unique_ptr<Workspace> createWorkspace(const QString &path);
// Fills an empty workspace with the default content.
void seed(Workspace &workspace);

} // namespace DefaultContent
} // namespace portrait
