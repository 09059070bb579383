// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "portrait/Portrait.h"

#include <vector>

namespace portrait {

// The running totals of one segment while the builder passes over the customers once: counts
// per stored outcome (everything that depends on the outcome is derived from these), the values
// of the numeric attributes (for medians), enumeration and label counts, completeness.
class SegmentTally
{
public:
    explicit SegmentTally(const PortraitData &data);

    void add(size_t row, double completeness);
    // Room for the values of this many customers (avoids growing the columns while adding).
    void reserve(size_t rows);

    qint64 count() const { return m_count; }
    double kwh() const { return m_kwh; }
    const std::vector<qint64> &profileCounts() const { return m_profiles; }

    // Writes size, attribute statistics, labels and roles, credit and dr, completeness and
    // evaluability into the card (call once).
    void fill(Segment &segment, const QHash<QString, const Attribute *> &attributes);

    // For each q in 0..1, linear interpolation between the closest ranks of `values` (0 when
    // there are none).
    static std::vector<double> quantiles(const std::vector<float> &values, const std::vector<double> &qs);

private:
    const PortraitData &m_data;
    qint64 m_count = 0, m_missing = 0;
    double m_kwh = 0, m_completeness = 0;
    std::vector<qint64> m_profiles;
    std::array<std::vector<float>, PortraitData::NumberCount> m_values;
    std::array<std::vector<qint64>, PortraitData::EnumCount> m_enums;
    std::vector<qint64> m_labels;
};

} // namespace portrait
