// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "engine/RuleCatalog.h"

#include "core/Language.h"

#include <QCoreApplication>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::RuleCatalog)
};

constexpr std::pair<RuleGroup, const char *> kGroups[] = {
    {RuleGroup::Primary, "primary"}, {RuleGroup::Role, "role"},     {RuleGroup::Tag, "tag"},
    {RuleGroup::Need, "need"},       {RuleGroup::Credit, "credit"}, {RuleGroup::Dr, "dr"},
    {RuleGroup::Stage, "stage"},
};

} // namespace

RuleCatalog::RuleCatalog(const QList<Rule> &rules, const QList<TaxonomyNode> &taxonomy,
                         const QList<Stage> &stages, const QList<Need> &needs)
    : m_stages(stages)
{
    for (const Need &n : needs) {
        m_needByCode.insert(n.code, int(m_needCodes.size()));
        m_needCodes << n.code;
        m_needNamesZh << n.nameZh;
        m_needNamesEn << n.nameEn;
    }
    auto needIndexOrAdd = [this](const QString &code) {
        if (!m_needByCode.contains(code)) {
            m_needByCode.insert(code, int(m_needCodes.size()));
            m_needCodes << code;
            m_needNamesZh << code;
            m_needNamesEn << code;
        }
        return m_needByCode.value(code);
    };
    for (const TaxonomyNode &t : taxonomy) {
        CatalogNode node{t.code, t.parent, t.kind, t.nameZh, t.nameEn, {}};
        for (const QString &need : t.coreNeeds)
            node.needs.push_back(needIndexOrAdd(need));
        m_nodeByCode.insert(t.code, int(m_nodes.size()));
        m_nodes.push_back(std::move(node));
    }
    for (const Rule &r : rules) {
        CatalogRule c;
        c.id = r.id;
        c.nameZh = r.nameZh;
        c.nameEn = r.nameEn;
        c.whenJson = r.whenJson;
        c.outcome = r.outcome.value_or(QString());
        c.group = groupFromName(r.group);
        c.enabled = r.enabled;
        c.deptTypes = r.deptTypes;
        c.value = c.outcome;
        switch (c.group) {
        case RuleGroup::Primary:
        case RuleGroup::Role:
            c.node = nodeIndex(c.outcome);
            if (c.node < 0)
                m_problems << Tr::tr("规则 %1：结果 %2 不是已知的分类").arg(c.id, c.outcome);
            break;
        case RuleGroup::Need:
            c.need = needIndex(c.outcome);
            if (c.need < 0)
                m_problems << Tr::tr("规则 %1：结果 %2 不是已知的需求").arg(c.id, c.outcome);
            break;
        case RuleGroup::Stage:
            c.value = c.outcome.isEmpty() ? QString() : stageCode(c.outcome);
            if (!c.outcome.isEmpty() && c.value.isEmpty())
                m_problems << Tr::tr("规则 %1：结果 %2 不是已知的生命周期阶段").arg(c.id, c.outcome);
            break;
        case RuleGroup::Unknown:
            m_problems << Tr::tr("规则 %1：未知的规则组").arg(c.id);
            break;
        default:
            break;
        }
        m_rules.push_back(std::move(c));
    }
}

QString RuleCatalog::needName(int need) const
{
    return localized(m_needNamesZh.value(need), m_needNamesEn.value(need));
}

QString RuleCatalog::nodeName(const QString &code) const
{
    const int i = nodeIndex(code);
    return i < 0 ? code : localized(m_nodes[size_t(i)].nameZh, m_nodes[size_t(i)].nameEn);
}

QString RuleCatalog::stageName(const QString &code) const
{
    for (const Stage &s : m_stages) {
        if (s.code == code)
            return localized(s.nameZh, s.nameEn);
    }
    return code;
}

QString RuleCatalog::stageCode(const QString &text) const
{
    const QString t = text.trimmed();
    for (const Stage &s : m_stages) {
        if (s.code == t || s.nameZh == t || s.nameEn.compare(t, Qt::CaseInsensitive) == 0 ||
            s.aliases.contains(t))
            return s.code;
    }
    // 改造 is another name for 转型 wherever users type a stage name (domain.md §4).
    if (t == QStringLiteral("改造"))
        return stageCode(QStringLiteral("转型"));
    return {};
}

const std::vector<int> &RuleCatalog::inheritedNeeds(int node, bool asPrimary) const
{
    if (node < 0)
        return m_noNeeds;
    const CatalogNode &n = m_nodes[size_t(node)];
    if (!asPrimary && n.kind.startsWith(QLatin1String("group")))
        return m_noNeeds;
    return n.needs;
}

RuleGroup RuleCatalog::groupFromName(const QString &name)
{
    for (const auto &[group, text] : kGroups) {
        if (name == QLatin1String(text))
            return group;
    }
    return RuleGroup::Unknown;
}

QString RuleCatalog::groupName(RuleGroup group)
{
    for (const auto &[g, text] : kGroups) {
        if (g == group)
            return QLatin1String(text);
    }
    return {};
}

} // namespace portrait
