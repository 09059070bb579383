// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "models/WorkshopSessionModel.h"

#include "core/Workspace.h"

namespace portrait {

WorkshopSessionModel::WorkshopSessionModel(Workspace *workspace, QObject *parent)
    : QAbstractListModel(parent), m_workspace(workspace)
{
    connect(workspace, &Workspace::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("workshop_sessions"))
            reload();
    });
    connect(workspace, &Workspace::reloaded, this, &WorkshopSessionModel::reload);
    reload();
}

void WorkshopSessionModel::reload()
{
    beginResetModel();
    m_sessions = WorkshopRepository(m_workspace->db()).list();
    endResetModel();
}

int WorkshopSessionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int WorkshopSessionModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_sessions.size(); ++i) {
        if (m_sessions[i].id == id)
            return int(i);
    }
    return -1;
}

QVariant WorkshopSessionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const WorkshopRepository::Listed &s = m_sessions[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        const QString status = s.status == QLatin1String("adopted")   ? tr("已采纳")
                               : s.status == QLatin1String("running") ? tr("进行中")
                                                                      : tr("准备");
        return tr("%1 %2 · %3 · %4 人").arg(s.date, s.title, status).arg(s.participants);
    }
    case Qt::ToolTipRole:
        return s.department;
    case IdRole:
        return s.id;
    case DepartmentRole:
        return s.department;
    default:
        return {};
    }
}

} // namespace portrait
