// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "portrait/ReportDataBuilder.h"

#include "core/Language.h"
#include "portrait/NameMasker.h"
#include "portrait/ReportNumbers.h"

#include <QCoreApplication>
#include <QDate>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::ReportDataBuilder)
};


ReportBlock heading(const QString &text)
{
    return ReportBlock::heading(text);
}

ReportBlock paragraphBlock(const QString &text)
{
    return ReportBlock::paragraph(text);
}

} // namespace

ReportDataBuilder::ReportDataBuilder(const Portrait &p, const Config &config, const Options &options)
    : m_p(p), m_config(config), m_options(options)
{
}

QString ReportDataBuilder::nodeName(const QString &code) const
{
    for (const TaxonomyNode &n : m_config.taxonomy) {
        if (n.code == code)
            return localized(n.nameZh, n.nameEn);
    }
    return code;
}

ReportData ReportDataBuilder::build(const Portrait &p, const Config &config, const Options &options)
{
    const ReportDataBuilder b(p, config, options);
    ReportData r;
    r.title = Tr::tr("部门客户画像报告");
    r.department = p.departmentName;
    r.departmentCode = p.department;
    r.workspace = options.workspace;
    r.dataDate = p.dataDate.isEmpty() ? Tr::tr("未设置") : p.dataDate;
    r.generated = options.generated.isEmpty() ? QDate::currentDate().toString(Qt::ISODate) : options.generated;
    r.tocTitle = Tr::tr("目录");
    r.pageFormat = Tr::tr("第 %1 页 / 共 %2 页");
    r.maskedNames = options.maskNames;
    r.coverLines = {{Tr::tr("部门"), Tr::tr("%1（%2）").arg(p.departmentName, p.department)},
                    {Tr::tr("工作区"), options.workspace},
                    {Tr::tr("数据日期"), r.dataDate},
                    {Tr::tr("生成日期"), r.generated}};
    if (options.maskNames)
        r.coverLines << qMakePair(Tr::tr("个人信息"), Tr::tr("客户名称已脱敏"));
    r.sections << b.overview() << b.cards() << b.coverage() << b.lifecycle() << b.resourceMatch();
    if (p.workshop)
        r.sections << b.workshop();
    ReportSection actions{Tr::tr("七"), Tr::tr("行动建议"), {}};
    ReportBlock list;
    list.kind = ReportBlock::Kind::Bullets;
    list.items = ReportRecommendations::actions(p, config);
    if (list.items.isEmpty())
        list.items << Tr::tr("当前服务已覆盖主要需求和各生命周期阶段，建议按季度复核画像。");
    actions.blocks << list;
    r.sections << actions << b.appendix();
    return r;
}

