// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QWizardPage>
#include <memory>

namespace Ui {
class ImportOptionsForm;
}

namespace portrait {

class ImportWizard;

// The import wizard's options: create, update or both; the attribute that matches rows to
// customers; all-or-nothing or skip invalid rows; and whether to try first without writing.
// This is the commit page: its button starts the import.
class ImportOptionsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportOptionsPage(ImportWizard *wizard);
    ~ImportOptionsPage() override;

    void initializePage() override;
    void cleanupPage() override {}
    bool validatePage() override;

private:
    ImportWizard *m_wizard;
    std::unique_ptr<Ui::ImportOptionsForm> m_ui;
};

} // namespace portrait
