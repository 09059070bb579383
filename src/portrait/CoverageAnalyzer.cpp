// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "portrait/CoverageAnalyzer.h"

#include "core/Language.h"
#include "portrait/StringViewMap.h"

#include <QCoreApplication>
#include <algorithm>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::CoverageAnalyzer)
};

const QString kTaxonomy = QStringLiteral("taxonomy");

} // namespace

CoverageAnalyzer::CoverageAnalyzer(const PortraitData &data, const Department &department,
                                   const ScopeResolver &scope)
    : m_data(data), m_department(department), m_scope(scope)
{
    for (const Service &s : data.config.services)
        (s.department == department.code ? m_own : m_partners) << &s;
    for (const portrait::Need &n : data.config.needs)
        m_needs.insert(n.code, &n);
}

double CoverageAnalyzer::priorityFactor(int priority)
{
    return priority <= 1 ? 1.0 : priority == 2 ? 0.7 : 0.4;
}

bool CoverageAnalyzer::targets(const Service &service, const QString &node) const
{
    for (const QString &t : service.targets) {
        if (m_scope.isUnder(node, t))
            return true;
    }
    return false;
}

QList<ClassificationProfile::Need> CoverageAnalyzer::needsOf(const SegmentDef &segment, int profile) const
{
    if (segment.kind != SegmentDef::Kind::Collective)
        return m_data.profiles[profile].needs;
    // §8.7: C1 and C2 inherit their node's core needs; C2 keeps those of its reference category.
    QList<ClassificationProfile::Need> needs;
    if (segment.node != QLatin1String("C1"))
        needs = m_data.profiles[profile].needs;
    for (const TaxonomyNode &n : m_data.config.taxonomy) {
        if (n.code != segment.node)
            continue;
        for (const QString &code : n.coreNeeds) {
            if (std::none_of(needs.begin(), needs.end(), [&](const auto &x) { return x.code == code; }))
                needs.append({code, {kTaxonomy}});
        }
    }
    return needs;
}

void CoverageAnalyzer::analyze(Portrait &portrait, const std::vector<std::vector<qint64>> &counts) const
{
    for (int i = 0; i < portrait.segments.size(); ++i) {
        Segment &s = portrait.segments[i];
        segmentStages(s, counts[size_t(i)]);
        segmentNeeds(s, i, counts[size_t(i)]);
        segmentServices(s);
    }
    matrix(portrait);
    score(portrait);
}

void CoverageAnalyzer::segmentStages(Segment &s, const std::vector<qint64> &counts) const
{
    StringViewMap<qint64> byStage;
    for (size_t p = 0; p < counts.size(); ++p) {
        if (counts[p])
            byStage[m_data.profiles[int(p)].stage] += counts[p];
    }
    auto stageCount = [&](const QString &code) {
        const auto it = byStage.find(code);
        return it == byStage.end() ? qint64(0) : it->second;
    };
    QStringList codes;
    for (const Stage &st : m_data.config.stages)
        codes << st.code;
    codes << QString(); // 未知
    for (const QString &code : codes) {
        StageCell cell{code, stageCount(code), s.count ? double(stageCount(code)) / double(s.count) : 0, {}, false};
        for (const Service *k : m_own) {
            if (!code.isEmpty() && k->stages.contains(code) && targets(*k, s.node))
                cell.services << k->code;
        }
        cell.gap = !code.isEmpty() && cell.count > 0 && cell.services.isEmpty();
        if (cell.gap)
            s.gapStages << code;
        s.stages << cell;
    }
}

void CoverageAnalyzer::segmentNeeds(Segment &s, int index, const std::vector<qint64> &counts) const
{
    const SegmentDef &def = m_scope.segments()[index];
    // Keyed by views of need codes whose text is shared with the loaded outcomes and the
    // taxonomy, which outlive the map; sorted below, so the map's order does not matter.
    StringViewMap<NeedIncidence> byNeed;
    const bool own = def.kind != SegmentDef::Kind::Collective;
    for (size_t p = 0; p < counts.size(); ++p) {
        if (!counts[p])
            continue;
        const QList<ClassificationProfile::Need> derived = own ? QList<ClassificationProfile::Need>() : needsOf(def, int(p));
        for (const ClassificationProfile::Need &n : own ? m_data.profiles[int(p)].needs : derived) {
            NeedIncidence &ni = byNeed[n.code];
            ni.code = n.code;
            ni.count += counts[p];
            for (const QString &src : n.sources) {
                if (!ni.sources.contains(src))
                    ni.sources << src;
            }
        }
    }
    qint64 unknownStage = s.stages.isEmpty() ? 0 : s.stages.last().count;
    for (const auto &entry : byNeed) {
        NeedIncidence ni = entry.second;
        const portrait::Need *need = m_needs.value(ni.code);
        ni.name = need ? localized(need->nameZh, need->nameEn) : ni.code;
        ni.share = s.count ? double(ni.count) / double(s.count) : 0;
        for (const Service *k : m_own) {
            if (!k->needs.contains(ni.code) || !targets(*k, s.node))
                continue;
            qint64 matched = unknownStage;
            for (const StageCell &c : s.stages) {
                if (!c.stage.isEmpty() && k->stages.contains(c.stage))
                    matched += c.count;
            }
            const double beta = k->resources.isEmpty() ? 0.5 : 1.0;
            const double m = beta * (s.count ? double(matched) / double(s.count) : 0);
            if (m > ni.match || ni.bestService.isEmpty()) {
                if (m > ni.match || ni.bestService.isEmpty())
                    ni.bestService = k->code;
                ni.match = std::max(ni.match, m);
            }
        }
        ni.gap = ni.share >= kGapShare && ni.match < kGapMatch;
        s.needs << ni;
    }
    std::sort(s.needs.begin(), s.needs.end(), [](const NeedIncidence &a, const NeedIncidence &b) {
        return a.count != b.count ? a.count > b.count : a.code < b.code;
    });
    double weighted = 0, total = 0;
    for (const NeedIncidence &ni : std::as_const(s.needs)) {
        weighted += double(ni.count) * ni.match;
        total += double(ni.count);
        if (ni.gap)
            s.gapNeeds << ni.code;
    }
    s.match = total > 0 ? weighted / total : 0;
    // Value-goal mix: Σ_j p_s,j·[g ∈ goals(j)], normalised.
    double sum = 0;
    for (const ValueGoal &g : m_data.config.valueGoals) {
        double v = 0;
        for (const NeedIncidence &ni : std::as_const(s.needs)) {
            if (const portrait::Need *n = m_needs.value(ni.code); n && n->goals.contains(g.code))
                v += ni.share;
        }
        s.goals << ValueShare{g.code, localized(g.nameZh, g.nameEn), 0, v};
        sum += v;
    }
    for (ValueShare &g : s.goals)
        g.share = sum > 0 ? g.share / sum : 0;
}

void CoverageAnalyzer::segmentServices(Segment &s) const
{
    auto answered = [&](const Service &k) {
        QStringList needs;
        for (const NeedIncidence &ni : std::as_const(s.needs)) {
            if (k.needs.contains(ni.code))
                needs << ni.code;
        }
        return needs;
    };
    for (const QList<const Service *> *list : {&m_own, &m_partners}) {
        for (const Service *k : *list) {
            const QStringList needs = answered(*k);
            if (needs.isEmpty() || !targets(*k, s.node))
                continue;
            s.services << CoveringService{k->code, localized(k->nameZh, k->nameEn), k->department,
                                          list == &m_partners, !k->resources.isEmpty(), needs};
        }
    }
}

} // namespace portrait