ReportSection ReportDataBuilder::overview() const
{
    ReportSection s{Tr::tr("一"), Tr::tr("总体概况"), {}};
    ReportBlock kpis;
    kpis.kind = ReportBlock::Kind::Kpis;
    const double share = m_p.companyCustomers ? double(m_p.inScope) / double(m_p.companyCustomers) : 0;
    const auto band = Portrait::band(m_p.resourceMatch);
    kpis.kpis << KpiTile{Tr::tr("范围内客户"), ReportNumbers::customers(double(m_p.inScope)),
                         Tr::tr("占全部客户 %1").arg(ReportNumbers::percent(share)), Tr::tr("规则"), KpiTile::Tone::Neutral}
              << KpiTile{Tr::tr("年用电量"), ReportNumbers::kwh(m_p.inScopeKwh),
                         Tr::tr("占全部 %1").arg(ReportNumbers::percent(m_p.companyKwh > 0 ? m_p.inScopeKwh / m_p.companyKwh : 0)),
                         Tr::tr("数据"), KpiTile::Tone::Neutral}
              << KpiTile{Tr::tr("资源匹配度"), ReportNumbers::percent(m_p.resourceMatch, 0),
                         band == Portrait::Band::Good ? Tr::tr("匹配良好") : band == Portrait::Band::Partial ? Tr::tr("部分匹配") : Tr::tr("错位"),
                         Tr::tr("规则"),
                         band == Portrait::Band::Good ? KpiTile::Tone::Good : band == Portrait::Band::Partial ? KpiTile::Tone::Partial : KpiTile::Tone::Bad}
              << KpiTile{Tr::tr("数据完整度"), ReportNumbers::percent(m_p.completeness, 0),
                         Tr::tr("规则可评估 %1").arg(ReportNumbers::percent(m_p.evaluability, 0)), Tr::tr("数据"),
                         m_p.completeness < 0.8 ? KpiTile::Tone::Partial : KpiTile::Tone::Good};
    s.blocks << kpis;
    int nonEmpty = 0;
    for (const Segment &seg : m_p.segments)
        nonEmpty += seg.count > 0 ? 1 : 0;
    QString text = Tr::tr("%1的画像范围包含 %2 个客户群、%3（占全部客户的 %4），年用电量 %5。")
                       .arg(m_p.departmentName).arg(nonEmpty).arg(ReportNumbers::customers(double(m_p.inScope)),
                            ReportNumbers::percent(share), ReportNumbers::kwh(m_p.inScopeKwh));
    if (!m_p.segments.isEmpty() && m_p.segments.first().count > 0)
        text += Tr::tr("最重要的客户群是%1（%2）。").arg(m_p.segments.first().name, ReportNumbers::customers(double(m_p.segments.first().count)));
    text += Tr::tr("范围外客户 %1，其中未分类 %2。").arg(ReportNumbers::customers(double(m_p.outOfScope)),
                                                  ReportNumbers::customers(double(m_p.unclassified)));
    s.blocks << paragraphBlock(text);
    ReportBlock shares;
    shares.kind = ReportBlock::Kind::Chart;
    shares.chart.title = Tr::tr("客户群占比（占范围内客户）");
    shares.chart.unit = QStringLiteral("%");
    for (const Segment &seg : m_p.segments) {
        if (seg.count > 0 && shares.chart.categories.size() < 14) {
            shares.chart.categories << QStringLiteral("%1 %2").arg(seg.node, seg.name);
            shares.chart.values << seg.shareOfScope;
            shares.chart.flagged << false;
        }
    }
    if (!shares.chart.values.isEmpty())
        s.blocks << shares;
    ReportBlock needs;
    needs.kind = ReportBlock::Kind::Chart;
    needs.chart.title = Tr::tr("需求排序（有此需求的客户占比，红色为缺口）");
    needs.chart.unit = QStringLiteral("%");
    QSet<QString> gaps;
    for (const CoverageRow &row : m_p.rows) {
        if (row.gap)
            gaps.insert(row.need);
    }
    for (const ValueShare &n : m_p.needRanking) {
        if (needs.chart.categories.size() >= 10)
            break;
        needs.chart.categories << QStringLiteral("%1 %2").arg(n.code, ReportNumbers::headline(n.name));
        needs.chart.values << n.share;
        needs.chart.flagged << gaps.contains(n.code);
    }
    if (!needs.chart.values.isEmpty())
        s.blocks << needs;
    if (!m_p.notes.isEmpty()) {
        ReportBlock notes;
        notes.kind = ReportBlock::Kind::Bullets;
        notes.items = m_p.notes;
        s.blocks << heading(Tr::tr("说明")) << notes;
    }
    s.blocks << paragraphBlock(Tr::tr("与上次快照的比较：尚无保存的画像快照，本报告作为基线。"));
    return s;
}

ReportSection ReportDataBuilder::cards() const
{
    ReportSection s{Tr::tr("二"), Tr::tr("客户群画像"), {}};
    QStringList empty;
    bool first = true;
    for (const Segment &seg : m_p.segments) {
        if (seg.count == 0) {
            empty << QStringLiteral("%1 %2").arg(seg.node, seg.name);
            continue;
        }
        if (!first) {
            ReportBlock br;
            br.kind = ReportBlock::Kind::PageBreak;
            s.blocks << br;
        }
        first = false;
        ReportBlock b;
        b.kind = ReportBlock::Kind::Card;
        b.card = card(seg);
        s.blocks << b;
    }
    if (!empty.isEmpty())
        s.blocks << paragraphBlock(Tr::tr("以下客户群目前没有客户，未单列画像卡：%1。").arg(empty.join(Tr::tr("、"))));
    if (first && empty.isEmpty())
        s.blocks << paragraphBlock(Tr::tr("该部门的画像范围内没有客户群。"));
    return s;
}

