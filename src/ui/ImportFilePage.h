// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QWizardPage>
#include <memory>

namespace Ui {
class ImportFileForm;
}

namespace portrait {

class ImportWizard;

// The import wizard's first page: which file, and (rarely needed) its encoding and delimiter.
// Leaving the page reads the file's header and first rows; a file without a recognisable header
// keeps the user here with the reason.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard *wizard);
    ~ImportFilePage() override;

    void setFilePath(const QString &path);
    bool isComplete() const override;
    bool validatePage() override;
    void cleanupPage() override {} // keep the chosen file when the wizard restarts

private:
    void browse();

    ImportWizard *m_wizard;
    std::unique_ptr<Ui::ImportFileForm> m_ui;
};

} // namespace portrait
