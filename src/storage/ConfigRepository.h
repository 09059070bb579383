// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "core/Config.h"

namespace portrait {

class Database;

// Loads the whole configuration of a workspace as plain values, and replaces it wholesale (config
// import, seeding). replace() runs in one transaction: either all of the new configuration is
// stored or nothing changes.
namespace ConfigRepository {

Config load(Database &db);
void replace(Database &db, const Config &config);

// What stored customers use that `config` no longer defines: custom attribute keys, labels and
// enumeration values. Each entry names the customer count and the missing code.
QStringList danglingReferences(Database &db, const Config &config);

// The positions' assignments (岗位级定位) stored now that `config` does not carry, one line each
// naming department, position, node, role and evidence: what an import of `config` will remove.
QStringList droppedAssignments(Database &db, const Config &config);

} // namespace ConfigRepository
} // namespace portrait
