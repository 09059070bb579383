// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/DuplicatesDialog.h"

#include "commands/MergeCustomersCommand.h"
#include "core/Workspace.h"
#include "models/DuplicateGroupModel.h"
#include "models/MergeChoiceModel.h"
#include "ui/BackgroundJob.h"
#include "ui/EmptyState.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace portrait {

DuplicatesDialog::DuplicatesDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_groups(new DuplicateGroupModel(this)),
      m_choices(new MergeChoiceModel(this)), m_status(new QLabel), m_progress(new QProgressBar),
      m_again(new QPushButton(tr("重新查找"))), m_stack(new QStackedWidget),
      m_empty(new EmptyState(tr("没有找到疑似重复的客户。\n共用统一社会信用代码的户号是同一企业的多个账户，不算重复。"))),
      m_groupView(new QListView), m_groupTitle(new QLabel), m_keep(new QComboBox),
      m_onlyDiffering(new QCheckBox(tr("只显示不同的属性"))), m_choiceView(new QTableView),
      m_merge(new QPushButton(tr("合并")))
{
    setWindowTitle(tr("查找重复客户"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(240);
    m_groupView->setModel(m_groups);
    m_groupView->setSpacing(2);
    m_groupView->setUniformItemSizes(true); // tens of thousands of groups: no per-item layout
    m_groupView->setMinimumWidth(260);
    m_choiceView->setModel(m_choices);
    m_choiceView->setSelectionMode(QAbstractItemView::NoSelection);
    m_choiceView->setWordWrap(false);
    m_choiceView->horizontalHeader()->setDefaultSectionSize(230);
    m_choiceView->verticalHeader()->setDefaultSectionSize(m_choiceView->fontMetrics().height() + 10);
    m_onlyDiffering->setChecked(true);
    m_merge->setDefault(true);
    QFont bold = m_groupTitle->font();
    bold.setBold(true);
    m_groupTitle->setFont(bold);
    m_groupTitle->setWordWrap(true);

    connect(m_again, &QPushButton::clicked, this, &DuplicatesDialog::findDuplicates);
    connect(m_groupView->selectionModel(), &QItemSelectionModel::currentChanged, this, &DuplicatesDialog::showGroup);
    connect(m_keep, &QComboBox::currentIndexChanged, this, [this](int i) { m_choices->setKeepColumn(i); });
    connect(m_onlyDiffering, &QCheckBox::toggled, this, &DuplicatesDialog::updateRows);
    // A click anywhere in a cell picks that value, not only on its check box.
    connect(m_choiceView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        m_choices->setData(index, Qt::Checked, Qt::CheckStateRole);
    });
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesDialog::mergeCurrent);
    auto *undo = new QShortcut(QKeySequence::Undo, this);
    connect(undo, &QShortcut::activated, m_workspace->undoStack(), &QUndoStack::undo);
    auto *redo = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), this);
    connect(redo, &QShortcut::activated, m_workspace->undoStack(), &QUndoStack::redo);
    // Customers changed elsewhere (an undo, an import): the groups may be out of date.
    auto *refresh = new QTimer(this);
    refresh->setSingleShot(true);
    refresh->setInterval(400);
    connect(refresh, &QTimer::timeout, this, &DuplicatesDialog::findDuplicates);
    auto changed = [this, refresh] {
        if (!m_ownChange)
            refresh->start();
    };
    connect(workspace, &Workspace::tableChanged, this, [changed](const QString &table) {
        if (table == QLatin1String("customers"))
            changed();
    });
    connect(workspace, &Workspace::reloaded, this, changed);
    connect(workspace, &QObject::destroyed, this, &QWidget::close);

    auto *detail = new QWidget;
    auto *keepRow = new QHBoxLayout;
    keepRow->addWidget(new QLabel(tr("保留的客户")));
    keepRow->addWidget(m_keep, 1);
    keepRow->addWidget(m_onlyDiffering);
    auto *mergeRow = new QHBoxLayout;
    auto *hint = new QLabel(tr("在每一行点选合并后要保留的值；合并后其余客户被删除，可用 Ctrl+Z 撤销。"));
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);
    mergeRow->addWidget(hint, 1);
    mergeRow->addWidget(m_merge);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_groupTitle);
    detailLayout->addLayout(keepRow);
    detailLayout->addWidget(m_choiceView, 1);
    detailLayout->addLayout(mergeRow);
    auto *splitter = new QSplitter;
    splitter->addWidget(m_groupView);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 800});
    splitter->setChildrenCollapsible(false);
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_empty);

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_progress);
    top->addWidget(m_again);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    resize(1180, 680);
    showGroup();
    findDuplicates();
}

