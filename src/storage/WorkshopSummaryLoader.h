// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "portrait/PortraitData.h"

#include <optional>

namespace portrait {

class Database;

// Reads what the report's section 六 shows from the workshop tables (schema v3): the latest
// adopted session of a department, its participants, adopted and rejected nodes with the
// position assignments, and the pain points by votes. Nothing when the workspace has no such
// tables or no adopted session. Agreement figures are left to the workshop module.
namespace WorkshopSummaryLoader {
std::optional<WorkshopSummary> load(Database &db, const QString &department);
}

} // namespace portrait
