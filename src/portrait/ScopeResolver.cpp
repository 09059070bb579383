// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "portrait/ScopeResolver.h"

#include "portrait/StringViewMap.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::ScopeResolver)
};

// The external market of a collective enterprise when its scope names only C1/C2 (domain.md §6).
const QStringList kDefaultMarket{QStringLiteral("E1.2.2"), QStringLiteral("E1.3"), QStringLiteral("E2.1"),
                                 QStringLiteral("E2.3"), QStringLiteral("E3.1")};
const QString kInternal = QStringLiteral("I");
const QString kCollectiveRoot = QStringLiteral("C");

Evidence evidenceOf(const QString &text)
{
    return text == QLatin1String("workshop") ? Evidence::Workshop : Evidence::Manual;
}

} // namespace

ScopeResolver::ScopeResolver(const PortraitData &data, const Department &department) : m_data(data)
{
    for (const TaxonomyNode &n : data.config.taxonomy) {
        m_nodes.insert(n.code, &n);
        if (!n.parent.isEmpty())
            m_children[n.parent] << n.code;
    }
    m_collective = department.type == QLatin1String("collective");
    if (m_collective) {
        resolveCollective(department);
        return;
    }
    for (const ScopeEntry &e : department.scope)
        add(e.node, e.priority,
            evidenceOf(data.scopeEvidence.value(department.code + QLatin1Char('|') + e.node)));
    // Thousands of outcomes share a few dozen categories and role sets: resolve each category
    // once, look roles up by node, and keep each distinct segment list once.
    StringViewMap<int> byCategory;  // category → list
    StringViewMap<int> roleSegment; // node → segment
    std::map<std::vector<int>, int> lists;
    auto intern = [&](std::vector<int> segs) {
        const auto [it, added] = lists.try_emplace(segs, int(m_lists.size()));
        if (added)
            m_lists.push_back(std::move(segs));
        return it->second;
    };
    for (int s = 0; s < m_segments.size(); ++s) {
        if (m_segments[s].alsoRole)
            roleSegment.emplace(m_segments[s].node, s);
    }
    m_listOfProfile.resize(size_t(data.profiles.size()));
    for (int p = 0; p < data.profiles.size(); ++p) {
        const ClassificationProfile &profile = data.profiles[p];
        auto it = byCategory.find(profile.category);
        if (it == byCategory.end()) {
            std::vector<int> segs;
            for (int s = 0; s < m_segments.size(); ++s) {
                if (m_segments[s].categories.contains(profile.category))
                    segs.push_back(s);
            }
            it = byCategory.emplace(profile.category, intern(std::move(segs))).first;
        }
        int list = it->second;
        if (!roleSegment.empty() && !profile.roles.isEmpty()) {
            std::vector<int> segs = m_lists[size_t(list)];
            for (const QString &role : profile.roles) {
                const auto r = roleSegment.find(role);
                if (r != roleSegment.end() && std::find(segs.begin(), segs.end(), r->second) == segs.end())
                    segs.push_back(r->second);
            }
            if (segs.size() != m_lists[size_t(list)].size()) {
                std::sort(segs.begin(), segs.end());
                list = intern(std::move(segs));
            }
        }
        m_listOfProfile[size_t(p)] = list;
    }
}

void ScopeResolver::add(const QString &node, int priority, Evidence evidence)
{
    const TaxonomyNode *n = m_nodes.value(node);
    if (!n) {
        m_notes << Tr::tr("范围中的节点 %1 不在分类体系中，已忽略").arg(node);
        return;
    }
    if (node == QLatin1String("X"))
        return;
    expand(node, priority, evidence);
}

