// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "portrait/PortraitBuilder.h"

#include "core/Error.h"
#include "core/Language.h"
#include "portrait/CoverageAnalyzer.h"
#include "portrait/PortraitBuilderPass.h"
#include "portrait/RequiredAttributes.h"
#include "portrait/StringViewMap.h"

#include <QCoreApplication>
#include <cmath>
#include <queue>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::PortraitBuilder)
};

} // namespace

Portrait PortraitBuilder::build(const QString &code) const
{
    const Department *department = nullptr;
    for (const Department &d : m_data.config.departments) {
        if (d.code == code)
            department = &d;
    }
    if (!department)
        throw Error(Tr::tr("没有代码为 %1 的部门").arg(code));
    const ScopeResolver scope(m_data, *department);
    Pass pass(m_data, scope);
    // Other departments, to list the customers served by several (§ issue 5).
    for (const Department &d : m_data.config.departments) {
        if (d.code != code)
            pass.others.push_back(std::make_unique<ScopeResolver>(m_data, d));
    }
    pass.run();

    Portrait p;
    p.department = department->code;
    p.departmentName = localized(department->nameZh, department->nameEn);
    p.departmentType = department->type;
    p.dataDate = m_data.dataDate;
    p.classifiedAt = m_data.classifiedAt;
    p.companyCustomers = qint64(m_data.rowCount());
    p.classified = pass.classified;
    p.inScope = pass.inScope;
    p.outOfScope = pass.classified - pass.inScope;
    p.unclassified = pass.unclassified;
    p.inScopeKwh = pass.scopeKwh;
    p.companyKwh = pass.companyKwh;
    p.completeness = pass.inScope ? pass.completeness / double(pass.inScope) : 0;
    p.evaluability = pass.inScope ? 1.0 - double(pass.missing) / double(pass.inScope) : 0;
    p.classificationCoverage = pass.classified ? 1.0 - double(pass.unclassified) / double(pass.classified) : 0;
    const QStringList &tracked = PortraitData::trackedAttributes();
    QHash<QString, const Attribute *> attributes;
    for (const Attribute &a : m_data.config.attributes)
        attributes.insert(a.key, &a);
    for (int i = 0; i < tracked.size(); ++i) {
        const Attribute *a = attributes.value(tracked[i]);
        p.attributeCoverage << ValueShare{tracked[i], a ? localized(a->nameZh, a->nameEn) : tracked[i],
                                          pass.filled[size_t(i)],
                                          pass.inScope ? double(pass.filled[size_t(i)]) / double(pass.inScope) : 0};
    }
    p.notes = scope.notes();
    if (pass.notClassified > 0)
        p.notes << Tr::tr("%1 位客户尚未分类，未计入画像").arg(pass.notClassified);
    if (m_data.workshops.contains(code))
        p.workshop = m_data.workshops.value(code);

    finishSegments(p, scope, pass);
    const CoverageAnalyzer analyzer(m_data, *department, scope);
    std::vector<std::vector<qint64>> counts;
    for (const SegmentTally &t : pass.tallies)
        counts.push_back(t.profileCounts());
    analyzer.analyze(p, counts);
    analyzer.reach(p, counts, pass.scopeCounts);

    // Needs ranking over distinct in-scope customers.
    StringViewMap<qint64> ranking; // codes shared with the outcomes and the taxonomy
    const QList<SegmentDef> &defs = scope.segments();
    for (size_t prof = 0; prof < pass.scopeCounts.size(); ++prof) {
        if (!pass.scopeCounts[prof])
            continue;
        if (scope.isCollective()) {
            for (int s = 0; s < defs.size(); ++s) {
                if (const qint64 n = counts[size_t(s)][prof])
                    for (const auto &need : analyzer.needsOf(defs[s], int(prof)))
                        ranking[need.code] += n;
            }
        } else {
            for (const auto &need : m_data.profiles[int(prof)].needs)
                ranking[need.code] += pass.scopeCounts[prof];
        }
    }
    for (const CoverageRow &row : std::as_const(p.rows)) {
        const auto it = ranking.find(row.need);
        const qint64 n = it == ranking.end() ? 0 : it->second;
        p.needRanking << ValueShare{row.need, row.name, n, p.inScope ? double(n) / double(p.inScope) : 0};
    }
    std::stable_sort(p.needRanking.begin(), p.needRanking.end(),
                     [](const ValueShare &a, const ValueShare &b) { return a.count > b.count; });
    // Most important segment first: priority, then size.
    std::stable_sort(p.segments.begin(), p.segments.end(), [](const Segment &a, const Segment &b) {
        return a.priority != b.priority ? a.priority < b.priority : a.count > b.count;
    });
    finishLargest(p, scope, pass);
    return p;
}

} // namespace portrait
