// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/PortraitCard.h"

#include "ui/StatTile.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace portrait {

namespace {
QString percent(double fraction)
{
    return QStringLiteral("%1%").arg(
        QLocale().toString(fraction * 100, 'f', fraction < 0.01 && fraction > 0 ? 2 : 0));
}

QString shares(const QList<ValueShare> &values, int limit = 5)
{
    QStringList parts;
    for (const ValueShare &v : values.mid(0, limit))
        parts << QStringLiteral("%1 %2").arg(v.name, percent(v.share));
    return parts.join(QStringLiteral(" · "));
}

QString number(double value)
{
    if (qAbs(value) >= 1e4)
        return StatTile::chineseCount(qint64(value + 0.5));
    return QLocale().toString(value, 'f', qAbs(value) >= 100 ? 0 : 1);
}
} // namespace

QString PortraitCard::evidenceName(Evidence evidence)
{
    switch (evidence) {
    case Evidence::Data:
        return tr("数据");
    case Evidence::Rule:
        return tr("规则");
    case Evidence::Workshop:
        return tr("共创");
    case Evidence::Manual:
        return tr("人工");
    }
    return {};
}

QString PortraitCard::amountKwh(double kwh)
{
    if (kwh >= 1e8)
        return tr("%1亿千瓦时").arg(QLocale().toString(kwh / 1e8, 'f', 2));
    return tr("%1万千瓦时").arg(QLocale().toString(kwh / 1e4, 'f', 1));
}

PortraitCard::PortraitCard(const Segment &s, QWidget *parent) : QFrame(parent), m_node(s.node)
{
    setObjectName(QStringLiteral("portraitCard"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(
        QStringLiteral("#portraitCard { background: palette(base); border: 1px solid palette(mid);"
                       " border-radius: 6px; }"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(this);
    title->setObjectName(QStringLiteral("cardTitle"));
    QString head = QStringLiteral("<b>%1 %2</b> · %3")
                       .arg(s.node.toHtmlEscaped(), s.name.toHtmlEscaped())
                       .arg(tr("优先级 %1").arg(s.priority));
    if (!s.leads.isEmpty())
        head += QStringLiteral(" · ") +
                tr("主责: %1").arg(s.leads.join(QStringLiteral("、")).toHtmlEscaped());
    head += QStringLiteral(" <span style='color:gray'>· %1</span>")
                .arg(tr("证据: %1").arg(evidenceName(s.scopeEvidence)));
    title->setText(head);
    title->setToolTip(s.definition);
    layout->addWidget(title);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    int row = 0;
    auto line = [&](const QString &caption, const QString &text) {
        if (text.isEmpty())
            return;
        auto *c = new QLabel(caption, this);
        c->setStyleSheet(QStringLiteral("color: gray"));
        auto *t = new QLabel(text, this);
        t->setWordWrap(true);
        grid->addWidget(c, row, 0, Qt::AlignTop);
        grid->addWidget(t, row++, 1);
    };
    line(tr("规模"), tr("%1 户 (%2) · 年用电 %3 (%4) · 完整度 %5")
                         .arg(StatTile::chineseCount(s.count), percent(s.shareOfScope),
                              amountKwh(s.kwh), percent(s.shareOfKwh), percent(s.completeness)));
    line(tr("定义"), s.definition);
    QStringList stats;
    for (const NumberStat &n : s.numbers)
        if (n.count > 0)
            stats << tr("%1 中位 %2 %3 (P25 %4 – P75 %5)")
                         .arg(n.name, number(n.median), n.unit, number(n.p25), number(n.p75));
    for (auto it = s.enums.cbegin(); it != s.enums.cend(); ++it)
        if (!it.value().isEmpty())
            stats << QStringLiteral("%1 %2").arg(it.key(), shares(it.value(), 1));
    line(tr("关键属性"), stats.mid(0, 4).join(QStringLiteral(" · ")));
    line(tr("主要标签"), shares(s.labels));

    if (!s.needs.isEmpty()) {
        auto *c = new QLabel(tr("需求排序"), this);
        c->setStyleSheet(QStringLiteral("color: gray"));
        grid->addWidget(c, row, 0, Qt::AlignTop);
        auto *needs = new QGridLayout;
        int n = 0;
        for (const NeedIncidence &need : s.needs.mid(0, 5)) {
            auto *bar = new QProgressBar(this);
            bar->setRange(0, 100);
            bar->setValue(int(need.share * 100 + 0.5));
            bar->setTextVisible(false);
            bar->setMaximumHeight(10);
            bar->setMaximumWidth(120);
            auto *label = new QLabel(
                QStringLiteral("%1 %2 %3").arg(need.code, need.name, percent(need.share)), this);
            label->setWordWrap(true);
            if (need.gap)
                label->setStyleSheet(QStringLiteral("color: #b01e1e"));
            label->setToolTip(tr("证据: %1").arg(evidenceName(need.evidence)));
            needs->addWidget(bar, n, 0);
            needs->addWidget(label, n++, 1);
        }
        grid->addLayout(needs, row++, 1);
    }
    line(tr("价值目标"), shares(s.goals));
    QStringList stages;
    for (const StageCell &c : s.stages)
        if (c.count > 0)
            stages << QStringLiteral("%1 %2").arg(c.stage.isEmpty() ? tr("未知") : c.stage,
                                                  percent(c.share));
    line(tr("生命周期"), stages.join(QStringLiteral(" ▕")));
    QStringList services;
    for (const CoveringService &c : s.services)
        services << QStringLiteral("%1 %2 %3")
                        .arg(c.code, c.name, c.full ? QStringLiteral("●") : QStringLiteral("◐"));
    line(tr("覆盖服务"), services.join(QStringLiteral(" · ")));
    QStringList gaps;
    for (const NeedIncidence &need : s.needs)
        if (need.gap)
            gaps
                << tr("%1 %2 (%3 有此需求, 无服务)").arg(need.code, need.name, percent(need.share));
    for (const QString &stage : s.gapStages)
        gaps << tr("%1 阶段无陪伴").arg(stage);
    if (!gaps.isEmpty()) {
        line(tr("缺口"), gaps.join(QStringLiteral("；")));
        static_cast<QLabel *>(grid->itemAtPosition(row - 1, 1)->widget())
            ->setStyleSheet(QStringLiteral("color: #b01e1e"));
    }
    line(tr("典型场景"), s.scenarios.join(QStringLiteral(" · ")));
    layout->addLayout(grid);
    layout->addStretch();
}

} // namespace portrait
