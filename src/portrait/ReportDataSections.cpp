// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// ReportDataBuilder, second half: the persona card and sections 三 to 六.
#include "portrait/ReportDataBuilder.h"

#include "core/Language.h"
#include "portrait/PortraitEvidence.h"
#include "portrait/ReportNumbers.h"

#include <QCoreApplication>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::ReportDataBuilder)
};

QString priorityName(int p)
{
    return p <= 1 ? Tr::tr("核心(1)") : p == 2 ? Tr::tr("重要(2)") : Tr::tr("一般(3)");
}

QString shares(const QList<ValueShare> &list, int max = 5)
{
    QStringList parts;
    for (const ValueShare &v : list.mid(0, max))
        parts << QStringLiteral("%1 %2").arg(v.name, ReportNumbers::percent(v.share, 0));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

ReportCard ReportDataBuilder::card(const Segment &s) const
{
    ReportCard c;
    c.title = QStringLiteral("%1 %2").arg(s.node, s.name);
    QString head = priorityName(s.priority);
    if (!s.leads.isEmpty())
        head += Tr::tr(" · 主责：%1").arg(s.leads.join(Tr::tr("、")));
    if (s.kind == QLatin1String("role"))
        head += Tr::tr(" · 角色客户群（与其他客户群重叠）");
    c.subtitle = head;
    c.badge = Tr::tr("证据：范围 %1 · 分类 规则 · 统计 数据").arg(PortraitEvidence::name(s.scopeEvidence));
    c.definition = s.definition;
    c.lines << qMakePair(Tr::tr("规模"), Tr::tr("%1（占范围 %2）· 年用电 %3（占 %4）· 完整度 %5")
                                               .arg(ReportNumbers::customers(double(s.count)), ReportNumbers::percent(s.shareOfScope),
                                                    ReportNumbers::kwh(s.kwh), ReportNumbers::percent(s.shareOfKwh),
                                                    ReportNumbers::percent(s.completeness, 0)));
    QStringList stats;
    for (const NumberStat &n : s.numbers)
        stats << Tr::tr("%1 中位 %2%3（P25 %4 – P75 %5，%6户）")
                     .arg(n.name, ReportNumbers::number(n.median), n.unit, ReportNumbers::number(n.p25),
                          ReportNumbers::number(n.p75), ReportNumbers::digits(double(n.count)));
    if (!stats.isEmpty())
        c.lines << qMakePair(Tr::tr("关键属性"), stats.join(Tr::tr("；")));
    QStringList enums;
    for (auto it = s.enums.cbegin(); it != s.enums.cend(); ++it)
        enums << Tr::tr("%1：%2").arg(it.key(), shares(it.value(), 3));
    if (!enums.isEmpty())
        c.lines << qMakePair(Tr::tr("属性分布"), enums.join(Tr::tr("；")));
    if (!s.credit.isEmpty() || !s.dr.isEmpty())
        c.lines << qMakePair(Tr::tr("信用与响应"), Tr::tr("信用等级 %1；需求响应潜力 %2").arg(shares(s.credit), shares(s.dr)));
    if (!s.labels.isEmpty())
        c.lines << qMakePair(Tr::tr("主要标签"), shares(s.labels));
    if (!s.references.isEmpty())
        c.lines << qMakePair(Tr::tr("参照类别"), shares(s.references));
    QStringList services;
    for (const CoveringService &k : s.services)
        services << QStringLiteral("%1 %2 %3%4").arg(k.code, k.name, k.full ? QStringLiteral("●") : QStringLiteral("◐"),
                                                     k.partner ? Tr::tr("（协作：%1）").arg(k.department) : QString());
    c.lines << qMakePair(Tr::tr("覆盖服务"), services.isEmpty() ? Tr::tr("无") : services.join(Tr::tr("；")));
    QStringList gaps;
    for (const NeedIncidence &n : s.needs) {
        if (n.gap)
            gaps << Tr::tr("%1 %2（%3 有此需求，匹配 %4）").arg(n.code, ReportNumbers::headline(n.name),
                                                          ReportNumbers::percent(n.share, 0), ReportNumbers::percent(n.match, 0));
    }
    for (const QString &st : s.gapStages) {
        for (const Stage &x : m_config.stages) {
            if (x.code == st)
                gaps << Tr::tr("%1阶段有客户、无本部门服务").arg(localized(x.nameZh, x.nameEn));
        }
    }
    c.lines << qMakePair(Tr::tr("缺口"), gaps.isEmpty() ? Tr::tr("无") : gaps.join(Tr::tr("；")));
    if (!s.scenarios.isEmpty())
        c.lines << qMakePair(Tr::tr("典型场景"), s.scenarios.join(QStringLiteral(" · ")));
    c.lines << qMakePair(Tr::tr("资源匹配"), Tr::tr("%1（规则可评估 %2）").arg(ReportNumbers::percent(s.match, 0),
                                                                              ReportNumbers::percent(s.evaluability, 0)));
    for (const NeedIncidence &n : s.needs.mid(0, 8)) {
        const QString source = n.sources.contains(QStringLiteral("taxonomy"))
                                   ? (n.sources.size() > 1 ? Tr::tr("继承+规则") : Tr::tr("继承"))
                                   : Tr::tr("规则");
        c.needs << ReportCard::Bar{QStringLiteral("%1 %2 · %3").arg(n.code, ReportNumbers::headline(n.name), source),
                                   n.share, n.gap};
    }
    for (const StageCell &st : s.stages) {
        QString name = Tr::tr("未知");
        for (const Stage &x : m_config.stages) {
            if (x.code == st.stage)
                name = localized(x.nameZh, x.nameEn);
        }
        c.stages << ReportCard::Bar{name, st.share, st.gap};
    }
    for (const ValueShare &g : s.goals)
        c.goals << ReportCard::Bar{g.name, g.share, false};
    if (s.completeness < 0.8)
        c.warnings << Tr::tr("数据完整度 %1，低于 80%，统计仅供参考。").arg(ReportNumbers::percent(s.completeness, 0));
    return c;
}

ReportSection ReportDataBuilder::coverage() const
{
    ReportSection sec{Tr::tr("三"), Tr::tr("服务覆盖分析"), {}};
    sec.blocks << ReportBlock::paragraph(
        Tr::tr("每一行是范围内出现的一项需求，按需求量 D（各客户群中有此需求的客户数之和）排序；每一列是本部门的一项服务，末列为可承接该需求的协作部门服务。"
               "● 服务针对需求且覆盖所有有此需求的客户群并使用资源优势；◐ 只覆盖部分客户群或未使用资源优势。证据：服务目录（人工）与分类（规则）。"));
    ReportBlock t;
    t.kind = ReportBlock::Kind::Table;
    t.table.header << Tr::tr("需求") << Tr::tr("需求量 D") << Tr::tr("匹配");
    t.table.widths << 3.2 << 1.3 << 0.9;
    for (const CoverageColumn &c : m_p.columns) {
        t.table.header << c.service;
        t.table.widths << 0.9;
    }
    t.table.header << Tr::tr("协作部门服务*");
    t.table.widths << 2.4;
    for (int r = 0; r < m_p.rows.size(); ++r) {
        const CoverageRow &row = m_p.rows[r];
        QStringList cells{QStringLiteral("%1 %2").arg(row.need, ReportNumbers::headline(row.name)),
                          ReportNumbers::digits(row.demand), ReportNumbers::percent(row.match, 0)};
        cells << row.cells << row.partners.join(QLatin1Char(' '));
        t.table.rows << cells;
        if (row.gap)
            t.table.flagged << qMakePair(r, 0);
    }
    QStringList reach{Tr::tr("触达客户"), QString(), QString()};
    for (int c = 0; c < m_p.columns.size(); ++c) {
        reach << ReportNumbers::number(double(m_p.columns[c].reached));
        if (m_p.columns[c].retire)
            t.table.flagged << qMakePair(int(m_p.rows.size()), 3 + c);
    }
    t.table.rows << (reach << QString());
    t.table.wide = m_p.columns.size() > 6;
    t.table.caption = Tr::tr("* 协作部门的服务，只列示、不计入资源匹配度。红色：缺口需求或未触达任何范围内客户的服务（可考虑调整或退出）。");
    sec.blocks << t;
    QStringList gaps;
    for (const CoverageRow &row : m_p.rows) {
        if (!row.gap)
            continue;
        QStringList segs;
        for (const Segment &s : m_p.segments) {
            for (const NeedIncidence &n : s.needs) {
                if (n.code == row.need && n.gap)
                    segs << Tr::tr("%1（%2户）").arg(s.name, ReportNumbers::digits(double(n.count)));
            }
        }
        gaps << Tr::tr("%1 %2：影响 %3").arg(row.need, row.name, segs.join(Tr::tr("、")));
    }
    sec.blocks << ReportBlock::heading(Tr::tr("服务缺口"));
    sec.blocks << (gaps.isEmpty() ? ReportBlock::paragraph(Tr::tr("没有发生率 ≥20% 且匹配 <50% 的需求。")) : ReportBlock::bullets(gaps));
    return sec;
}

ReportSection ReportDataBuilder::lifecycle() const
{
    ReportSection sec{Tr::tr("四"), Tr::tr("全生命周期陪伴"), {}};
    sec.blocks << ReportBlock::paragraph(Tr::tr("每格为该阶段的客户数、占客户群的比例，以及在该阶段面向该客户群的本部门服务。"
                                                "有客户而无服务的格为陪伴缺口（红色）；“未知”行只显示数量，不算缺口。证据：阶段规则（规则）与服务目录（人工）。"));
    ReportBlock t;
    t.kind = ReportBlock::Kind::Table;
    t.table.header << Tr::tr("阶段");
    t.table.widths << 1.0;
    QList<const Segment *> segs;
    for (const Segment &s : m_p.segments) {
        if (s.count > 0) {
            segs << &s;
            t.table.header << QStringLiteral("%1 %2").arg(s.node, s.name);
            t.table.widths << 1.6;
        }
    }
    QStringList gaps;
    for (int r = 0; r < m_config.stages.size() + 1; ++r) {
        const bool unknown = r == m_config.stages.size();
        QStringList row{unknown ? Tr::tr("未知") : localized(m_config.stages[r].nameZh, m_config.stages[r].nameEn)};
        for (int c = 0; c < segs.size(); ++c) {
            const StageCell &cell = segs[c]->stages.value(r);
            QString text = Tr::tr("%1（%2）").arg(ReportNumbers::number(double(cell.count)), ReportNumbers::percent(cell.share, 0));
            if (!unknown && cell.count > 0)
                text += QLatin1Char('\n') + (cell.services.isEmpty() ? Tr::tr("缺口") : cell.services.join(QLatin1Char(' ')));
            row << text;
            if (cell.gap) {
                t.table.flagged << qMakePair(r, c + 1);
                gaps << Tr::tr("%1 · %2阶段：%3 无本部门服务").arg(segs[c]->name, row.first(), ReportNumbers::customers(double(cell.count)));
            }
        }
        t.table.rows << row;
    }
    t.table.wide = segs.size() > 5;
    sec.blocks << t << ReportBlock::heading(Tr::tr("陪伴缺口"));
    sec.blocks << (gaps.isEmpty() ? ReportBlock::paragraph(Tr::tr("各阶段都有本部门服务陪伴。")) : ReportBlock::bullets(gaps));
    return sec;
}

ReportSection ReportDataBuilder::resourceMatch() const
{
    ReportSection sec{Tr::tr("五"), Tr::tr("资源匹配度"), {}};
    const auto band = Portrait::band(m_p.resourceMatch);
    KpiTile tile{Tr::tr("资源匹配度 RMS"), ReportNumbers::percent(m_p.resourceMatch, 0),
                 band == Portrait::Band::Good ? Tr::tr("匹配良好（≥70%）") : band == Portrait::Band::Partial ? Tr::tr("部分匹配（40–70%）") : Tr::tr("错位（<40%）"),
                 Tr::tr("规则"), band == Portrait::Band::Good ? KpiTile::Tone::Good : band == Portrait::Band::Partial ? KpiTile::Tone::Partial : KpiTile::Tone::Bad};
    ReportBlock k;
    k.kind = ReportBlock::Kind::Kpis;
    k.kpis << tile;
    for (const ValueShare &g : m_p.matchByGoal)
        k.kpis << KpiTile{Tr::tr("价值目标：%1").arg(g.name), ReportNumbers::percent(g.share, 0), QString(), Tr::tr("规则"), KpiTile::Tone::Neutral};
    sec.blocks << k;
    sec.blocks << ReportBlock::paragraph(Tr::tr("“战略的有效性 = 客户价值需求与自身资源能力的匹配度”。RMS 以需求量和客户群优先级加权，"
                                                "衡量本部门的服务在客户所处阶段、以资源优势承接其需求的程度；协作部门的服务不计入。"));
    ReportBlock t;
    t.kind = ReportBlock::Kind::Table;
    t.table.header = {Tr::tr("客户群"), Tr::tr("优先级"), Tr::tr("客户数"), Tr::tr("匹配"), Tr::tr("缺口需求")};
    t.table.widths = {3, 1.2, 1.2, 1, 2.4};
    for (const Segment &s : m_p.segments) {
        if (s.count == 0)
            continue;
        t.table.rows << QStringList{QStringLiteral("%1 %2").arg(s.node, s.name), priorityName(s.priority),
                                    ReportNumbers::digits(double(s.count)), ReportNumbers::percent(s.match, 0),
                                    s.gapNeeds.join(QLatin1Char(' '))};
        if (s.match < 0.4)
            t.table.flagged << qMakePair(int(t.table.rows.size() - 1), 3);
    }
    sec.blocks << t;
    ReportBlock chart;
    chart.kind = ReportBlock::Kind::Chart;
    chart.chart.title = Tr::tr("资源优势利用度 U（承接的加权需求占比，红色为闲置）");
    chart.chart.unit = QStringLiteral("%");
    for (const ResourceUse &r : m_p.resources) {
        chart.chart.categories << QStringLiteral("%1 %2").arg(r.code, r.name);
        chart.chart.values << r.utilisation;
        chart.chart.flagged << (r.utilisation < 0.01);
    }
    sec.blocks << chart;
    return sec;
}

ReportSection ReportDataBuilder::workshop() const
{
    const WorkshopSummary &w = *m_p.workshop;
    ReportSection sec{Tr::tr("六"), Tr::tr("共创成果"), {}};
    sec.blocks << ReportBlock::paragraph(Tr::tr("共创会“%1”，%2，主持 %3，批准 %4。参与者：%5。")
                                             .arg(w.title, w.date, w.facilitator, w.approver, w.participants.join(Tr::tr("、"))));
    if (w.kappaBefore || w.kappaAfter)
        sec.blocks << ReportBlock::paragraph(Tr::tr("一致度 κ：初评 %1，复评 %2。")
                                                 .arg(w.kappaBefore ? QString::number(*w.kappaBefore, 'f', 2) : QStringLiteral("–"),
                                                      w.kappaAfter ? QString::number(*w.kappaAfter, 'f', 2) : QStringLiteral("–")));
    ReportBlock t;
    t.kind = ReportBlock::Kind::Table;
    t.table.header = {Tr::tr("采纳的客户群"), Tr::tr("优先级"), Tr::tr("主责岗位"), Tr::tr("协同岗位")};
    t.table.widths = {3, 1, 2, 2};
    for (const WorkshopSummary::Node &n : w.adopted)
        t.table.rows << QStringList{QStringLiteral("%1 %2").arg(n.code, nodeName(n.code)), priorityName(n.priority),
                                    n.leads.join(Tr::tr("、")), n.supports.join(Tr::tr("、"))};
    sec.blocks << t;
    if (!w.rejected.isEmpty())
        sec.blocks << ReportBlock::heading(Tr::tr("未采纳的节点")) << ReportBlock::bullets(w.rejected);
    QStringList points;
    for (const WorkshopSummary::PainPoint &p : w.painPoints)
        points << Tr::tr("%1（%2 票）").arg(p.text).arg(p.votes);
    if (!points.isEmpty())
        sec.blocks << ReportBlock::heading(Tr::tr("主要痛点")) << ReportBlock::bullets(points);
    return sec;
}

} // namespace portrait
