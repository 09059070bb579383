// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "portrait/Portrait.h"
#include "portrait/PortraitDrillDown.h"
#include "portrait/PortraitEvidence.h"

#include <QAbstractTableModel>
#include <QColor>

namespace portrait {

// A read-only view adapter over one table of a Portrait: the service-coverage matrix (needs ×
// services), the lifecycle companion matrix (stages × segments) and the resource-match tables
// (per segment, per value goal, resource utilisation). Cells are plain text with an optional
// highlight (a gap) and tooltip; the portrait panel fills it with setPortrait(). Each column names
// its evidence (an icon in the header, a line of every cell's tooltip); cells that count
// customers know the customers behind them (drillDownAt).
class PortraitTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind { Coverage, Lifecycle, MatchBySegment, MatchByGoal, Resources };
    explicit PortraitTableModel(Kind kind, QObject *parent = nullptr);

    void setPortrait(const Portrait &portrait);
    Kind kind() const { return m_kind; }
    // Whether a cell is highlighted as a gap.
    bool isGap(int row, int column) const;
    // The customers behind a cell, when it counts or covers some.
    std::optional<DrillDown> drillDownAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Cell
    {
        QString text, tip;
        bool gap = false;
        std::optional<DrillDown> drill = {};
    };
    void fillCoverage(const Portrait &p);
    void fillLifecycle(const Portrait &p);
    void fillMatchBySegment(const Portrait &p);
    void fillMatchByGoal(const Portrait &p);
    void fillResources(const Portrait &p);

    Kind m_kind;
    QStringList m_columns, m_rows, m_columnTips;
    QList<PortraitEvidence::Mark> m_evidence; // per column
    QList<QList<Cell>> m_cells; // [row][column]
};

} // namespace portrait
