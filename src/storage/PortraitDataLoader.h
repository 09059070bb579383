// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "portrait/Portrait.h"

namespace portrait {

class Database;

// Gathers what portraits are built from (PortraitData) out of a workspace: the configuration,
// the stored classification outcomes, the customer columns the cards need (read in two id
// ranges at once on two connections, with the outcomes of each range), scope evidence and
// position assignments, and the department-type segmentations (P01/P02) evaluated with the
// engine's compiled conditions. Reads only; values are bound.
namespace PortraitDataLoader {

// Whether the workspace holds classification results (classify first when not).
bool hasClassifications(Database &db);
// `segmentTypes`: department types whose own rules are evaluated (empty: every type that has
// rules and a department). A portrait of a collective enterprise needs "collective".
PortraitData load(Database &db, const QStringList &segmentTypes = {});
// Fills customer number and name of the portrait's largest customers.
void fillLargest(Database &db, Portrait &portrait);

} // namespace PortraitDataLoader
} // namespace portrait
