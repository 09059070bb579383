// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/SnapshotListModel.h"

#include "commands/SnapshotCommands.h"
#include "core/Error.h"
#include "core/Workspace.h"

#include <QLocale>

namespace portrait {

SnapshotListModel::SnapshotListModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(workspace, &Workspace::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("portrait_snapshots"))
            reload();
    });
    connect(workspace, &Workspace::reloaded, this, &SnapshotListModel::reload);
}

void SnapshotListModel::setDepartment(const QString &department)
{
    m_department = department;
    reload();
}

void SnapshotListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (!m_department.isEmpty()) {
        try {
            m_rows = SnapshotRepository(m_workspace->db()).list(m_department);
        } catch (const Error &e) {
            emit editFailed(e.message());
        }
    }
    endResetModel();
}

int SnapshotListModel::rowOfId(qint64 id) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].id == id)
            return r;
    }
    return -1;
}

int SnapshotListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SnapshotListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnapshotListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PortraitSnapshot &s = m_rows[index.row()];
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Title:
            return s.title;
        case Date:
            return s.createdAt;
        case DataDate:
            return s.dataDate;
        case InScope:
            return role == Qt::DisplayRole ? QVariant(QLocale().toString(s.inScope)) : QVariant(s.inScope);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Title)
        return tr("%1（%2）· 双击改名").arg(s.departmentName, s.department);
    if (role == Qt::TextAlignmentRole && index.column() == InScope)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SnapshotListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("标题");
    case Date:
        return tr("日期");
    case DataDate:
        return tr("数据日期");
    case InScope:
        return tr("范围内客户");
    }
    return {};
}

Qt::ItemFlags SnapshotListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Title)
        f |= Qt::ItemIsEditable;
    return f;
}

bool SnapshotListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Title || !index.isValid())
        return false;
    const QString title = value.toString().trimmed();
    if (title.isEmpty() || title == m_rows[index.row()].title)
        return false;
    QString error;
    if (!m_workspace->execute(new RenameSnapshotCommand(m_workspace, m_rows[index.row()].id, title), &error)) {
        emit editFailed(error);
        return false;
    }
    return true;
}

} // namespace portrait
