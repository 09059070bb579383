// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "portrait/PortraitDrillDown.h"

#include "core/Error.h"
#include "portrait/CoverageAnalyzer.h"
#include "portrait/ScopeResolver.h"

#include <QCoreApplication>
#include <algorithm>

namespace portrait {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::PortraitDrillDown)
};
} // namespace

std::vector<qint64> PortraitDrillDown::customers(const DrillDown &drill) const
{
    const Department *department = nullptr;
    for (const Department &d : m_data.config.departments) {
        if (d.code == drill.department)
            department = &d;
    }
    if (!department)
        throw Error(Tr::tr("没有代码为 %1 的部门").arg(drill.department));
    const ScopeResolver scope(m_data, *department);
    const CoverageAnalyzer analyzer(m_data, *department, scope);
    const Service *service = nullptr;
    for (const Service &s : m_data.config.services) {
        if (s.code == drill.service)
            service = &s;
    }
    const QList<SegmentDef> &defs = scope.segments();
    // Whether a segment can hold the figure's customers at all, then per outcome.
    std::vector<bool> segmentOk;
    for (const SegmentDef &def : defs) {
        bool ok = drill.segment.isEmpty() || def.node == drill.segment;
        if (ok && !drill.service.isEmpty())
            ok = service && analyzer.targets(*service, def.node);
        segmentOk.push_back(ok);
    }
    const size_t profiles = size_t(m_data.profiles.size());
    std::vector<qint8> memo(size_t(defs.size()) * profiles, -1); // segment × outcome: 0/1
    auto holds = [&](int s, qint32 p) {
        if (!segmentOk[size_t(s)])
            return false;
        qint8 &m = memo[size_t(s) * profiles + size_t(p)];
        if (m < 0) {
            bool ok = !drill.stage || m_data.profiles[p].stage == *drill.stage;
            if (ok && !drill.needs.isEmpty()) {
                const auto needs = analyzer.needsOf(defs[s], p);
                ok = std::any_of(needs.begin(), needs.end(),
                                 [&](const auto &n) { return drill.needs.contains(n.code); });
            }
            m = ok ? 1 : 0;
        }
        return m == 1;
    };
    std::vector<qint64> ids;
    for (size_t row = 0; row < m_data.rowCount(); ++row) {
        const qint32 p = m_data.profile[row];
        if (p < 0)
            continue;
        bool in = false;
        if (scope.isCollective()) {
            const int s = scope.collectiveSegment(row);
            in = s >= 0 && holds(s, p);
        } else {
            for (int s : scope.segmentsOfProfile(p)) {
                if ((in = holds(s, p)))
                    break;
            }
        }
        if (in)
            ids.push_back(m_data.ids[row]);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace portrait
