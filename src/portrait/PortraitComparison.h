// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "portrait/Portrait.h"

#include <optional>

namespace portrait {

// One line of a side-by-side comparison of two portraits of a department: a key figure, a
// segment's size, a need's count, a coverage row's match. A value is absent where the item does
// not exist in that portrait (a segment added to the scope, a need no longer seen).
struct ComparisonRow
{
    enum class Section { Summary, Segments, Needs, Coverage };
    enum class Unit { Count, Percent };
    Section section = Section::Summary;
    Unit unit = Unit::Count;
    QString code, name;
    std::optional<double> before, after;
    QString beforeNote, afterNote; // share of scope, coverage marks, "缺口"
    bool beforeGap = false, afterGap = false;

    bool changed() const;
    double delta() const { return after.value_or(0) - before.value_or(0); }
};

// Compares two portraits (usually two snapshots, or a snapshot and the current portrait):
// summary figures, segment sizes, needs ranking and the service-coverage matrix, in the order
// of the later portrait with items only the earlier one has appended. Pure.
namespace PortraitComparison {
QList<ComparisonRow> compare(const Portrait &before, const Portrait &after);
QString sectionName(ComparisonRow::Section section);
// A share as the comparison shows it ("12.5%").
QString percent(double fraction);
} // namespace PortraitComparison

} // namespace portrait
