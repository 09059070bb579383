// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

namespace portrait {

class Workspace;

// How many customers there are of each 主体类型 (entity_kind), largest first; customers without a
// kind form one row with an empty kind. Feeds the overview chart until the engine's primary
// categories arrive. Follows the customers table (a single customer's change is coalesced).
class EntityKindCountModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { KindColumn, CountColumn, ColumnCount };
    enum Roles { KindRole = Qt::UserRole + 1, CountRole };

    explicit EntityKindCountModel(Workspace *workspace, QObject *parent = nullptr);

    qint64 total() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public slots:
    void reload();

private:
    struct Row
    {
        QString kind;
        qint64 count = 0;
    };
    Workspace *m_workspace;
    QList<Row> m_rows;
    qint64 m_total = 0;
    QTimer m_delay;
};

} // namespace portrait
