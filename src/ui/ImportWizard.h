// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "io/CustomerImporter.h"
#include "io/ImportOptions.h"

#include <QWizard>
#include <utility>

namespace portrait {

class BackgroundJob;
class ImportMappingModel;
class Workspace;

// 导入客户名单: file → preview and column mapping → options → run → result. The import runs in
// a thread of its own on its own connection to the workspace file, so the window never freezes;
// Cancel (the page's button, the wizard's, Esc) stops it and the importer rolls everything back,
// new custom attributes included: a refused, cancelled or trial import changes nothing.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, MappingPage, OptionsPage, RunPage, ResultPage };

    explicit ImportWizard(Workspace *workspace, QWidget *parent = nullptr);
    ~ImportWizard() override;

    Workspace *workspace() const { return m_workspace; }
    ImportOptions &options() { return m_options; }
    ImportMappingModel *mapping() const { return m_mapping; }
    const CustomerImporter::Preview &preview() const { return m_preview; }
    QString filePath() const { return m_path; }

    // Reads the header and first rows of path with the current encoding and delimiter options.
    bool loadPreview(const QString &path, QString *error);

    // Asks for a run (a trial when dryRun) that starts when the run page is shown next.
    void requestRun(bool dryRun) { m_runRequested = true, m_dryRun = dryRun; }
    bool takeRunRequest() { return std::exchange(m_runRequested, false); }
    // Runs the import (a trial when dryRun) in the background; the run page follows it.
    void startImport(bool dryRun);
    // From the result page: back to the options, to change them and run again.
    void backToOptions();
    void cancelImport();
    bool isRunning() const;
    bool lastRunWasDry() const { return m_dryRun; }
    const ImportReport &report() const { return m_report; }
    QString runError() const { return m_runError; }

public slots:
    void reject() override;

signals:
    void progressChanged(qint64 done, qint64 total);
    void importFinished();

private:
    void finishImport(const QString &error);

    Workspace *m_workspace;
    ImportOptions m_options;
    ImportMappingModel *m_mapping;
    CustomerImporter::Preview m_preview;
    QString m_path;
    BackgroundJob *m_job = nullptr;
    std::shared_ptr<ImportReport> m_pending;
    ImportReport m_report;
    QString m_runError;
    bool m_dryRun = false;
    bool m_runRequested = false;
    QString m_previewOf; // the file and reading options the preview was made with
};

} // namespace portrait
