// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/PortraitCard.h"

#include "portrait/PortraitEvidence.h"
#include "portrait/ReportNumbers.h"
#include "ui/PortraitEvidenceMark.h"
#include "ui/StatTile.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QProgressBar>
#include <QVBoxLayout>

namespace portrait {

namespace {
QString percent(double fraction)
{
    return QStringLiteral("%1%").arg(
        QLocale().toString(fraction * 100, 'f', fraction < 0.01 && fraction > 0 ? 2 : 0));
}

QString shares(const QList<ValueShare> &values, int limit)
{
    QStringList parts;
    for (const ValueShare &v : values.mid(0, limit))
        parts << QStringLiteral("%1 %2").arg(v.name.toHtmlEscaped(), percent(v.share));
    return parts.join(QStringLiteral(" · "));
}

QString number(double value)
{
    if (qAbs(value) >= 1e4)
        return StatTile::compactCount(qint64(value + 0.5));
    return QLocale().toString(value, 'f', qAbs(value) >= 100 ? 0 : 1);
}

QString link(const QString &href, const QString &text)
{
    return QStringLiteral("<a href='%1' style='text-decoration:none'>%2</a>").arg(href, text);
}

const QString kGapColour = QStringLiteral("#b01e1e");
} // namespace

QString PortraitCard::amountKwh(double kwh)
{
    return ReportNumbers::kwh(kwh); // 万/亿千瓦时 in Chinese, kWh/GWh in English
}

PortraitCard::PortraitCard(const Segment &s, const Portrait &p, Size size, QWidget *parent)
    : QFrame(parent), m_segment(s), m_department(p.department), m_size(size)
{
    const bool full = size == Size::Full;
    const int few = full ? 1000 : 5;
    setObjectName(QStringLiteral("portraitCard"));
    setFrameShape(QFrame::StyledPanel);
    QString style = QStringLiteral("#portraitCard { background: palette(base); border: 1px solid palette(mid);"
                                   " border-radius: 6px; }");
    if (full) // a style sheet, not setFont: the card's style sheet stops fonts propagating
        style += QStringLiteral(" QLabel { font-size: %1pt; } #cardTitle { font-size: %2pt; }")
                     .arg(font().pointSizeF() * 1.2)
                     .arg(font().pointSizeF() * 1.6);
    setStyleSheet(style);
    if (!full)
        setToolTip(tr("双击打开完整画像卡；点击户数、需求或阶段查看其中的客户"));
    auto *layout = new QVBoxLayout(this);
    auto *titleLine = new QHBoxLayout;
    auto *title = new QLabel(this);
    title->setObjectName(QStringLiteral("cardTitle"));
    QString head = QStringLiteral("<b>%1 %2</b> · %3")
                       .arg(s.node.toHtmlEscaped(), s.name.toHtmlEscaped())
                       .arg(tr("优先级 %1").arg(s.priority));
    if (!s.leads.isEmpty())
        head += QStringLiteral(" · ") +
                tr("主责: %1").arg(s.leads.join(tr("、")).toHtmlEscaped());
    if (full && !s.supports.isEmpty())
        head += QStringLiteral(" · ") +
                tr("协同: %1").arg(s.supports.join(tr("、")).toHtmlEscaped());
    head += QStringLiteral(" <span style='color:gray'>· %1</span>")
                .arg(tr("证据: %1").arg(PortraitEvidence::name(s.scopeEvidence)));
    title->setText(head);
    title->setWordWrap(true);
    titleLine->addWidget(title, 1);
    titleLine->addWidget(PortraitEvidenceMark::label(PortraitEvidence::scope(s), this), 0, Qt::AlignTop);
    layout->addLayout(titleLine);

    m_grid = new QGridLayout;
    m_grid->setColumnStretch(1, 1);
    line(tr("规模"), tr("%1 (%2) · 年用电 %3 (%4) · 完整度 %5")
                         .arg(link(QStringLiteral("segment"), tr("%1 户").arg(StatTile::compactCount(s.count))),
                              percent(s.shareOfScope), amountKwh(s.kwh), percent(s.shareOfKwh),
                              percent(s.completeness)),
         PortraitEvidence::segmentCount(p));
    line(tr("定义"), s.definition.toHtmlEscaped(), PortraitEvidence::scope(s));
    QStringList stats;
    for (const NumberStat &n : s.numbers)
        if (n.count > 0)
            stats << tr("%1 中位 %2 %3 (P25 %4 – P75 %5)")
                         .arg(n.name, number(n.median), n.unit, number(n.p25), number(n.p75))
                         .toHtmlEscaped();
    for (auto it = s.enums.cbegin(); it != s.enums.cend(); ++it)
        if (!it.value().isEmpty())
            stats << QStringLiteral("%1 %2").arg(it.key().toHtmlEscaped(), shares(it.value(), full ? 3 : 1));
    line(tr("关键属性"), stats.mid(0, full ? 1000 : 4).join(full ? QStringLiteral("<br>") : QStringLiteral(" · ")),
         PortraitEvidence::attributes(p));
    line(tr("主要标签"), shares(s.labels, few), PortraitEvidence::attributes(p));
    if (full) {
        line(tr("信用"), shares(s.credit, few), PortraitEvidence::segmentCount(p));
        line(tr("需求响应潜力"), shares(s.dr, few), PortraitEvidence::segmentCount(p));
        line(tr("参照类别"), shares(s.references, few), PortraitEvidence::segmentCount(p));
    }
    addNeeds();
    line(tr("价值目标"), shares(s.goals, few), PortraitEvidence::goals());
    QStringList stages;
    for (const StageCell &c : s.stages)
        if (c.count > 0)
            stages << link(QStringLiteral("stage:") + c.stage,
                           QStringLiteral("%1 %2").arg(c.stage.isEmpty() ? tr("未知") : c.stage, percent(c.share)));
    line(tr("生命周期"), stages.join(QStringLiteral(" ▕")), PortraitEvidence::segmentCount(p));
    QStringList services;
    for (const CoveringService &c : s.services)
        services << QStringLiteral("%1 %2 %3")
                        .arg(c.code, c.name.toHtmlEscaped(), c.full ? QStringLiteral("●") : QStringLiteral("◐"));
    line(tr("覆盖服务"), services.mid(0, full ? 1000 : 6).join(QStringLiteral(" · ")), PortraitEvidence::services());
    QStringList gaps;
    for (const NeedIncidence &need : s.needs)
        if (need.gap)
            gaps << tr("%1 %2 (%3 有此需求, 无服务)").arg(need.code, need.name, percent(need.share)).toHtmlEscaped();
    for (const QString &stage : s.gapStages)
        gaps << tr("%1 阶段无陪伴").arg(stage).toHtmlEscaped();
    line(tr("缺口"), gaps.join(tr("；")), PortraitEvidence::match(), true);
    line(tr("典型场景"), QStringList(s.scenarios.mid(0, full ? 1000 : 6)).join(QStringLiteral(" · ")).toHtmlEscaped(),
         PortraitEvidence::scenarios(s));
    layout->addLayout(m_grid);
    layout->addStretch();
}

void PortraitCard::line(const QString &caption, const QString &text, const PortraitEvidence::Mark &mark, bool gap)
{
    if (text.isEmpty())
        return;
    auto *c = new QLabel(caption, this);
    c->setStyleSheet(QStringLiteral("color: gray"));
    auto *t = new QLabel(text, this);
    t->setWordWrap(true);
    t->setTextFormat(Qt::RichText);
    if (gap)
        t->setStyleSheet(QStringLiteral("color: %1").arg(kGapColour));
    connect(t, &QLabel::linkActivated, this, [this](const QString &href) { emit drillDown(drillDownOf(href)); });
    m_grid->addWidget(c, m_row, 0, Qt::AlignTop);
    m_grid->addWidget(t, m_row, 1);
    m_grid->addWidget(PortraitEvidenceMark::label(mark, this), m_row++, 2, Qt::AlignTop);
}

void PortraitCard::addNeeds()
{
    if (m_segment.needs.isEmpty())
        return;
    auto *c = new QLabel(tr("需求排序"), this);
    c->setStyleSheet(QStringLiteral("color: gray"));
    m_grid->addWidget(c, m_row, 0, Qt::AlignTop);
    auto *needs = new QGridLayout;
    int n = 0;
    for (const NeedIncidence &need : m_segment.needs.mid(0, m_size == Size::Full ? 1000 : 5)) {
        auto *bar = new QProgressBar(this);
        bar->setRange(0, 100);
        bar->setValue(int(need.share * 100 + 0.5));
        bar->setTextVisible(false);
        bar->setMaximumHeight(10);
        bar->setMaximumWidth(120);
        auto *label = new QLabel(link(QStringLiteral("need:") + need.code,
                                      QStringLiteral("%1 %2 %3").arg(need.code, need.name.toHtmlEscaped(),
                                                                     percent(need.share))),
                                 this);
        label->setWordWrap(true);
        if (need.gap)
            label->setStyleSheet(QStringLiteral("color: %1").arg(kGapColour));
        const PortraitEvidence::Mark mark = PortraitEvidence::need(need);
        label->setToolTip(tr("%1 户有此需求；点击查看这些客户").arg(need.count));
        connect(label, &QLabel::linkActivated, this, [this](const QString &href) { emit drillDown(drillDownOf(href)); });
        needs->addWidget(bar, n, 0);
        needs->addWidget(label, n, 1);
        needs->addWidget(PortraitEvidenceMark::label(mark, this), n++, 2, Qt::AlignTop);
    }
    m_grid->addLayout(needs, m_row++, 1, 1, 2);
}

DrillDown PortraitCard::drillDownOf(const QString &href) const
{
    DrillDown d;
    d.department = m_department;
    d.segment = m_segment.node;
    d.label = QStringLiteral("%1 · %2 %3").arg(m_department, m_segment.node, m_segment.name);
    if (href.startsWith(QLatin1String("need:"))) {
        d.needs = QStringList{href.mid(5)};
        for (const NeedIncidence &n : m_segment.needs)
            if (n.code == d.needs.first())
                d.label += tr(" · 需求 %1 %2").arg(n.code, n.name);
    } else if (href.startsWith(QLatin1String("stage:"))) {
        d.stage = href.mid(6);
        d.label += tr(" · 阶段 %1").arg(d.stage->isEmpty() ? tr("未知") : *d.stage);
    }
    return d;
}

void PortraitCard::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_size == Size::Grid) {
        emit openRequested(m_segment.node);
        event->accept();
        return;
    }
    QFrame::mouseDoubleClickEvent(event);
}

} // namespace portrait
