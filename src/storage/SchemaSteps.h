// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <span>

namespace portrait::SchemaSteps {

// One migration step: the SQL that takes a workspace to version `to` from the one before.
struct Step
{
    int to;
    const char *sql;
};

// Every step, in order of version (1 creates a workspace from nothing). Storage-internal.
std::span<const Step> all();

} // namespace portrait::SchemaSteps
