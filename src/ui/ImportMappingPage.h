// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QWizardPage>

class QLabel;
class QTableView;

namespace portrait {

class ChoiceDelegate;
class ImportWizard;

// The import wizard's preview: what was detected (encoding, delimiter, header line) and one row
// per file column with its header, sample values and the attribute it feeds, which the user can
// change — to another attribute, to 忽略, or to a new custom attribute. Mappings can be saved to
// a file and loaded again for the next export of the same system.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    void cleanupPage() override {}
    bool validatePage() override;
    QTableView *view() const { return m_view; }

public slots:
    void saveMapping(const QString &path = {});
    void loadMapping(const QString &path = {});

private:
    void updateSummary();

    ImportWizard *m_wizard;
    QLabel *m_detected;
    QLabel *m_summary;
    QLabel *m_error;
    QTableView *m_view;
    ChoiceDelegate *m_attributeDelegate;
};

} // namespace portrait
