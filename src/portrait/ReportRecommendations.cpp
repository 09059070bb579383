// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "portrait/ReportDataBuilder.h"

#include "core/Language.h"
#include "portrait/ReportNumbers.h"

#include <QCoreApplication>

namespace portrait::ReportRecommendations {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::ReportRecommendations)
};

// Which resource advantages back the services (any department's) that answer a need: the
// catalogue's own evidence of what an advantage can carry.
QStringList backers(const Config &config, const QString &need)
{
    QStringList list;
    for (const Service &s : config.services) {
        if (s.needs.contains(need)) {
            for (const QString &r : s.resources) {
                if (!list.contains(r))
                    list << r;
            }
        }
    }
    return list;
}

} // namespace

QStringList actions(const Portrait &p, const Config &config)
{
    QStringList out;
    QHash<QString, double> use;
    QHash<QString, QString> names;
    for (const ResourceUse &r : p.resources) {
        use.insert(r.code, r.utilisation);
        names.insert(r.code, r.name);
    }
    // 1. Needs without a (good enough) service, by demand.
    int shown = 0;
    for (const CoverageRow &row : p.rows) {
        if (!row.gap || shown >= 6)
            continue;
        ++shown;
        QStringList segs;
        qint64 affected = 0;
        for (const Segment &s : p.segments) {
            for (const NeedIncidence &n : s.needs) {
                if (n.code == row.need && n.gap) {
                    segs << s.name;
                    affected += n.count;
                }
            }
        }
        // The least-used advantage among those that back such offerings; any advantage otherwise.
        QStringList candidates = backers(config, row.need);
        if (candidates.isEmpty())
            candidates = use.keys();
        std::sort(candidates.begin(), candidates.end());
        QString pick;
        for (const QString &c : std::as_const(candidates)) {
            if (pick.isEmpty() || use.value(c) < use.value(pick))
                pick = c;
        }
        QString partner;
        for (const Service &s : config.services) {
            if (s.department != p.department && s.needs.contains(row.need) && partner.isEmpty())
                partner = QStringLiteral("%1 %2").arg(s.code, localized(s.nameZh, s.nameEn));
        }
        QString text = Tr::tr("【新服务】%1 %2：影响 %3（%4）。建议设计一项面向该客户群的服务，依托利用度仅 %5 的%6（%7）。")
                           .arg(row.need, ReportNumbers::headline(row.name), ReportNumbers::customers(double(affected)),
                                segs.join(Tr::tr("、")), ReportNumbers::percent(use.value(pick), 0), names.value(pick, pick), pick);
        if (!partner.isEmpty())
            text += Tr::tr("可先与协作部门的 %1 联合提供。").arg(partner);
        out << text;
    }
    // 2. Stages with customers and no presence.
    QHash<QString, QString> stageNames, companion;
    for (const Stage &st : config.stages) {
        stageNames.insert(st.code, localized(st.nameZh, st.nameEn));
        companion.insert(st.code, localized(st.companionshipZh, st.companionshipEn));
    }
    shown = 0;
    for (const Segment &s : p.segments) {
        for (const StageCell &c : s.stages) {
            if (!c.gap || shown >= 6)
                continue;
            ++shown;
            out << Tr::tr("【陪伴】%1在%2阶段有 %3，本部门没有服务：%4。")
                       .arg(s.name, stageNames.value(c.stage), ReportNumbers::customers(double(c.count)), companion.value(c.stage));
        }
    }
    // 3. Idle advantages and services that reach no one.
    for (const CoverageColumn &c : p.columns) {
        if (c.retire)
            out << Tr::tr("【调整】%1 %2 未触达任何范围内客户，建议调整目标客户群或退出。").arg(c.service, c.name);
    }
    for (const Segment &s : p.segments) {
        if (s.count > 0 && s.completeness < 0.8)
            out << Tr::tr("【数据】%1的数据完整度为 %2，建议补齐必填属性后再复核画像。").arg(s.name, ReportNumbers::percent(s.completeness, 0));
    }
    return out;
}

} // namespace portrait::ReportRecommendations
