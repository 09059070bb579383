// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "io/ImportOptions.h"

#include <QAbstractTableModel>

namespace portrait {

// The problems an import found (line, column, value, reason, error or warning), as the wizard's
// result table shows them; writeCsv() saves the same table for Excel (UTF-8 with BOM).
class ImportIssueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { LineColumn, ColumnColumn, ValueColumn, ReasonColumn, LevelColumn, ColumnCount };

    explicit ImportIssueModel(QObject *parent = nullptr);

    void setIssues(QList<ImportIssue> issues);
    const QList<ImportIssue> &issues() const { return m_issues; }
    // Throws portrait::Error when the file cannot be written.
    void writeCsv(const QString &path) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ImportIssue> m_issues;
};

} // namespace portrait
