// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/HorizontalBarChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QValueAxis>

namespace portrait::HorizontalBarChart {

void show(QChartView *view, const QStringList &names, const QList<double> &values, const Style &style)
{
    auto *set = new QBarSet(QString());
    // A horizontal bar series draws its first category at the bottom: add them in reverse.
    for (qsizetype i = values.size() - 1; i >= 0; --i)
        *set << values[i];
    set->setColor(style.colour);
    if (style.labelColour.isValid())
        set->setLabelColor(style.labelColour);
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    if (!style.labelsFormat.isEmpty())
        series->setLabelsFormat(style.labelsFormat);
    series->setLabelsPrecision(style.labelsPrecision);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setBarWidth(0.6);
    auto *chart = new QChart;
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(QStringList(names.crbegin(), names.crend()));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, style.axisMax);
    axisX->setLabelFormat(style.axisFormat);
    if (style.niceNumbers) {
        axisX->setTickCount(6);
        axisX->applyNiceNumbers();
    }
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace portrait::HorizontalBarChart
