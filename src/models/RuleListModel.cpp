// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "models/RuleListModel.h"

#include "commands/SetValueCommand.h"
#include "core/Language.h"
#include "core/Workspace.h"
#include "storage/Database.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QMimeData>

namespace portrait {

namespace {
const QString kMime = QStringLiteral("application/x-portrait-rule-id");

bool ordered(const QString &group)
{
    return group == QLatin1String("primary") || group == QLatin1String("credit") ||
           group == QLatin1String("dr") || group == QLatin1String("stage");
}
} // namespace

RuleListModel::RuleListModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_group(QStringLiteral("primary"))
{
    connect(workspace, &Workspace::tableChanged, this, [this](const QString &t) {
        if (t == QLatin1String("rules"))
            reload();
    });
    connect(workspace, &Workspace::reloaded, this, &RuleListModel::reload);
    reload();
}

void RuleListModel::setGroup(const QString &group)
{
    m_group = group;
    m_counts.clear();
    reload();
}

void RuleListModel::reload()
{
    Statement st(m_workspace->db(), "SELECT id, name_zh, name_en, outcome, enabled, dept_types "
                                    "FROM rules WHERE grp = ? ORDER BY ord, rowid");
    st.bind(1, m_group);
    QList<Row> rows;
    while (st.step())
        rows.append({st.text(0), st.text(1), st.text(2), st.text(3), st.integer(4) != 0, !st.text(5).isEmpty()});
    if (rows.size() == m_rows.size() && !rows.isEmpty()) {
        // Same shape (an edit, a reorder, an undo): keep views and selections alive.
        m_rows = rows;
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void RuleListModel::setOutcomeNames(const QHash<QString, QString> &names)
{
    m_outcomeNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, OutcomeColumn), index(rowCount() - 1, OutcomeColumn));
}

void RuleListModel::setCounts(const QHash<QString, Count> &counts)
{
    m_counts = counts;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void RuleListModel::clearCounts()
{
    setCounts({});
}

QString RuleListModel::ruleId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

int RuleListModel::rowOf(const QString &id) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].id == id)
            return r;
    }
    return -1;
}

QStringList RuleListModel::ids() const
{
    QStringList list;
    for (const Row &r : m_rows)
        list << r.id;
    return list;
}

QString RuleListModel::warning(int row) const
{
    const auto it = m_counts.constFind(ruleId(row));
    if (it == m_counts.cend() || !it->active || !ordered(m_group))
        return {};
    if (it->matches > 0 && it->takes == 0)
        return tr("永远不会生效：它满足的 %Ln 户都已被前面的规则取走", nullptr, int(it->matches));
    if (it->matches == 0)
        return tr("目前没有客户满足这条规则");
    return {};
}

int RuleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RuleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows[index.row()];
    if (role == KeyRole)
        return r.id;
    if (role == WarningRole)
        return warning(index.row());
    const auto count = m_counts.constFind(r.id);
    const bool counted = count != m_counts.cend();
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return QStringLiteral("%1  %2").arg(r.id, localized(r.nameZh, r.nameEn));
        if (role == Qt::ToolTipRole)
            return r.deptSpecific ? tr("只在为特定类型的部门细分客户时使用") : warning(index.row());
        if (role == Qt::ForegroundRole && (!r.enabled || r.deptSpecific))
            return QBrush(QColor(0x90, 0x90, 0x90));
        if (role == Qt::ForegroundRole && !warning(index.row()).isEmpty())
            return QBrush(QColor(0xb9, 0x6a, 0x00));
        return {};
    case EnabledColumn:
        if (role == Qt::CheckStateRole)
            return r.enabled ? Qt::Checked : Qt::Unchecked;
        return {};
    case OutcomeColumn:
        if (role == Qt::DisplayRole)
            return r.outcome.isEmpty() ? tr("（无）") : m_outcomeNames.value(r.outcome, r.outcome);
        return {};
    default:
        break;
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && counted && !count->active) // why "—"
        return r.deptSpecific ? tr("只在为特定类型的部门细分客户时使用") : tr("已停用，不取得客户");
    if (role != Qt::DisplayRole)
        return {};
    if (!counted)
        return QStringLiteral("…");
    if (!count->active)
        return index.column() == TakesColumn ? QStringLiteral("—") : QString(); // takes no one
    if (index.column() == TakesColumn)
        return ordered(m_group) ? QLocale().toString(count->takes) : QLocale().toString(count->matches);
    return ordered(m_group) && count->active ? QLocale().toString(count->remaining) : QString();
}

bool RuleListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != EnabledColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Row &r = m_rows[index.row()];
    const bool on = value.toInt() == Qt::Checked;
    QString error;
    if (!m_workspace->execute(new SetValueCommand(m_workspace, QStringLiteral("rules"), QStringLiteral("id"),
                                                  r.id, QStringLiteral("enabled"), on ? 1 : 0,
                                                  on ? tr("启用规则 %1").arg(r.id) : tr("停用规则 %1").arg(r.id)),
                              &error)) {
        emit editFailed(error);
        return false;
    }
    return true;
}

Qt::ItemFlags RuleListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (index.column() == EnabledColumn && !m_workspace->isReadOnly())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant RuleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("规则");
    case EnabledColumn: return tr("启用");
    case OutcomeColumn: return tr("结果");
    case TakesColumn: return ordered(m_group) ? tr("取得") : tr("满足");
    case RemainingColumn: return ordered(m_group) ? tr("剩余") : QString();
    default: return {};
    }
}

Qt::DropActions RuleListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList RuleListModel::mimeTypes() const
{
    return {kMime};
}

QMimeData *RuleListModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(kMime, ruleId(indexes.first().row()).toUtf8());
    return data;
}

bool RuleListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                    const QModelIndex &) const
{
    return action == Qt::MoveAction && data && data->hasFormat(kMime) &&
           rowOf(QString::fromUtf8(data->data(kMime))) >= 0;
}

bool RuleListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                 const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    const QString id = QString::fromUtf8(data->data(kMime));
    int to = row >= 0 ? row : parent.isValid() ? parent.row() : rowCount();
    if (rowOf(id) < to)
        --to; // the position counts the rows without the dragged one
    emit moveRequested(id, to);
    return false; // the undo command moves the row; the view must not remove it
}

} // namespace portrait
