// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/ExportViewDialog.h"

#include "core/Workspace.h"
#include "io/CustomerExporter.h"
#include "models/CustomerTableModel.h"
#include "ui/BackgroundJob.h"
#include "ui_ExportViewForm.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace portrait {

ExportViewDialog::ExportViewDialog(Workspace *workspace, std::vector<qint64> ids,
                                   QStringList columns, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_ui(std::make_unique<Ui::ExportViewForm>()),
      m_ids(std::move(ids)), m_columns(std::move(columns))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("导出当前视图"));
    m_export = m_ui->buttonBox->addButton(tr("导出"), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);
    m_ui->progressBar->hide();
    m_ui->summaryLabel->setText(tr("将按客户列表当前的筛选和排序导出 <b>%1</b> 位客户、当前显示的 <b>%2</b> 列。")
                                    .arg(QLocale().toString(qint64(m_ids.size())))
                                    .arg(m_columns.size()));
    const QString base = QFileInfo(workspace->path()).completeBaseName();
    m_ui->fileEdit->setText(QDir::home().filePath(tr("%1-客户.csv").arg(base)));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExportViewDialog::startExport);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ExportViewDialog::reject);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportViewDialog::browse);
    for (auto *radio : {m_ui->csvUtf8Radio, m_ui->csvGbRadio, m_ui->jsonRadio})
        connect(radio, &QRadioButton::toggled, this, &ExportViewDialog::formatChanged);
    m_export->setEnabled(!m_ids.empty());
    if (m_ids.empty())
        m_ui->statusLabel->setText(tr("当前视图没有客户 — 清除筛选或搜索后再导出。"));
    setMinimumWidth(560);
}

ExportViewDialog::~ExportViewDialog() = default;

void ExportViewDialog::collect(const QTableView *view, const CustomerTableModel *model,
                               std::vector<qint64> *ids, QStringList *columns)
{
    const int rows = model->rowCount();
    ids->clear();
    ids->reserve(size_t(rows));
    for (int r = 0; r < rows; ++r)
        ids->push_back(model->customerId(r));
    columns->clear();
    const QHeaderView *header = view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        // Classification columns are derived, not attributes: exports hold attributes only.
        if (!header->isSectionHidden(logical) && !model->attributeKey(logical).isEmpty())
            columns->append(model->attributeKey(logical));
    }
}

void ExportViewDialog::setFilePath(const QString &path)
{
    m_ui->fileEdit->setText(path);
}

void ExportViewDialog::formatChanged()
{
    const QString wanted = m_ui->jsonRadio->isChecked() ? QStringLiteral("json") : QStringLiteral("csv");
    m_ui->headersGroup->setEnabled(!m_ui->jsonRadio->isChecked());
    const QFileInfo info(m_ui->fileEdit->text());
    if (!m_ui->fileEdit->text().isEmpty() && info.suffix() != wanted)
        m_ui->fileEdit->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + wanted));
}

void ExportViewDialog::browse()
{
    const bool json = m_ui->jsonRadio->isChecked();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("导出当前视图"), m_ui->fileEdit->text(),
        json ? tr("JSON 文件 (*.json)") : tr("CSV 文件 (*.csv)"));
    if (!path.isEmpty())
        m_ui->fileEdit->setText(path);
}

void ExportViewDialog::startExport()
{
    if (m_job && m_job->isRunning())
        return;
    const QString path = m_ui->fileEdit->text().trimmed();
    if (path.isEmpty()) {
        m_ui->statusLabel->setText(tr("请选择保存的位置。"));
        return;
    }
    CustomerExporter::Options options;
    options.format = m_ui->jsonRadio->isChecked() ? CustomerExporter::Format::Json
                                                  : CustomerExporter::Format::Csv;
    options.encoding = m_ui->csvGbRadio->isChecked() ? CustomerExporter::Encoding::Gb18030
                                                     : CustomerExporter::Encoding::Utf8Bom;
    options.chineseHeaders = m_ui->zhHeadersRadio->isChecked();
    options.columns = m_columns;
    options.ids = m_ids;
    auto written = std::make_shared<qint64>(0);
    delete m_job;
    m_job = new BackgroundJob(m_workspace->path(), Database::Mode::ReadOnly,
                              [options, path, written](Database &db, ProgressSink *progress) {
                                  *written = CustomerExporter(db).write(path, options, progress);
                              },
                              this);
    connect(m_job, &BackgroundJob::progressChanged, this, [this](qint64 done, qint64 total) {
        if (total > 0)
            m_ui->progressBar->setValue(int(done * 1000 / total));
    });
    connect(m_job, &BackgroundJob::finished, this, [this, path, written](const QString &error) {
        m_ui->progressBar->hide();
        m_export->setEnabled(true);
        m_ui->formatGroup->setEnabled(true);
        if (m_job->isCancelled()) {
            m_ui->statusLabel->setText(tr("已取消导出，没有写入文件。"));
        } else if (!error.isEmpty()) {
            m_ui->statusLabel->setText(tr("导出失败：%1").arg(error));
        } else {
            emit exported(*written, path);
            accept();
        }
    });
    m_ui->statusLabel->setText(tr("正在导出…"));
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->show();
    m_export->setEnabled(false);
    m_ui->formatGroup->setEnabled(false);
    m_job->start();
}

void ExportViewDialog::reject()
{
    if (m_job && m_job->isRunning()) {
        m_job->cancel(); // the exporter stops and leaves no file behind
        return;
    }
    QDialog::reject();
}

} // namespace portrait
