// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "portrait/Portrait.h"
#include "portrait/PortraitDrillDown.h"

#include <QFrame>

class QGridLayout;

namespace portrait {

namespace PortraitEvidence {
struct Mark;
}

// One 画像卡 (ux.md "画像卡"): a segment's code, name, priority and evidence in the title line,
// then size and share, definition, key statistics, top labels, needs ranking with bars, value
// goals, lifecycle, covering services, gaps and scenarios. Every line carries its evidence mark.
// The size, each need and each stage are links to the customers behind them (drillDown); a
// double-click asks for the card full size (openRequested), which is the same card with every
// statistic, need and service instead of the top few.
class PortraitCard : public QFrame
{
    Q_OBJECT
public:
    enum class Size { Grid, Full };
    PortraitCard(const Segment &segment, const Portrait &portrait, Size size = Size::Grid,
                 QWidget *parent = nullptr);

    QString node() const { return m_segment.node; }
    static QString amountKwh(double kwh); // 万千瓦时 / 亿千瓦时

    // The figure behind a link of the card ("segment", "need:N04", "stage:L2", "stage:").
    DrillDown drillDownOf(const QString &link) const;

signals:
    void drillDown(const portrait::DrillDown &drill);
    void openRequested(const QString &node);

protected:
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void line(const QString &caption, const QString &text, const PortraitEvidence::Mark &mark,
              bool gap = false);
    void addNeeds();

    Segment m_segment;
    QString m_department;
    Size m_size;
    QGridLayout *m_grid;
    int m_row = 0;
};

} // namespace portrait
