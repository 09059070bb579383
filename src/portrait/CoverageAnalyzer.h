// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "portrait/Portrait.h"
#include "portrait/ScopeResolver.h"

namespace portrait {

// Needs per segment (p_s,j), service coverage, lifecycle presence and the resource-match score
// of domain.md §9.2–§9.5, from the per-outcome counts of each segment. Only the department's own
// services are scored; partner services are listed beside them.
class CoverageAnalyzer
{
public:
    // Thresholds of §9.2 (editable proposals).
    static constexpr double kGapShare = 0.2, kGapMatch = 0.5;

    CoverageAnalyzer(const PortraitData &data, const Department &department, const ScopeResolver &scope);

    // Fills needs, goals, stages, services, match and gaps of every segment; `counts[s]` are the
    // customers of segment s per stored outcome.
    void analyze(Portrait &portrait, const std::vector<std::vector<qint64>> &counts) const;

    // Customers reached per matrix column (distinct): in a segment the service targets and having
    // a need it answers. `scopeCounts` are in-scope customers per outcome (not collective).
    void reach(Portrait &portrait, const std::vector<std::vector<qint64>> &counts,
               const std::vector<qint64> &scopeCounts) const;

    // The needs a customer with outcome `profile` has in segment `segment`, with their sources.
    QList<ClassificationProfile::Need> needsOf(const SegmentDef &segment, int profile) const;
    // Whether the service targets the node (one of its targets is the node or above it).
    bool targets(const Service &service, const QString &node) const;

private:
    struct Need
    {
        const portrait::Need *need;
        QHash<int, qint64> countBySegment;
    };
    static double priorityFactor(int priority);
    void segmentNeeds(Segment &s, int index, const std::vector<qint64> &counts) const;
    void segmentStages(Segment &s, const std::vector<qint64> &counts) const;
    void segmentServices(Segment &s) const;
    void matrix(Portrait &portrait) const;
    void score(Portrait &portrait) const;

    const PortraitData &m_data;
    const Department &m_department;
    const ScopeResolver &m_scope;
    QList<const Service *> m_own, m_partners;
    QHash<QString, const portrait::Need *> m_needs;
};

} // namespace portrait
