// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "models/AgreementHeatMapModel.h"

#include <QColor>
#include <QFont>

namespace portrait {

AgreementHeatMapModel::AgreementHeatMapModel(QObject *parent) : QAbstractTableModel(parent) {}

void AgreementHeatMapModel::setResult(const AgreementResult &result,
                                      const QHash<QString, QString> &names)
{
    beginResetModel();
    m_result = result;
    m_names = names;
    endResetModel();
}

int AgreementHeatMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_result.nodes.isEmpty() ? 0 : int(m_result.positions.size()) + 1;
}

int AgreementHeatMapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.nodes.size());
}

double AgreementHeatMapModel::share(int row, int column) const
{
    const NodeAgreement &node = m_result.nodes[column];
    if (row == m_result.positions.size())
        return node.share;
    return node.byPosition.value(m_result.positions[row].position);
}

const BlindSpot *AgreementHeatMapModel::blindSpot(int row, int column) const
{
    if (row >= m_result.positions.size())
        return nullptr;
    for (const BlindSpot &b : m_result.positions[row].blindSpots) {
        if (b.node == m_result.nodes[column].node)
            return &b;
    }
    return nullptr;
}

QColor AgreementHeatMapModel::shareColor(double share)
{
    // Light enough at full share for dark text, and ordered by lightness for grey-scale print.
    return QColor::fromHsvF(0.58f, float(0.6 * share), float(1.0 - 0.15 * share));
}

QVariant AgreementHeatMapModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const double s = share(index.row(), index.column());
    const BlindSpot *spot = blindSpot(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1%").arg(qRound(s * 100));
    case Qt::UserRole:
        return s;
    case Qt::BackgroundRole:
        return shareColor(s);
    case Qt::ForegroundRole:
        return QColor(Qt::black);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::FontRole:
        if (spot) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (spot)
            return (spot->extra ? tr("额外客户：本岗位 %1 选择，全体 %2")
                                : tr("盲点：本岗位 %1 选择，全体 %2"))
                .arg(QStringLiteral("%1%").arg(qRound(spot->positionShare * 100)),
                     QStringLiteral("%1%").arg(qRound(spot->overallShare * 100)));
        return {};
    default:
        return {};
    }
}

QVariant AgreementHeatMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_result.nodes.size())
            return {};
        // Code and name: the room reads names, the facilitator codes. Headers do not wrap, so a
        // long name is shortened here (the tooltip and the list of disagreements give it whole).
        const QString code = m_result.nodes[section].node;
        const QString name = m_names.value(code);
        if (role == Qt::ToolTipRole || name.isEmpty())
            return name.isEmpty() ? code : name;
        constexpr int kHeaderChars = 7;
        return code + QLatin1Char('\n') +
               (name.size() > kHeaderChars ? name.left(kHeaderChars - 1) + QStringLiteral("…") : name);
    }
    if (section < 0 || section > m_result.positions.size())
        return {};
    if (section == m_result.positions.size())
        return tr("全体（%1 人）").arg(m_result.raters);
    const PositionDivergence &p = m_result.positions[section];
    return tr("%1（%2 人）· 分歧 %3")
        .arg(p.position)
        .arg(p.participants)
        .arg(p.divergence, 0, 'f', 2);
}

} // namespace portrait
