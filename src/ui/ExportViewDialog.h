// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QDialog>
#include <memory>
#include <vector>

class QPushButton;
class QTableView;

namespace Ui {
class ExportViewForm;
}

namespace portrait {

class BackgroundJob;
class CustomerTableModel;
class Workspace;

// 导出当前视图: writes exactly the customers of the customer list as it is filtered and sorted,
// with exactly its visible columns in their on-screen order, as CSV (UTF-8 with BOM or GB18030,
// Chinese or key headers) or JSON. The export runs in the background with a progress bar and
// can be cancelled; the file appears only when it is complete.
class ExportViewDialog : public QDialog
{
    Q_OBJECT
public:
    ExportViewDialog(Workspace *workspace, std::vector<qint64> ids, QStringList columns,
                     QWidget *parent = nullptr);
    ~ExportViewDialog() override;

    // The rows (view order) and visible columns (visual order) of a customer table view.
    static void collect(const QTableView *view, const CustomerTableModel *model,
                        std::vector<qint64> *ids, QStringList *columns);

    void setFilePath(const QString &path);
    QPushButton *exportButton() const { return m_export; }

public slots:
    void startExport();
    void reject() override;

signals:
    void exported(qint64 count, const QString &path);

private:
    void browse();
    void formatChanged();

    Workspace *m_workspace;
    std::unique_ptr<Ui::ExportViewForm> m_ui;
    std::vector<qint64> m_ids;
    QStringList m_columns;
    QPushButton *m_export;
    BackgroundJob *m_job = nullptr;
};

} // namespace portrait
