// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "portrait/PortraitBuilder.h"
#include "portrait/ScopeResolver.h"
#include "portrait/SegmentTally.h"

#include <memory>

namespace portrait {

// The one pass of PortraitBuilder over the customers: segment tallies, scope totals, coverage
// of the tracked attributes, the largest customers and the overlap with other departments.
struct PortraitBuilder::Pass
{
    Pass(const PortraitData &data, const ScopeResolver &scope);
    void run();

    const PortraitData &data;
    const ScopeResolver &scope;
    std::vector<std::unique_ptr<ScopeResolver>> others;
    std::vector<SegmentTally> tallies;
    std::vector<qint64> scopeCounts; // in-scope customers per outcome
    std::vector<quint64> required;   // required-attribute mask per outcome
    std::vector<qint64> filled;      // per tracked attribute, in scope
    std::vector<qint64> shared;      // per other department
    std::vector<std::pair<float, size_t>> largest; // min-heap of (annual_kwh, row)
    qint64 classified = 0, unclassified = 0, notClassified = 0, inScope = 0, missing = 0;
    double scopeKwh = 0, companyKwh = 0, completeness = 0;

    // Whether other department `d` serves the customer in `row`.
    bool servedBy(size_t d, size_t row) const;
};

} // namespace portrait