DuplicatesDialog::~DuplicatesDialog() = default;

void DuplicatesDialog::findDuplicates()
{
    if (!m_workspace || (m_job && m_job->isRunning()))
        return;
    auto found = std::make_shared<QList<DuplicateFinder::Group>>();
    delete m_job;
    m_job = new BackgroundJob(m_workspace->path(), Database::Mode::ReadOnly,
                              [found](Database &db, ProgressSink *progress) {
                                  *found = DuplicateFinder::find(db, progress);
                              },
                              this);
    connect(m_job, &BackgroundJob::progressChanged, this, [this](qint64 done, qint64 total) {
        if (total > 0)
            m_progress->setValue(int(done * 1000 / total));
    });
    connect(m_job, &BackgroundJob::finished, this, [this, found](const QString &error) {
        m_progress->hide();
        m_again->setEnabled(true);
        if (!error.isEmpty()) {
            m_status->setText(tr("查找失败：%1").arg(error));
            return;
        }
        m_groups->setGroups(*found);
        qint64 customers = 0;
        for (const auto &g : std::as_const(*found))
            customers += g.ids.size();
        m_status->setText(found->isEmpty() ? tr("没有疑似重复的客户。")
                                           : tr("%1 组疑似重复，涉及 %2 位客户。")
                                                 .arg(found->size()).arg(customers));
        m_stack->setCurrentIndex(found->isEmpty() ? 1 : 0);
        if (!found->isEmpty())
            m_groupView->setCurrentIndex(m_groups->index(0));
        showGroup();
        emit searchFinished();
    });
    m_status->setText(tr("正在查找疑似重复的客户…"));
    m_progress->setValue(0);
    m_progress->show();
    m_again->setEnabled(false);
    m_job->start();
}

void DuplicatesDialog::showGroup()
{
    if (!m_workspace)
        return;
    const QModelIndex current = m_groupView->currentIndex();
    m_keep->blockSignals(true);
    m_keep->clear();
    if (!current.isValid()) {
        m_choices->setCustomers(m_workspace->db(), AttributeDictionary::load(m_workspace->db()), {});
        m_groupTitle->setText(tr("在左侧选择一组疑似重复的客户。"));
        m_merge->setEnabled(false);
        m_keep->blockSignals(false);
        return;
    }
    const DuplicateFinder::Group &g = m_groups->group(current.row());
    m_choices->setCustomers(m_workspace->db(), AttributeDictionary::load(m_workspace->db()), g.ids);
    for (int c = 0; c < m_choices->columnCount(); ++c)
        m_keep->addItem(m_choices->customerLabel(c));
    m_keep->setCurrentIndex(0);
    m_keep->blockSignals(false);
    m_groupTitle->setText(tr("%1：%2（%3 位客户，%4 项属性不同）")
                              .arg(DuplicateGroupModel::reasonText(g.reason), g.key)
                              .arg(g.ids.size()).arg(m_choices->differingRows()));
    m_merge->setEnabled(m_choices->columnCount() > 1);
    m_merge->setText(tr("合并这 %n 位客户", nullptr, m_choices->columnCount()));
    updateRows();
}

void DuplicatesDialog::updateRows()
{
    for (int r = 0; r < m_choices->rowCount(); ++r)
        m_choiceView->setRowHidden(r, m_onlyDiffering->isChecked() && !m_choices->differs(r));
}

void DuplicatesDialog::mergeCurrent()
{
    const QModelIndex current = m_groupView->currentIndex();
    if (!m_workspace || !current.isValid() || m_choices->columnCount() < 2)
        return;
    auto *command = new MergeCustomersCommand(
        m_workspace, m_choices->dictionary(), m_choices->keptId(), m_choices->removedIds(),
        m_choices->chosenValues(), tr("合并 %n 位重复客户", nullptr, m_choices->columnCount()));
    QString error;
    m_ownChange = true;
    const bool ok = m_workspace->execute(command, &error);
    m_ownChange = false;
    if (!ok) {
        m_status->setText(tr("未能合并：%1").arg(error));
        emit editFailed(error);
        return;
    }
    const int row = current.row();
    m_groups->removeGroup(row);
    m_status->setText(tr("已合并。还有 %1 组疑似重复（Ctrl+Z 撤销合并）。").arg(m_groups->rowCount()));
    if (m_groups->rowCount() == 0)
        m_stack->setCurrentIndex(1);
    else
        m_groupView->setCurrentIndex(m_groups->index(qMin(row, m_groups->rowCount() - 1)));
    showGroup();
}

} // namespace portrait
