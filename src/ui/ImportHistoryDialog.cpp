// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/ImportHistoryDialog.h"

#include "core/Workspace.h"
#include "models/ImportBatchModel.h"
#include "storage/ImportBatchRepository.h"
#include "ui/BackgroundJob.h"
#include "ui/EmptyState.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace portrait {

ImportHistoryDialog::ImportHistoryDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_model(new ImportBatchModel(workspace, this)),
      m_view(new QTableView),
      m_empty(new EmptyState(tr("还没有导入过客户名单 — 用“文件 → 导入客户名单…”导入。"),
                             tr("导入客户名单…"))),
      m_stack(new QStackedWidget), m_status(new QLabel),
      m_revert(new QPushButton(tr("撤销此次导入…")))
{
    setWindowTitle(tr("导入历史"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ImportBatchModel::FileColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(ImportBatchModel::IdColumn, 50);
    m_view->setColumnWidth(ImportBatchModel::TimeColumn, 130);
    for (int c = ImportBatchModel::ModeColumn; c < ImportBatchModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, c == ImportBatchModel::ModeColumn ? 90 : 76);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_revert, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportHistoryDialog::reject);
    connect(m_revert, &QPushButton::clicked, this, [this] { revertSelected(false); });
    connect(m_empty, &EmptyState::actionTriggered, this, [this] {
        emit importRequested();
        accept();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ImportHistoryDialog::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImportHistoryDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("每次导入都是一个批次。撤销一个批次会删除它新建的客户，并把它更新过的属性恢复为导入前的值。"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 460);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateState();
}

ImportHistoryDialog::~ImportHistoryDialog() = default;

void ImportHistoryDialog::updateState()
{
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 1 : 0);
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const bool running = m_job && m_job->isRunning();
    m_revert->setEnabled(!running && !rows.isEmpty() &&
                         m_model->batch(rows.first().row()).reverted.isEmpty());
}

void ImportHistoryDialog::revertSelected(bool force)
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || (m_job && m_job->isRunning()))
        return;
    const ImportBatchRepository::Batch batch = m_model->batch(rows.first().row());
    if (!force) {
        const auto answer = QMessageBox::question(
            this, tr("撤销此次导入"),
            tr("撤销导入批次 %1（%2）？\n将删除它新建的 %3 位客户，恢复它更新的 %4 位客户的原值。")
                .arg(batch.id).arg(batch.file).arg(batch.created).arg(batch.updated),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    auto result = std::make_shared<ImportBatchRepository::RevertResult>();
    delete m_job;
    m_job = new BackgroundJob(m_workspace->path(), Database::Mode::ReadWrite,
                              [id = batch.id, force, result](Database &db, ProgressSink *) {
                                  *result = ImportBatchRepository::revert(db, id, force);
                              },
                              this);
    m_status->setText(tr("正在撤销导入批次 %1…").arg(batch.id));
    connect(m_job, &BackgroundJob::finished, this, [this, batch, result](const QString &error) {
        m_status->clear();
        if (!error.isEmpty()) {
            QMessageBox::warning(this, tr("撤销此次导入"), error);
        } else if (!result->done) {
            QMessageBox box(QMessageBox::Warning, tr("撤销此次导入"),
                            tr("导入批次 %1 之后，又有 %2 位客户被修改（后来的导入或手工修改）。"
                               "仍然撤销会覆盖这些修改。")
                                .arg(batch.id).arg(result->changedAfterwards.size()),
                            QMessageBox::Cancel, this);
            QStringList shown = result->changedAfterwards.mid(0, 200);
            if (result->changedAfterwards.size() > shown.size())
                shown << tr("……共 %n 位", nullptr, int(result->changedAfterwards.size()));
            box.setDetailedText(tr("被修改的客户（户号）：\n") + shown.join(QLatin1Char('\n')));
            box.setInformativeText(tr("修改过的户号：%1").arg(result->changedAfterwards.mid(0, 5).join(tr("、"))));
            QPushButton *force = box.addButton(tr("仍然撤销"), QMessageBox::DestructiveRole);
            box.exec();
            if (box.clickedButton() == force) {
                QMetaObject::invokeMethod(this, [this] { revertSelected(true); }, Qt::QueuedConnection);
                return;
            }
        } else {
            m_status->setText(tr("已撤销导入批次 %1：删除 %2 位新建的客户，恢复 %3 位客户的原值。")
                                  .arg(batch.id).arg(result->deleted).arg(result->restored));
            m_workspace->notifyReloaded(); // also reloads the history
            for (int r = 0; r < m_model->rowCount(); ++r) {
                if (m_model->batch(r).id == batch.id)
                    m_view->selectRow(r);
            }
        }
        updateState();
        emit revertFinished(error.isEmpty() && result->done);
    });
    m_job->start();
    updateState();
}

void ImportHistoryDialog::reject()
{
    if (m_job && m_job->isRunning())
        return; // a revert is one transaction: let it finish
    QDialog::reject();
}

} // namespace portrait
