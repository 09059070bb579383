// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "portrait/PortraitData.h"

#include <functional>

namespace portrait {

// The required attributes of domain.md §9.6 for a customer, as a mask over
// PortraitData::trackedAttributes(): every customer needs customer_no, name and entity_kind;
// E1 customers their supply data, E1.3 also their industrial data, E2/E3 nodes their asset data,
// roles E3.3/E3.4 their emission data, internal and collective customers their project status.
namespace RequiredAttributes {

// The attributes an outcome requires, in two parts: what the category requires (the same for
// every outcome with that category, so callers compute it once per category; `isUnder(category,
// node)` answers taxonomy descent) and what the roles add.
quint64 categoryMask(const QString &category,
                     const std::function<bool(const QString &, const QString &)> &isUnder);
quint64 roleMask(const QStringList &roles);
// Filled required attributes ÷ required attributes.
inline double completeness(quint64 filled, quint64 required)
{
    const int n = qPopulationCount(required);
    return n == 0 ? 1.0 : double(qPopulationCount(filled & required)) / n;
}

} // namespace RequiredAttributes
} // namespace portrait
