// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/PortraitOverview.h"

#include "ui/HorizontalBarChart.h"

#include "ui/PortraitCard.h"
#include "ui/PortraitEvidenceMark.h"
#include "ui/StatTile.h"

#include <QBarCategoryAxis>
#include <QEvent>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QValueAxis>

namespace portrait {

namespace {
QString percent(double fraction, int decimals = 0)
{
    return QStringLiteral("%1%").arg(QLocale().toString(fraction * 100, 'f', decimals));
}
} // namespace

QString PortraitOverview::bandName(Portrait::Band band)
{
    switch (band) {
    case Portrait::Band::Good:
        return tr("匹配良好");
    case Portrait::Band::Partial:
        return tr("部分匹配");
    case Portrait::Band::Misaligned:
        return tr("错位");
    }
    return {};
}

QColor PortraitOverview::bandColour(Portrait::Band band)
{
    switch (band) {
    case Portrait::Band::Good:
        return QColor(0x2e, 0x7d, 0x32);
    case Portrait::Band::Partial:
        return QColor(0xc7, 0x7c, 0x02);
    case Portrait::Band::Misaligned:
        return QColor(0xb0, 0x1e, 0x1e);
    }
    return {};
}

PortraitOverview::PortraitOverview(QWidget *parent) : QWidget(parent)
{
    // Each tile with its evidence mark in the top right corner (both in one grid cell).
    auto *tiles = new QGridLayout;
    m_inScope = new StatTile(tr("范围内客户"), this);
    m_share = new StatTile(tr("占全公司客户"), this);
    m_kwh = new StatTile(tr("年用电量"), this);
    m_match = new StatTile(tr("资源匹配度"), this);
    m_completeness = new StatTile(tr("数据完整度"), this);
    int column = 0;
    for (StatTile *t : {m_inScope, m_share, m_kwh, m_match, m_completeness}) {
        tiles->addWidget(t, 0, column);
        m_marks << PortraitEvidenceMark::label({}, this);
        tiles->addWidget(m_marks.last(), 0, column++, Qt::AlignTop | Qt::AlignRight);
    }
    m_inScope->setToolTip(tr("点击查看范围内的全部客户"));
    m_inScope->setCursor(Qt::PointingHandCursor);
    m_inScope->installEventFilter(this);
    m_segments = new QChartView(this);
    m_needs = new QChartView(this);
    for (QChartView *v : {m_segments, m_needs}) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumHeight(240);
        v->setToolTip(tr("点击条形查看其中的客户"));
    }
    auto titled = [this](const QString &title) {
        auto *line = new QHBoxLayout;
        line->addWidget(new QLabel(title, this));
        m_marks << PortraitEvidenceMark::label({}, this);
        line->addWidget(m_marks.last());
        line->addStretch();
        return line;
    };
    auto *charts = new QGridLayout;
    charts->addLayout(titled(tr("<b>客户群占比</b>")), 0, 0);
    charts->addLayout(titled(tr("<b>需求排序</b>（有此需求的客户占范围）")), 0, 1);
    charts->addWidget(m_segments, 1, 0);
    charts->addWidget(m_needs, 1, 1);
    m_since = new QLabel(this);
    m_since->setObjectName(QStringLiteral("sinceSnapshot"));
    m_since->setWordWrap(true);
    m_since->hide();
    connect(m_since, &QLabel::linkActivated, this, &PortraitOverview::snapshotsRequested);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_since);
    layout->addLayout(tiles);
    layout->addLayout(charts, 1);
}

bool PortraitOverview::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_inScope && event->type() == QEvent::MouseButtonRelease && !m_portrait.department.isEmpty())
        emit drillDown(scopeDrillDown());
    return QWidget::eventFilter(watched, event);
}

void PortraitOverview::setSinceSnapshot(const QString &text)
{
    m_since->setText(text);
    m_since->setVisible(!text.isEmpty());
}

DrillDown PortraitOverview::scopeDrillDown() const
{
    return {m_portrait.department, {}, {}, {}, {}, tr("%1 范围内客户").arg(m_portrait.departmentName)};
}

