// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "portrait/PortraitComparison.h"

#include <QAbstractTableModel>

namespace portrait {

// Two portraits side by side (PortraitComparison): a title line per section, then per item its
// value and note in the earlier and the later portrait and the change. Changed lines are
// highlighted, a gap in red, an item only one side has in grey.
class SnapshotCompareModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Item, Before, After, Change, ColumnCount };
    explicit SnapshotCompareModel(QObject *parent = nullptr);

    void compare(const Portrait &before, const QString &beforeTitle, const Portrait &after,
                 const QString &afterTitle);
    void clear();
    // The comparison line of a row, or nullptr for a section title.
    const ComparisonRow *line(int row) const;
    int changedCount() const;
    // The change of a line as shown: "+12", "−0.3 个百分点", "新增", "不再出现", or "" for none.
    static QString changeText(const ComparisonRow &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString value(const ComparisonRow &row, bool after) const;

    struct Line
    {
        std::optional<ComparisonRow::Section> title; // a section title line
        ComparisonRow row;
    };
    QList<Line> m_lines;
    QString m_beforeTitle, m_afterTitle;
};

} // namespace portrait
