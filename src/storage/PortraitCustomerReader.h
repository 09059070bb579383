// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

namespace portrait {

class Database;
struct PortraitData;

// The customer columns the portraits read (tracked for completeness, numbers, enumerations,
// labels) and each customer's stored outcome, read in two id ranges at once on two connections
// (RangeScan) and joined in id order. Storage-internal; PortraitDataLoader assembles the rest.
namespace PortraitCustomerReader {
void load(Database &db, PortraitData &data);
} // namespace PortraitCustomerReader

} // namespace portrait
