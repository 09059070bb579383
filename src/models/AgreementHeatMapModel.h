// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "workshop/AgreementResult.h"

#include <QAbstractTableModel>
#include <QHash>

namespace portrait {

// The agreement heat map of a workshop round (ux.md 共创会): one row per position and a last row
// for everyone, one column per node; a cell is the share of the row's participants who included
// the node (q_g(c)), coloured from white (none) to blue (all). Cells where a position differs
// from everyone by half or more (its blind spots and extra customers) are bold, with a tooltip.
class AgreementHeatMapModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit AgreementHeatMapModel(QObject *parent = nullptr);

    // `names`: node code → display name, for the column headers.
    void setResult(const AgreementResult &result, const QHash<QString, QString> &names);
    const AgreementResult &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QColor shareColor(double share);

private:
    double share(int row, int column) const;
    const BlindSpot *blindSpot(int row, int column) const;

    AgreementResult m_result;
    QHash<QString, QString> m_names;
};

} // namespace portrait
