// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "models/DuplicateGroupModel.h"

namespace portrait {

DuplicateGroupModel::DuplicateGroupModel(QObject *parent) : QAbstractListModel(parent) {}

void DuplicateGroupModel::setGroups(QList<DuplicateFinder::Group> groups)
{
    beginResetModel();
    m_groups = std::move(groups);
    endResetModel();
}

void DuplicateGroupModel::removeGroup(int row)
{
    if (row < 0 || row >= m_groups.size())
        return;
    beginRemoveRows({}, row, row);
    m_groups.removeAt(row);
    endRemoveRows();
}

QString DuplicateGroupModel::reasonText(DuplicateFinder::Group::Reason reason)
{
    return reason == DuplicateFinder::Group::Reason::CustomerNumber
               ? tr("同一户号的不同写法")
               : tr("同名同地区、无信用代码");
}

int DuplicateGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

QVariant DuplicateGroupModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &g = m_groups[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1  ·  %2 户\n%3").arg(g.key).arg(g.ids.size()).arg(reasonText(g.reason));
    case Qt::ToolTipRole:
        return g.reason == DuplicateFinder::Group::Reason::CustomerNumber
                   ? tr("这些户号去掉前导零或科学计数法后相同，多半是 Excel 改写了同一个户号")
                   : tr("这些客户名称（忽略空格、全角和“有限责任公司/有限公司”）与地区相同，且都没有统一社会信用代码");
    default:
        return {};
    }
}

} // namespace portrait
