// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QString>

namespace portrait {

struct CommandContext;
struct Config;
class Workspace;

// What the portrait, report and snapshot commands share before they build a portrait.
namespace PortraitSource {

// The department's type ("business", "functional", "collective"), empty for an unknown code.
QString departmentType(const Config &config, const QString &code);
// Portraits need classification results: a workspace without any is classified first (said on
// stderr).
void ensureClassified(const CommandContext &c, Workspace &workspace);

} // namespace PortraitSource
} // namespace portrait
