// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// CoverageAnalyzer, second half: the service-coverage matrix (§9.3) and the resource-match
// score with its parts (§9.5).
#include "portrait/CoverageAnalyzer.h"

#include "core/Language.h"

#include <algorithm>

namespace portrait {

void CoverageAnalyzer::matrix(Portrait &portrait) const
{
    // Columns: the department's own services. Partner services that answer a row's need for
    // one of its segments are named in the row (shown, not scored), so the matrix stays legible.
    const QList<const Service *> &columns = m_own;
    QHash<QString, double> demand;
    QStringList order;
    for (const Segment &s : std::as_const(portrait.segments)) {
        for (const NeedIncidence &ni : s.needs) {
            if (!demand.contains(ni.code))
                order << ni.code;
            demand[ni.code] += double(ni.count);
        }
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](const QString &a, const QString &b) { return demand.value(a) > demand.value(b); });
    for (const QString &code : std::as_const(order)) {
        CoverageRow row{code, m_needs.value(code) ? localized(m_needs[code]->nameZh, m_needs[code]->nameEn) : code,
                        demand.value(code), 0, false, {}};
        double w = 0, wm = 0;
        QStringList having; // segments with the need
        for (const Segment &s : std::as_const(portrait.segments)) {
            for (const NeedIncidence &ni : s.needs) {
                if (ni.code != code || ni.count == 0)
                    continue;
                having << s.node;
                w += double(ni.count) * priorityFactor(s.priority);
                wm += double(ni.count) * priorityFactor(s.priority) * ni.match;
                row.gap = row.gap || ni.gap;
            }
        }
        row.match = w > 0 ? wm / w : 0;
        for (const Service *k : m_partners) {
            if (k->needs.contains(code) && std::any_of(having.begin(), having.end(),
                                                       [&](const QString &node) { return targets(*k, node); }))
                row.partners << k->code;
        }
        for (const Service *k : std::as_const(columns)) {
            const qsizetype hit = std::count_if(having.begin(), having.end(),
                                                [&](const QString &node) { return targets(*k, node); });
            QString cell;
            if (k->needs.contains(code) && hit > 0)
                cell = hit == having.size() && !k->resources.isEmpty() ? QStringLiteral("●") : QStringLiteral("◐");
            row.cells << cell;
        }
        portrait.rows << row;
    }
    for (const Service *k : std::as_const(columns)) {
        CoverageColumn col{k->code, localized(k->nameZh, k->nameEn), k->department,
                           k->department != m_department.code, 0, false};
        portrait.columns << col;
    }
}

void CoverageAnalyzer::reach(Portrait &portrait, const std::vector<std::vector<qint64>> &counts,
                             const std::vector<qint64> &scopeCounts) const
{
    // A column's service reaches the customers of the segments it targets whose needs it answers.
    // Which service targets which segment is decided once, not per outcome.
    const QList<SegmentDef> &defs = m_scope.segments();
    std::vector<const Service *> services;
    for (const CoverageColumn &col : std::as_const(portrait.columns)) {
        const Service *k = nullptr;
        for (const Service &s : m_data.config.services) {
            if (s.code == col.service)
                k = &s;
        }
        services.push_back(k);
    }
    std::vector<std::vector<char>> aims(services.size(), std::vector<char>(size_t(defs.size()), 0));
    for (size_t k = 0; k < services.size(); ++k) {
        for (int s = 0; s < defs.size(); ++s)
            aims[k][size_t(s)] = services[k] && targets(*services[k], defs[s].node) ? 1 : 0;
    }
    auto answers = [&](size_t k, const QList<ClassificationProfile::Need> &needs) {
        return std::any_of(needs.begin(), needs.end(), [&](const auto &n) { return services[k]->needs.contains(n.code); });
    };
    std::vector<qint64> reached(services.size(), 0);
    if (m_scope.isCollective()) {
        for (int s = 0; s < defs.size(); ++s) {
            for (size_t p = 0; p < counts[size_t(s)].size(); ++p) {
                if (!counts[size_t(s)][p])
                    continue;
                const QList<ClassificationProfile::Need> needs = needsOf(defs[s], int(p));
                for (size_t k = 0; k < services.size(); ++k) {
                    if (aims[k][size_t(s)] && answers(k, needs))
                        reached[k] += counts[size_t(s)][p];
                }
            }
        }
    } else { // outside collective enterprises a segment's needs are those of the outcome
        for (size_t p = 0; p < scopeCounts.size(); ++p) {
            if (!scopeCounts[p])
                continue;
            const std::vector<int> &segs = m_scope.segmentsOfProfile(int(p));
            for (size_t k = 0; k < services.size(); ++k) {
                if (std::any_of(segs.begin(), segs.end(), [&](int s) { return aims[k][size_t(s)] != 0; }) &&
                    answers(k, m_data.profiles[int(p)].needs))
                    reached[k] += scopeCounts[p];
            }
        }
    }
    for (size_t k = 0; k < services.size(); ++k) {
        CoverageColumn &col = portrait.columns[qsizetype(k)];
        col.reached = reached[k];
        col.retire = !col.partner && reached[k] == 0;
    }
}

void CoverageAnalyzer::score(Portrait &portrait) const
{
    double total = 0, matched = 0;
    QHash<QString, double> goalW, goalWm, resourceWm;
    QHash<QString, const Service *> byCode;
    for (const Service *k : m_own)
        byCode.insert(k->code, k);
    for (const Segment &s : std::as_const(portrait.segments)) {
        const double pi = priorityFactor(s.priority);
        for (const NeedIncidence &ni : s.needs) {
            const double w = double(ni.count) * pi;
            total += w;
            matched += w * ni.match;
            if (const portrait::Need *n = m_needs.value(ni.code)) {
                for (const QString &g : n->goals) {
                    goalW[g] += w;
                    goalWm[g] += w * ni.match;
                }
            }
            if (const Service *best = byCode.value(ni.bestService); best && ni.match > 0) {
                for (const QString &a : best->resources)
                    resourceWm[a] += w * ni.match;
            }
        }
    }
    portrait.resourceMatch = total > 0 ? matched / total : 0;
    for (const ValueGoal &g : m_data.config.valueGoals) {
        if (goalW.value(g.code) > 0)
            portrait.matchByGoal << ValueShare{g.code, localized(g.nameZh, g.nameEn), 0,
                                               goalWm.value(g.code) / goalW.value(g.code)};
    }
    for (const Resource &r : m_data.config.resources)
        portrait.resources << ResourceUse{r.code, localized(r.nameZh, r.nameEn),
                                          total > 0 ? resourceWm.value(r.code) / total : 0};
}

} // namespace portrait
