// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "storage/SnapshotRepository.h"

#include <QAbstractTableModel>

namespace portrait {

class Workspace;

// The portrait snapshots of one department, newest first: title (editable: a rename is an undo
// step), date, data date and in-scope customers. Follows changes of portrait_snapshots.
class SnapshotListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Date, DataDate, InScope, ColumnCount };
    explicit SnapshotListModel(Workspace *workspace, QObject *parent = nullptr);

    void setDepartment(const QString &department);
    const PortraitSnapshot &snapshot(int row) const { return m_rows.at(row); }
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void editFailed(const QString &message);

private:
    void reload();

    Workspace *m_workspace;
    QString m_department;
    QList<PortraitSnapshot> m_rows;
};

} // namespace portrait