DrillDown PortraitOverview::segmentDrillDown(int row) const
{
    const Segment &s = m_portrait.segments.at(row);
    return {m_portrait.department, s.node, {}, {}, {},
            QStringLiteral("%1 · %2 %3").arg(m_portrait.department, s.node, s.name)};
}

DrillDown PortraitOverview::needDrillDown(int row) const
{
    const ValueShare &v = m_portrait.needRanking.at(row);
    return {m_portrait.department, {}, {v.code}, {}, {},
            tr("%1 · 需求 %2 %3").arg(m_portrait.department, v.code, v.name)};
}

void PortraitOverview::setPortrait(const Portrait &p)
{
    m_portrait = p;
    m_inScope->setValue(StatTile::compactCount(p.inScope),
                        tr("范围外 %1 · 未分类 %2").arg(p.outOfScope).arg(p.unclassified));
    m_share->setValue(
        percent(p.companyCustomers ? double(p.inScope) / double(p.companyCustomers) : 0, 1),
        tr("全公司 %1 户").arg(StatTile::compactCount(p.companyCustomers)));
    m_kwh->setValue(
        PortraitCard::amountKwh(p.inScopeKwh),
        tr("占全公司 %1").arg(percent(p.companyKwh > 0 ? p.inScopeKwh / p.companyKwh : 0, 1)));
    const Portrait::Band band = Portrait::band(p.resourceMatch);
    m_match->setValue(percent(p.resourceMatch), bandName(band));
    m_match->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(bandColour(band).name()));
    m_completeness->setValue(percent(p.completeness),
                             tr("分类覆盖 %1 · 可评估 %2")
                                 .arg(percent(p.classificationCoverage), percent(p.evaluability)));
    const PortraitEvidence::Mark marks[] = {
        PortraitEvidence::segmentCount(p), PortraitEvidence::segmentCount(p), PortraitEvidence::attributes(p),
        PortraitEvidence::match(), PortraitEvidence::attributes(p), PortraitEvidence::segmentCount(p),
        PortraitEvidence::segmentCount(p)};
    for (int i = 0; i < m_marks.size(); ++i) {
        m_marks[i]->setText(PortraitEvidenceMark::html(marks[i].evidence));
        m_marks[i]->setToolTip(PortraitEvidenceMark::tooltip(marks[i]));
        m_marks[i]->setProperty("evidence", PortraitEvidence::name(marks[i].evidence));
    }

    QStringList names;
    QList<double> values;
    for (const Segment &s : p.segments) {
        names << QStringLiteral("%1 %2").arg(s.node, s.name);
        values << s.shareOfScope * 100;
    }
    setBars(m_segments, names, values, QColor(0x2f, 0x6f, 0xb5));
    names.clear();
    values.clear();
    for (const ValueShare &v : p.needRanking.mid(0, 10)) {
        names << QStringLiteral("%1 %2").arg(v.code, v.name);
        values << v.share * 100;
    }
    setBars(m_needs, names, values, QColor(0x4e, 0x9a, 0x6f));
}

void PortraitOverview::setBars(QChartView *view, const QStringList &names,
                               const QList<double> &percents, const QColor &colour)
{
    double largest = 0;
    for (double p : percents)
        largest = qMax(largest, p);
    HorizontalBarChart::Style style;
    style.colour = colour;
    style.labelsFormat = QStringLiteral("@value%");
    style.labelsPrecision = 3;
    style.axisMax = qMin(100.0, largest * 1.2 + 1);
    style.axisFormat = QStringLiteral("%d%");
    HorizontalBarChart::show(view, names, percents, style);
    // The chart draws the first name at the bottom: bar `index` is row size-1-index.
    const qsizetype rows = names.size();
    for (QAbstractSeries *series : view->chart()->series()) {
        if (auto *bars = qobject_cast<QHorizontalBarSeries *>(series))
            connect(bars, &QHorizontalBarSeries::clicked, this, [this, view, rows](int index) {
                const int row = int(rows) - 1 - index;
                emit drillDown(view == m_segments ? segmentDrillDown(row) : needDrillDown(row));
            });
    }
}

} // namespace portrait
