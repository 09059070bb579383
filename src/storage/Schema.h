// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

namespace portrait {

class Database;

// The workspace schema and its ordered migrations. The version lives in PRAGMA user_version and
// the file is marked with PRAGMA application_id, so a foreign SQLite file is recognised as such.
// migrate() takes a backup copy of an existing workspace first, then applies every step from the
// file's version to the current one in one transaction.
namespace Schema {

inline constexpr int currentVersion = 7;
inline constexpr int applicationId = 0x50574231; // "PWB1"

// Checks the file: a workspace (or an empty new file) of this or an older version.
// Throws portrait::Error otherwise.
void check(Database &db);

// Brings the file to currentVersion. Returns the version it had before.
int migrate(Database &db);

} // namespace Schema
} // namespace portrait
