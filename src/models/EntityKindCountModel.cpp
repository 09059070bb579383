// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "models/EntityKindCountModel.h"

#include "core/Workspace.h"
#include "storage/Database.h"

namespace portrait {

EntityKindCountModel::EntityKindCountModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(200);
    connect(&m_delay, &QTimer::timeout, this, &EntityKindCountModel::reload);
    connect(workspace, &Workspace::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("customers"))
            reload();
    });
    connect(workspace, &Workspace::customerChanged, &m_delay, qOverload<>(&QTimer::start));
    connect(workspace, &Workspace::reloaded, this, &EntityKindCountModel::reload);
    reload();
}

void EntityKindCountModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    Statement st(m_workspace->db(),
                 "SELECT coalesce(entity_kind, ''), count(*) AS n FROM customers "
                 "GROUP BY coalesce(entity_kind, '') ORDER BY n DESC, 1");
    while (st.step()) {
        m_rows.append({st.text(0), st.integer(1)});
        m_total += st.integer(1);
    }
    endResetModel();
}

int EntityKindCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntityKindCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntityKindCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == KindColumn)
            return row.kind.isEmpty() ? tr("未填写") : row.kind;
        return row.count;
    case KindRole:
        return row.kind;
    case CountRole:
        return row.count;
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant EntityKindCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == KindColumn ? tr("主体类型") : tr("客户数");
}

} // namespace portrait
