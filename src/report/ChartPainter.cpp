// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "report/ChartPainter.h"

#include "report/ReportPainter.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QHorizontalStackedBarSeries>
#include <QPainter>
#include <QValueAxis>

namespace portrait::ChartPainter {

void paint(ReportPainter &page, const ReportChart &data)
{
    if (data.values.isEmpty())
        return;
    const bool percent = data.unit == QLatin1String("%");
    const qreal barMm = 7.0;
    const qreal heightMm = 22 + barMm * data.values.size();
    const qreal height = page.mm(heightMm);
    page.need(height + page.mm(8));
    page.heading(data.title, 10);
    // The scene is laid out at 96 units per inch, so fonts keep their point size once scaled.
    const qreal unitsPerMm = 96.0 / 25.4;
    const QSizeF sceneSize(page.body().width() / page.mm(1) * unitsPerMm, heightMm * unitsPerMm);

    auto *normal = new QBarSet(QString());
    auto *flagged = new QBarSet(QString());
    normal->setColor(ReportPainter::kAccent);
    normal->setBorderColor(ReportPainter::kAccent);
    flagged->setBrush(QBrush(ReportPainter::kWarn, Qt::BDiagPattern));
    flagged->setBorderColor(ReportPainter::kWarn);
    double max = 0;
    QStringList categories;
    // Qt Charts draws the first category at the bottom: reverse, so the list reads top-down.
    for (qsizetype i = data.values.size() - 1; i >= 0; --i) {
        const double v = percent ? data.values[i] * 100.0 : data.values[i];
        const bool flag = data.flagged.value(i);
        *normal << (flag ? 0.0 : v);
        *flagged << (flag ? v : 0.0);
        max = std::max(max, v);
        QString label = data.categories.value(i);
        if (label.size() > 20)
            label = label.left(19) + QStringLiteral("…");
        const QString value = percent ? QString::number(v, 'f', v < 10 ? 1 : 0) + QLatin1Char('%') : QString::number(v, 'f', 0);
        categories << QStringLiteral("%1  %2").arg(label, value);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(normal);
    series->append(flagged);
    series->setBarWidth(0.6);
    series->setLabelsVisible(false); // values are in the category labels: small bars stay readable
    series->setLabelsFormat(percent ? QStringLiteral("@value%") : QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    normal->setLabelColor(Qt::white);
    flagged->setLabelColor(ReportPainter::kWarn);
    QFont labelFont = page.font(7);
    labelFont.setPointSizeF(7);
    normal->setLabelFont(labelFont);
    flagged->setLabelFont(labelFont);

    QChart chart;
    chart.addSeries(series);
    chart.legend()->hide();
    chart.setBackgroundVisible(false);
    chart.setMargins(QMargins(0, 0, 8, 0));
    chart.setAnimationOptions(QChart::NoAnimation);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setLabelsFont(page.font(8));
    axisY->setLabelsColor(ReportPainter::kInk);
    axisY->setGridLineVisible(false);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, max > 0 ? (percent ? std::min(100.0, max * 1.1) : max * 1.1) : 1);
    axisX->applyNiceNumbers();
    axisX->setLabelFormat(percent ? QStringLiteral("%.0f%") : QStringLiteral("%.0f"));
    axisX->setLabelsFont(page.font(7));
    axisX->setLabelsColor(ReportPainter::kMuted);
    axisX->setGridLineColor(ReportPainter::kRule);
    chart.addAxis(axisY, Qt::AlignLeft);
    chart.addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);

    QGraphicsScene scene;
    scene.addItem(&chart);
    chart.setGeometry(QRectF(QPointF(0, 0), sceneSize));
    const QRectF target(page.body().left(), page.y(), page.body().width(), height);
    scene.render(&page.painter(), target, QRectF(QPointF(0, 0), sceneSize), Qt::KeepAspectRatio);
    scene.removeItem(&chart);
    page.advance(height + page.mm(4));
}

} // namespace portrait::ChartPainter
