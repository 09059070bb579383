// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "core/Config.h"

#include <QHash>
#include <vector>

namespace portrait {

enum class RuleGroup { Primary, Role, Tag, Need, Credit, Dr, Stage, Unknown };

// One rule with its outcome resolved: a taxonomy node for primary and role rules, a need for
// need rules, a stage code for stage rules (empty: the customer leaves the lifecycle, LC0).
struct CatalogRule
{
    QString id, nameZh, nameEn, outcome, whenJson;
    RuleGroup group = RuleGroup::Unknown;
    QString value;     // resolved outcome (node code, need code, stage code, grade, tag name)
    int node = -1;     // taxonomy node (primary, role)
    int need = -1;     // need (need rules)
    bool enabled = true;
    QStringList deptTypes;
    // Enabled and not department-specific: part of the company-wide run (§8.7).
    bool companyWide() const { return enabled && deptTypes.isEmpty(); }
    // Credit, dr and need rules skip internal customers (§8.2).
    bool skipsInternal() const
    {
        return group == RuleGroup::Credit || group == RuleGroup::Dr || group == RuleGroup::Need;
    }
};

struct CatalogNode
{
    QString code, parent, kind, nameZh, nameEn;
    std::vector<int> needs; // core needs, as need indexes
};

// The plain metadata the engine, its results and explanations share: rules in order with
// resolved outcomes, taxonomy nodes with their core needs, needs and stages. No customers.
class RuleCatalog
{
public:
    RuleCatalog(const QList<Rule> &rules, const QList<TaxonomyNode> &taxonomy,
                const QList<Stage> &stages, const QList<Need> &needs);

    const std::vector<CatalogRule> &rules() const { return m_rules; }
    const std::vector<CatalogNode> &nodes() const { return m_nodes; }
    int nodeIndex(const QString &code) const { return m_nodeByCode.value(code, -1); }
    int needIndex(const QString &code) const { return m_needByCode.value(code, -1); }
    const QStringList &needCodes() const { return m_needCodes; }
    QString needName(int need) const;
    QString nodeName(const QString &code) const;
    QString stageName(const QString &code) const;
    // A stage code from a code, a name or an alias ("改造" is 转型); empty when unknown.
    QString stageCode(const QString &text) const;
    // Outcomes that name nothing known, one message per rule.
    const QStringList &problems() const { return m_problems; }

    // Core needs a node passes on: a group node passes them on only as the primary category.
    const std::vector<int> &inheritedNeeds(int node, bool asPrimary) const;

    static RuleGroup groupFromName(const QString &name);
    static QString groupName(RuleGroup group);

private:
    std::vector<CatalogRule> m_rules;
    std::vector<CatalogNode> m_nodes;
    QHash<QString, int> m_nodeByCode, m_needByCode;
    QStringList m_needCodes, m_needNamesZh, m_needNamesEn;
    QList<Stage> m_stages;
    QStringList m_problems;
    std::vector<int> m_noNeeds;
};

} // namespace portrait
