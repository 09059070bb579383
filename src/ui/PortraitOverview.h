// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "portrait/Portrait.h"
#include "portrait/PortraitDrillDown.h"

#include <QWidget>

class QChartView;
class QLabel;

namespace portrait {

class StatTile;

// The 总览 tab of the portrait panel: KPI tiles (in-scope customers, share of the company,
// annual kWh, resource-match score with its band, completeness), the segment-share chart and
// the needs-ranking chart, each with its evidence mark. A click on the in-scope tile, a segment's
// bar or a need's bar asks for the customers behind it (drillDown).
class PortraitOverview : public QWidget
{
    Q_OBJECT
public:
    explicit PortraitOverview(QWidget *parent = nullptr);
    void setPortrait(const Portrait &portrait);
    // One line above the tiles: what changed since a snapshot (empty text hides it).
    void setSinceSnapshot(const QString &text);
    QLabel *sinceSnapshotLabel() const { return m_since; }

    StatTile *inScopeTile() const { return m_inScope; }
    StatTile *matchTile() const { return m_match; }
    static QString bandName(Portrait::Band band);
    static QColor bandColour(Portrait::Band band);
    // The figure behind a bar of the segment chart (row 0 at the top) or the needs chart.
    DrillDown segmentDrillDown(int row) const;
    DrillDown needDrillDown(int row) const;
    DrillDown scopeDrillDown() const;

signals:
    void drillDown(const portrait::DrillDown &drill);
    void snapshotsRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setBars(QChartView *view, const QStringList &names, const QList<double> &percents,
                 const QColor &colour);

    StatTile *m_inScope, *m_share, *m_kwh, *m_match, *m_completeness;
    QChartView *m_segments, *m_needs;
    QList<QLabel *> m_marks; // five tiles, two charts
    QLabel *m_since;
    Portrait m_portrait;
};

} // namespace portrait
