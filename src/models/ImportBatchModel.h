// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "storage/ImportBatchRepository.h"

#include <QAbstractTableModel>

namespace portrait {

class Workspace;

// The import history (ImportBatchRepository::list), newest first: file, time, mode and what each
// import created, updated, left unchanged and rejected, and whether it has been reverted.
class ImportBatchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { IdColumn, FileColumn, TimeColumn, ModeColumn, CreatedColumn, UpdatedColumn,
                   UnchangedColumn, RejectedColumn, StateColumn, ColumnCount };

    explicit ImportBatchModel(Workspace *workspace, QObject *parent = nullptr);

    ImportBatchRepository::Batch batch(int row) const { return m_batches.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public slots:
    void reload();

private:
    Workspace *m_workspace;
    QList<ImportBatchRepository::Batch> m_batches;
};

} // namespace portrait
