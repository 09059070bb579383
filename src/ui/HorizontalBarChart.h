// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QColor>
#include <QList>
#include <QStringList>

class QChartView;

namespace portrait {

// The one horizontal bar chart the panels draw (customers by kind, segment shares, needs):
// first item on top, value labels at the bar ends, no legend. Replaces the view's chart.
namespace HorizontalBarChart {

struct Style
{
    QColor colour = QColor(0x2f, 0x6f, 0xb5);
    QColor labelColour;          // default: the chart theme's
    QString labelsFormat;        // e.g. "@value%"; empty: the value
    int labelsPrecision = 6;
    double axisMax = 0;          // upper end of the value axis
    QString axisFormat = QStringLiteral("%d");
    bool niceNumbers = false;
};

void show(QChartView *view, const QStringList &names, const QList<double> &values, const Style &style);

} // namespace HorizontalBarChart
} // namespace portrait
