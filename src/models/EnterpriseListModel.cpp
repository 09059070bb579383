// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "models/EnterpriseListModel.h"

#include "core/Workspace.h"
#include "storage/Database.h"

#include <QLocale>

namespace portrait {

EnterpriseListModel::EnterpriseListModel(Workspace *workspace, Loading loading, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_loading(loading)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(300);
    connect(&m_delay, &QTimer::timeout, this, &EnterpriseListModel::reload);
    connect(workspace, &Workspace::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("customers"))
            m_delay.start();
    });
    connect(workspace, &Workspace::customerChanged, &m_delay, qOverload<>(&QTimer::start));
    connect(workspace, &Workspace::reloaded, this, &EnterpriseListModel::reload);
    if (m_loading == Loading::Now)
        reload();
}

QList<EnterpriseListModel::Enterprise> EnterpriseListModel::query(Database &db)
{
    // Counted on the partial index alone, then one name per enterprise: reading the name of
    // every account in the grouping would touch every row (4× slower at a million customers).
    // Blank codes are "no code", not one enterprise.
    Statement st(db, "SELECT c.credit_code, c.n, "
                     "(SELECT min(name) FROM customers WHERE credit_code = c.credit_code) AS nm "
                     "FROM (SELECT credit_code, count(*) AS n FROM customers "
                     "WHERE credit_code IS NOT NULL AND credit_code <> '' "
                     "GROUP BY credit_code HAVING count(*) > 1) c ORDER BY c.n DESC, nm, 1");
    QList<Enterprise> rows;
    while (st.step()) {
        if (!st.text(0).trimmed().isEmpty())
            rows.append({st.text(0), st.text(2), st.integer(1)});
    }
    return rows;
}

void EnterpriseListModel::setEnterprises(QList<Enterprise> enterprises)
{
    beginResetModel();
    m_rows = std::move(enterprises);
    endResetModel();
}

void EnterpriseListModel::reload()
{
    if (m_loading == Loading::ByCaller)
        emit reloadWanted();
    else
        setEnterprises(query(m_workspace->db()));
}

QString EnterpriseListModel::creditCode(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].code : QString();
}

int EnterpriseListModel::rowOfCode(const QString &code) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].code == code)
            return i;
    }
    return -1;
}

int EnterpriseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EnterpriseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnterpriseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Enterprise &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case CodeColumn:
            return row.code;
        default:
            return QLocale().toString(row.count);
        }
    case Qt::ToolTipRole:
        return tr("%1\n统一社会信用代码 %2 · %3 个户号").arg(row.name, row.code).arg(row.count);
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case CreditCodeRole:
        return row.code;
    case AccountCountRole:
        return row.count;
    default:
        return {};
    }
}

QVariant EnterpriseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("企业");
    case CodeColumn:
        return tr("统一社会信用代码");
    default:
        return tr("户数");
    }
}

} // namespace portrait
