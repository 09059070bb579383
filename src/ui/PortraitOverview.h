// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "portrait/Portrait.h"

#include <QWidget>

class QChartView;

namespace portrait {

class StatTile;

// The 总览 tab of the portrait panel: KPI tiles (in-scope customers, share of the company,
// annual kWh, resource-match score with its band, completeness), the segment-share chart and
// the needs-ranking chart.
class PortraitOverview : public QWidget
{
    Q_OBJECT
public:
    explicit PortraitOverview(QWidget *parent = nullptr);
    void setPortrait(const Portrait &portrait);

    StatTile *inScopeTile() const { return m_inScope; }
    StatTile *matchTile() const { return m_match; }
    static QString bandName(Portrait::Band band);
    static QColor bandColour(Portrait::Band band);

private:
    static void setBars(QChartView *view, const QStringList &names, const QList<double> &percents,
                        const QColor &colour);

    StatTile *m_inScope, *m_share, *m_kwh, *m_match, *m_completeness;
    QChartView *m_segments, *m_needs;
};

} // namespace portrait
