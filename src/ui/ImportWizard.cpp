// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/ImportWizard.h"

#include "core/AttributeDictionary.h"
#include "core/Error.h"
#include "core/Workspace.h"
#include "models/ImportMappingModel.h"
#include "storage/Database.h"
#include "ui/BackgroundJob.h"
#include "ui/ImportFilePage.h"
#include "ui/ImportMappingPage.h"
#include "ui/ImportOptionsPage.h"
#include "ui/ImportResultPage.h"
#include "ui/ImportRunPage.h"

#include <QFileInfo>

namespace portrait {

ImportWizard::ImportWizard(Workspace *workspace, QWidget *parent)
    : QWizard(parent), m_workspace(workspace), m_mapping(new ImportMappingModel(this))
{
    setWindowTitle(tr("导入客户名单"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("开始导入"));
    setButtonText(QWizard::FinishButton, tr("完成"));
    setButtonText(QWizard::NextButton, tr("下一步 >"));
    setButtonText(QWizard::BackButton, tr("< 上一步"));
    setButtonText(QWizard::CancelButton, tr("取消"));
    setPage(FilePage, new ImportFilePage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(OptionsPage, new ImportOptionsPage(this));
    setPage(RunPage, new ImportRunPage(this));
    setPage(ResultPage, new ImportResultPage(this));
    resize(980, 680);
}

ImportWizard::~ImportWizard()
{
    if (m_job) {
        m_job->cancel();
        m_job->wait();
    }
}

bool ImportWizard::loadPreview(const QString &path, QString *error)
{
    // Coming back to the same file keeps the user's mapping.
    const QString previewOf = QStringLiteral("%1|%2|%3").arg(path).arg(int(m_options.encoding)).arg(int(m_options.delimiter));
    if (previewOf == m_previewOf)
        return true;
    try {
        ImportOptions options = m_options;
        options.mapping.clear();
        options.newAttributes.clear();
        CustomerImporter importer(m_workspace->db(), options);
        m_preview = importer.preview(path, 20);
        m_path = path;
        m_mapping->setPreview(AttributeDictionary::load(m_workspace->db()), m_preview.headers,
                              m_preview.keys, m_preview.rows);
        m_previewOf = previewOf;
        return true;
    } catch (const Error &e) {
        *error = e.message();
        return false;
    }
}

void ImportWizard::startImport(bool dryRun)
{
    if (isRunning())
        return;
    m_dryRun = dryRun;
    m_runError.clear();
    m_report = {};
    ImportOptions options = m_options;
    options.dryRun = dryRun;
    options.sourceName = QFileInfo(m_path).fileName();
    m_pending = std::make_shared<ImportReport>();
    auto work = [options, path = m_path, report = m_pending](Database &db, ProgressSink *progress) {
        *report = CustomerImporter(db, options).run(path, progress);
    };
    delete m_job;
    m_job = new BackgroundJob(m_workspace->path(), Database::Mode::ReadWrite, work, this);
    connect(m_job, &BackgroundJob::progressChanged, this, &ImportWizard::progressChanged);
    connect(m_job, &BackgroundJob::finished, this, &ImportWizard::finishImport);
    m_job->start();
}

void ImportWizard::finishImport(const QString &error)
{
    m_runError = error;
    m_report = *m_pending;
    if (m_report.written && !m_dryRun)
        m_workspace->notifyReloaded(); // the import wrote on another connection
    emit importFinished();
}

void ImportWizard::backToOptions()
{
    if (isRunning())
        return;
    m_runRequested = false;
    for (int i = 0; i < 4 && currentId() != OptionsPage; ++i)
        back();
}

void ImportWizard::cancelImport()
{
    if (m_job)
        m_job->cancel();
}

bool ImportWizard::isRunning() const
{
    return m_job && m_job->isRunning();
}

void ImportWizard::reject()
{
    // Cancel while importing stops the import (which rolls back) and stays to show that.
    if (isRunning()) {
        cancelImport();
        return;
    }
    QWizard::reject();
}

} // namespace portrait
