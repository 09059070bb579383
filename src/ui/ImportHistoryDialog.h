// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace portrait {

class BackgroundJob;
class EmptyState;
class ImportBatchModel;
class Workspace;

// 导入历史: every import with its file, time, mode and counts, newest first, and 撤销此次导入,
// which deletes the customers the import created and puts back the values it replaced. When
// customers changed after the import, the revert is refused and the dialog names them and offers
// 仍然撤销. The revert runs in the background on its own connection; the views reload after it.
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportHistoryDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~ImportHistoryDialog() override;

    ImportBatchModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *revertButton() const { return m_revert; }

public slots:
    void revertSelected(bool force = false);
    void reject() override;

signals:
    void importRequested();
    void revertFinished(bool done);

private:
    void updateState();

    Workspace *m_workspace;
    ImportBatchModel *m_model;
    QTableView *m_view;
    EmptyState *m_empty;
    QStackedWidget *m_stack;
    QLabel *m_status;
    QPushButton *m_revert;
    BackgroundJob *m_job = nullptr;
};

} // namespace portrait
