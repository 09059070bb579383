// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "storage/WorkshopRepository.h"

#include <QAbstractListModel>

namespace portrait {

class Workspace;

// The workshop sessions of a workspace, newest last: "date title · status". Follows the
// workspace's change signals. IdRole gives the session's id.
class WorkshopSessionModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, DepartmentRole };

    explicit WorkshopSessionModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    int rowOf(qint64 id) const;
    void reload();

private:
    Workspace *m_workspace;
    QList<WorkshopRepository::Listed> m_sessions;
};

} // namespace portrait
