// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "portrait/PortraitData.h"

#include <QSet>
#include <vector>

namespace portrait {

// One segment of a department's scope after expansion (domain.md §9.1).
struct SegmentDef
{
    enum class Kind { Primary, Fallback, Role, Collective };
    QString node;
    Kind kind = Kind::Primary;
    int priority = 1;
    Evidence evidence = Evidence::Manual;
    QSet<QString> categories; // primary categories (node and its primary descendants)
    bool alsoRole = false;    // customers holding the node as a role belong too
};

// Turns a department's adopted list into segments and tells which segments a customer belongs
// to. Group nodes expand into their primary children (a group with a fallback rule, E1.2, also
// keeps a segment for customers assigned to it directly); primary-and-role nodes take both the
// customers of that category and those holding the role. For a collective enterprise (§8.7) the
// C nodes are the segments, decided per customer by the department type's own rules (P01/P02),
// over the customers of its reference categories: the non-C nodes of its scope, or the
// external-market categories of domain.md §6 when its scope lists only C nodes.
class ScopeResolver
{
public:
    ScopeResolver(const PortraitData &data, const Department &department);

    const QList<SegmentDef> &segments() const { return m_segments; }
    bool isCollective() const { return m_collective; }
    // Segments (indexes) of customers with this stored outcome; not for collective departments.
    const std::vector<int> &segmentsOfProfile(int profile) const
    {
        return m_lists[size_t(m_listOfProfile[size_t(profile)])];
    }
    // The segment of a row of a collective department, or -1.
    int collectiveSegment(size_t row) const;
    // Whether `node` equals `target` or lies below it.
    bool isUnder(const QString &node, const QString &target) const;
    const QStringList &notes() const { return m_notes; }

private:
    void add(const QString &node, int priority, Evidence evidence);
    void expand(const QString &node, int priority, Evidence evidence);
    void addSegment(SegmentDef def);
    QSet<QString> primaryBelow(const QString &node) const;
    void resolveCollective(const Department &department);

    const PortraitData &m_data;
    QHash<QString, const TaxonomyNode *> m_nodes;
    QHash<QString, QStringList> m_children;
    QList<SegmentDef> m_segments;
    std::vector<std::vector<int>> m_lists; // the distinct segment lists
    std::vector<int> m_listOfProfile;      // per outcome: index into m_lists
    bool m_collective = false;
    const TypeSegmentation *m_segmentation = nullptr;
    std::vector<int> m_ruleSegment;      // segmentation rule → segment, or -1
    std::vector<quint8> m_profileInMarket; // collective: reference category served
    int m_gridRule = -1;                 // the rule that assigns grid units (C1)
    QStringList m_notes;
};

} // namespace portrait
