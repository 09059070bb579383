// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "models/ImportIssueModel.h"

#include "io/CsvWriter.h"

#include <QColor>

namespace portrait {

ImportIssueModel::ImportIssueModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportIssueModel::setIssues(QList<ImportIssue> issues)
{
    beginResetModel();
    m_issues = std::move(issues);
    endResetModel();
}

void ImportIssueModel::writeCsv(const QString &path) const
{
    CsvWriter csv(path, CsvWriter::Encoding::Utf8Bom);
    for (int c = 0; c < ColumnCount; ++c)
        csv.text(headerData(c, Qt::Horizontal).toString().toStdString());
    csv.endRow();
    for (const ImportIssue &i : m_issues) {
        csv.number(double(i.line));
        csv.text(i.column.toStdString());
        csv.text(i.value.toStdString());
        csv.text(i.reason.toStdString());
        csv.text((i.error ? tr("错误") : tr("警告")).toStdString());
        csv.endRow();
    }
    csv.commit();
}

int ImportIssueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int ImportIssueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportIssueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ImportIssue &issue = m_issues[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LineColumn:
            return issue.line;
        case ColumnColumn:
            return issue.column;
        case ValueColumn:
            return issue.value.left(200);
        case ReasonColumn:
            return issue.reason;
        default:
            return issue.error ? tr("错误") : tr("警告");
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ValueColumn)
        return issue.value.left(2000);
    if (role == Qt::ForegroundRole && index.column() == LevelColumn)
        return issue.error ? QColor(0xc0, 0x39, 0x2b) : QColor(0xb9, 0x77, 0x0e);
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("行号");
    case ColumnColumn:
        return tr("列");
    case ValueColumn:
        return tr("值");
    case ReasonColumn:
        return tr("原因");
    default:
        return tr("级别");
    }
}

} // namespace portrait
