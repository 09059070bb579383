// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "portrait/PortraitData.h"

#include <optional>
#include <vector>

namespace portrait {

// A figure of a department portrait, as the set of customers behind it: the department's scope,
// narrowed to one segment, to customers with one of some needs, to the segments a service targets,
// to one lifecycle stage. Every part is optional; all given parts must hold within one segment.
struct DrillDown
{
    QString department;
    QString segment;                 // node of a segment; empty: the whole scope
    QStringList needs;               // any of these needs (in that segment)
    QString service;                 // only segments the service targets
    std::optional<QString> stage;    // stage code; "" for 未知
    QString label;                   // what the figure is, for the filter chip
};

// Finds the customers behind a figure with the builder's own rules (ScopeResolver for segments,
// CoverageAnalyzer::needsOf for needs, the service's targets), so their number is the figure:
// a segment's size, a need's count in a card, a lifecycle cell, a coverage column's reach, the
// distinct customers of a needs-ranking bar. Pure, like PortraitBuilder.
class PortraitDrillDown
{
public:
    explicit PortraitDrillDown(const PortraitData &data) : m_data(data) {}

    // Customer ids in ascending order. Throws Error for an unknown department.
    std::vector<qint64> customers(const DrillDown &drill) const;

private:
    const PortraitData &m_data;
};

} // namespace portrait
