// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/SnapshotCompareModel.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace portrait {

SnapshotCompareModel::SnapshotCompareModel(QObject *parent) : QAbstractTableModel(parent) {}

void SnapshotCompareModel::compare(const Portrait &before, const QString &beforeTitle, const Portrait &after,
                                   const QString &afterTitle)
{
    beginResetModel();
    m_lines.clear();
    m_beforeTitle = beforeTitle;
    m_afterTitle = afterTitle;
    std::optional<ComparisonRow::Section> section;
    for (const ComparisonRow &r : PortraitComparison::compare(before, after)) {
        if (section != r.section) {
            section = r.section;
            m_lines << Line{section, {}};
        }
        m_lines << Line{std::nullopt, r};
    }
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, Before, After);
}

void SnapshotCompareModel::clear()
{
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

const ComparisonRow *SnapshotCompareModel::line(int row) const
{
    if (row < 0 || row >= m_lines.size() || m_lines[row].title)
        return nullptr;
    return &m_lines[row].row;
}

int SnapshotCompareModel::changedCount() const
{
    return int(std::count_if(m_lines.begin(), m_lines.end(),
                             [](const Line &l) { return !l.title && l.row.changed(); }));
}

int SnapshotCompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int SnapshotCompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SnapshotCompareModel::value(const ComparisonRow &r, bool after) const
{
    const std::optional<double> &v = after ? r.after : r.before;
    if (!v)
        return tr("—（无）");
    QString text = r.unit == ComparisonRow::Unit::Count ? QLocale().toString(qRound64(*v)) : PortraitComparison::percent(*v);
    const QString &note = after ? r.afterNote : r.beforeNote;
    if (!note.isEmpty())
        text += QStringLiteral("  ") + note;
    if (after ? r.afterGap : r.beforeGap)
        text += tr("  缺口");
    return text;
}

QString SnapshotCompareModel::changeText(const ComparisonRow &r)
{
    if (!r.before)
        return tr("新增");
    if (!r.after)
        return tr("不再出现");
    const double d = r.delta();
    if (r.unit == ComparisonRow::Unit::Count) {
        const qint64 n = qRound64(d);
        return n == 0 ? QString() : (n > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(n);
    }
    if (qAbs(d) < 0.0005)
        return {};
    return tr("%1%2 个百分点").arg(d > 0 ? QStringLiteral("+") : QString(), QLocale().toString(d * 100, 'f', 1));
}

QVariant SnapshotCompareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &l = m_lines[index.row()];
    if (l.title) {
        if (role == Qt::DisplayRole && index.column() == Item)
            return PortraitComparison::sectionName(*l.title);
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::BackgroundRole)
            return QBrush(QColor(0xee, 0xee, 0xee));
        return {};
    }
    const ComparisonRow &r = l.row;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Item:
            return r.code == r.name || r.section == ComparisonRow::Section::Summary
                       ? r.name
                       : QStringLiteral("%1 %2").arg(r.code, r.name);
        case Before:
            return value(r, false);
        case After:
            return value(r, true);
        case Change:
            return changeText(r);
        }
        return {};
    case Qt::BackgroundRole:
        return r.changed() ? QVariant(QBrush(QColor(0xff, 0xf4, 0xc2))) : QVariant();
    case Qt::ForegroundRole:
        if ((index.column() == Before && r.beforeGap) || (index.column() == After && r.afterGap))
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
        if ((index.column() == Before && !r.before) || (index.column() == After && !r.after))
            return QBrush(Qt::gray);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Change ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return r.changed() ? tr("有变化") : QVariant();
    default:
        return {};
    }
}

QVariant SnapshotCompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Item:
        return tr("项目");
    case Before:
        return m_beforeTitle.isEmpty() ? tr("之前") : m_beforeTitle;
    case After:
        return m_afterTitle.isEmpty() ? tr("之后") : m_afterTitle;
    case Change:
        return tr("变化");
    }
    return {};
}

} // namespace portrait
