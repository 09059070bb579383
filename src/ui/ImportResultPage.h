// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableView;

namespace portrait {

class ImportIssueModel;
class ImportWizard;

// The import wizard's result: the one-line summary (created, updated, unchanged, rejected,
// warnings), what happened (imported, trial, refused, cancelled), notes, and a table of every
// problem with line, column, value and reason that can be saved as CSV. After a clean trial run
// 正式导入 runs the real import; 修改选项 goes back to the options.
class ImportResultPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportResultPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override { return true; }

    ImportIssueModel *issues() const { return m_issues; }
    QPushButton *importButton() const { return m_import; }
    QLabel *summaryLabel() const { return m_headline; }

public slots:
    void saveIssues(const QString &path = {});

private:
    ImportWizard *m_wizard;
    QLabel *m_headline;
    QLabel *m_summary;
    QLabel *m_notes;
    ImportIssueModel *m_issues;
    QTableView *m_view;
    QPushButton *m_save;
    QPushButton *m_import;
    QPushButton *m_change;
};

} // namespace portrait