void ScopeResolver::expand(const QString &node, int priority, Evidence evidence)
{
    const TaxonomyNode *n = m_nodes.value(node);
    const QString &kind = n->kind;
    SegmentDef def{node, SegmentDef::Kind::Primary, priority, evidence, {}, false};
    if (kind == QLatin1String("group") || kind == QLatin1String("group_fallback")) {
        if (kind == QLatin1String("group_fallback")) {
            def.kind = SegmentDef::Kind::Fallback;
            def.categories = {node};
            addSegment(def);
        }
        for (const QString &child : m_children.value(node)) {
            const QString &ck = m_nodes.value(child)->kind;
            if (ck != QLatin1String("role"))
                expand(child, priority, evidence);
        }
        return;
    }
    if (kind == QLatin1String("role")) {
        def.kind = SegmentDef::Kind::Role;
        def.alsoRole = true;
    } else {
        def.categories = primaryBelow(node);
        def.alsoRole = kind == QLatin1String("primary_role");
    }
    addSegment(def);
}

void ScopeResolver::addSegment(SegmentDef def)
{
    for (SegmentDef &existing : m_segments) {
        if (existing.node == def.node) { // listed twice: keep the more important priority
            existing.priority = std::min(existing.priority, def.priority);
            return;
        }
    }
    m_segments << def;
}

QSet<QString> ScopeResolver::primaryBelow(const QString &node) const
{
    QSet<QString> codes{node};
    for (const QString &child : m_children.value(node)) {
        if (m_nodes.value(child)->kind != QLatin1String("role"))
            codes.unite(primaryBelow(child));
    }
    return codes;
}

bool ScopeResolver::isUnder(const QString &node, const QString &target) const
{
    for (QString n = node; !n.isEmpty();) {
        if (n == target)
            return true;
        const TaxonomyNode *t = m_nodes.value(n);
        n = t ? t->parent : QString();
    }
    return false;
}

void ScopeResolver::resolveCollective(const Department &department)
{
    QSet<QString> market;
    for (const ScopeEntry &e : department.scope) {
        const Evidence ev = evidenceOf(m_data.scopeEvidence.value(department.code + QLatin1Char('|') + e.node));
        if (isUnder(e.node, kCollectiveRoot)) {
            if (e.node == kCollectiveRoot) {
                for (const QString &c : m_children.value(e.node))
                    addSegment({c, SegmentDef::Kind::Collective, e.priority, ev, {c}, false});
            } else {
                addSegment({e.node, SegmentDef::Kind::Collective, e.priority, ev, {e.node}, false});
            }
        } else if (m_nodes.contains(e.node)) {
            market.unite(primaryBelow(e.node));
        }
    }
    if (market.isEmpty()) {
        for (const QString &n : kDefaultMarket)
            market.unite(primaryBelow(n));
        m_notes << Tr::tr("范围只列出 C1/C2，参照类别按默认外部市场：%1").arg(kDefaultMarket.join(Tr::tr("、")));
    }
    market.unite(primaryBelow(kInternal));
    m_profileInMarket.resize(size_t(m_data.profiles.size()));
    for (int p = 0; p < m_data.profiles.size(); ++p)
        m_profileInMarket[size_t(p)] = market.contains(m_data.profiles[p].category) ? 1 : 0;
    const auto found = m_data.segmentations.constFind(department.type);
    m_segmentation = found != m_data.segmentations.cend() ? &found.value() : nullptr;
    if (!m_segmentation) {
        m_notes << Tr::tr("没有适用于该部门类型的分群规则（P01/P02），客户群为空");
        return;
    }
    for (int r = 0; r < m_segmentation->rules.size(); ++r) {
        int seg = -1;
        for (int s = 0; s < m_segments.size(); ++s) {
            if (m_segments[s].node == m_segmentation->rules[r].category)
                seg = s;
        }
        m_ruleSegment.push_back(seg);
    }
    // The rules before the catch-all (P01) pick grid units wherever their reference category is.
    m_gridRule = int(m_segmentation->rules.size()) - 2;
}

int ScopeResolver::collectiveSegment(size_t row) const
{
    if (!m_segmentation || row >= m_segmentation->ruleOfRow.size())
        return -1;
    const int profile = m_data.profile[row];
    const int rule = m_segmentation->ruleOfRow[row];
    if (profile < 0 || rule < 0)
        return -1;
    const bool grid = m_gridRule >= 0 && rule <= m_gridRule;
    if (!grid && !m_profileInMarket[size_t(profile)])
        return -1;
    return m_ruleSegment[size_t(rule)];
}

} // namespace portrait