ReportSection ReportDataBuilder::appendix() const
{
    ReportSection s{QString(), Tr::tr("附录"), {}};
    s.blocks << heading(Tr::tr("附录一 范围内最大的客户（按年用电量）"));
    ReportBlock t;
    t.kind = ReportBlock::Kind::Table;
    t.table.header = {Tr::tr("户号"), Tr::tr("客户名称"), Tr::tr("客户群"), Tr::tr("年用电量（千瓦时）"), Tr::tr("同时服务的部门")};
    t.table.widths = {1.3, 3.0, 1.0, 1.5, 1.8};
    for (const LargeCustomer &c : m_p.largest)
        t.table.rows << QStringList{c.customerNo, m_options.maskNames ? NameMasker::mask(c.name) : c.name, c.segment,
                                    ReportNumbers::digits(c.annualKwh), c.otherDepartments.join(QStringLiteral(" "))};
    t.table.caption = m_options.maskNames ? Tr::tr("证据：数据。客户名称已脱敏。") : Tr::tr("证据：数据。");
    if (t.table.rows.isEmpty())
        s.blocks << paragraphBlock(Tr::tr("范围内没有记录年用电量的客户。"));
    else
        s.blocks << t;
    s.blocks << heading(Tr::tr("附录二 同时由其他部门服务的客户"));
    ReportBlock shared;
    shared.kind = ReportBlock::Kind::Table;
    shared.table.header = {Tr::tr("部门"), Tr::tr("共同服务的客户"), Tr::tr("占范围内客户")};
    shared.table.widths = {3, 1.5, 1.5};
    for (const ValueShare &v : m_p.sharedWith)
        shared.table.rows << QStringList{QStringLiteral("%1 %2").arg(v.code, v.name), ReportNumbers::digits(double(v.count)),
                                         ReportNumbers::percent(v.share)};
    if (shared.table.rows.isEmpty())
        s.blocks << paragraphBlock(Tr::tr("范围内的客户没有同时由其他部门服务。"));
    else
        s.blocks << shared;
    s.blocks << heading(Tr::tr("附录三 方法与数据质量"));
    s.blocks << paragraphBlock(Tr::tr("数据日期 %1；分类时间 %2。画像完整度 %3，分类覆盖率 %4，规则可评估率 %5。完整度低于 80% 的客户群在画像卡上提示。")
                                   .arg(m_p.dataDate.isEmpty() ? Tr::tr("未设置") : m_p.dataDate,
                                        m_p.classifiedAt.isEmpty() ? Tr::tr("未知") : m_p.classifiedAt.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')),
                                        ReportNumbers::percent(m_p.completeness), ReportNumbers::percent(m_p.classificationCoverage),
                                        ReportNumbers::percent(m_p.evaluability)));
    ReportBlock cov;
    cov.kind = ReportBlock::Kind::Table;
    cov.table.caption = Tr::tr("属性覆盖率：范围内填写了该属性的客户占比。证据：数据。");
    cov.table.header = {Tr::tr("属性"), Tr::tr("已填写"), Tr::tr("覆盖率"), Tr::tr("属性"), Tr::tr("已填写"), Tr::tr("覆盖率")};
    cov.table.widths = {2, 1.2, 1, 2, 1.2, 1};
    const int half = int((m_p.attributeCoverage.size() + 1) / 2);
    for (int i = 0; i < half; ++i) {
        QStringList row;
        for (int k : {i, i + half}) {
            if (k < m_p.attributeCoverage.size()) {
                const ValueShare &v = m_p.attributeCoverage[k];
                row << v.name << ReportNumbers::digits(double(v.count)) << ReportNumbers::percent(v.share);
            } else {
                row << QString() << QString() << QString();
            }
        }
        cov.table.rows << row;
    }
    s.blocks << cov;
    s.blocks << heading(Tr::tr("附录四 术语"));
    ReportBlock terms;
    terms.kind = ReportBlock::Kind::Bullets;
    terms.items = {Tr::tr("客户群：部门采纳的客户分类节点；主类客户群互斥，角色客户群可重叠，占比之和可超过 100%。"),
                   Tr::tr("需求发生率 p：客户群中有该需求的客户占比；来源为分类体系继承或需求规则。"),
                   Tr::tr("匹配 m：本部门针对该客户群、该需求的最佳服务的资源系数 β 与阶段覆盖 λ 之积。"),
                   Tr::tr("资源匹配度 RMS：按需求权重 w = n·p·π 加权的平均匹配；≥70% 匹配良好，40–70% 部分匹配，<40% 错位。"),
                   Tr::tr("资源利用度 U：由使用该资源优势的服务承接的加权需求占比。"),
                   Tr::tr("证据：数据＝来自客户数据；规则＝由分类规则得出；共创＝来自共创会决议；人工＝人工维护的范围或服务目录。")};
    s.blocks << terms;
    return s;
}

} // namespace portrait
