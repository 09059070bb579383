// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "models/ImportBatchModel.h"

#include "core/Workspace.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace portrait {

ImportBatchModel::ImportBatchModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(workspace, &Workspace::reloaded, this, &ImportBatchModel::reload);
    connect(workspace, &Workspace::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("import_batches"))
            reload();
    });
    reload();
}

void ImportBatchModel::reload()
{
    beginResetModel();
    m_batches = ImportBatchRepository::list(m_workspace->db());
    std::reverse(m_batches.begin(), m_batches.end()); // newest first
    endResetModel();
}

int ImportBatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int ImportBatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportBatchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &b = m_batches[index.row()];
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IdColumn:
            return b.id;
        case FileColumn:
            return b.file;
        case TimeColumn: {
            const QDateTime t = QDateTime::fromString(b.started, Qt::ISODate);
            return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : b.started;
        }
        case ModeColumn:
            if (b.mode == QLatin1String("create"))
                return tr("新建");
            if (b.mode == QLatin1String("update"))
                return tr("更新");
            return tr("新建或更新");
        case CreatedColumn:
            return locale.toString(b.created);
        case UpdatedColumn:
            return locale.toString(b.updated);
        case UnchangedColumn:
            return locale.toString(b.unchanged);
        case RejectedColumn:
            return locale.toString(b.rejected);
        default:
            return b.reverted.isEmpty() ? tr("有效") : tr("已撤销");
        }
    }
    if (role == Qt::ForegroundRole && !b.reverted.isEmpty())
        return QColor(0x88, 0x88, 0x88);
    if (role == Qt::ToolTipRole && index.column() == StateColumn && !b.reverted.isEmpty())
        return tr("撤销于 %1").arg(b.reverted);
    if (role == Qt::TextAlignmentRole && index.column() >= CreatedColumn && index.column() <= RejectedColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportBatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const names[] = {
        QT_TR_NOOP("批次"), QT_TR_NOOP("文件"), QT_TR_NOOP("时间"), QT_TR_NOOP("方式"),
        QT_TR_NOOP("新建"), QT_TR_NOOP("更新"), QT_TR_NOOP("未变"), QT_TR_NOOP("拒绝"),
        QT_TR_NOOP("状态")};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

} // namespace portrait
