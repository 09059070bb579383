// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QElapsedTimer>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace portrait {

class ImportWizard;

// The import wizard's run page: a progress bar over the file, the rate, and 取消导入. The import
// starts when the page is shown after a run was requested, and the wizard moves on to the
// result page by itself when it ends (done, refused or cancelled).
class ImportRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard *wizard);

    bool isComplete() const override;
    QPushButton *cancelButton() const { return m_cancel; }

private:
    void pageShown(int id);
    void showProgress(qint64 done, qint64 total);
    void finished();

    ImportWizard *m_wizard;
    QLabel *m_status;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QElapsedTimer m_clock;
};

} // namespace portrait
