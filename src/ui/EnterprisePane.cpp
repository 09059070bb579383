// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/EnterprisePane.h"

#include "core/Workspace.h"
#include "models/EnterpriseListModel.h"
#include "ui/BackgroundJob.h"
#include "ui/EmptyState.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <utility>

namespace portrait {

EnterprisePane::EnterprisePane(Workspace *workspace, QWidget *parent)
    : QWidget(parent),
      m_model(new EnterpriseListModel(workspace, EnterpriseListModel::Loading::ByCaller, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_search(new QLineEdit), m_view(new QTableView),
      m_count(new QLabel),
      m_empty(new EmptyState(tr("没有共用统一社会信用代码的户号。\n同一企业的多个户号会列在这里。"))),
      m_stack(new QStackedWidget), m_workspace(workspace)
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setColumnHidden(EnterpriseListModel::CodeColumn, true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionResizeMode(EnterpriseListModel::NameColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(EnterpriseListModel::CountColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_search->setPlaceholderText(tr("搜索企业或信用代码…"));
    m_search->setClearButtonEnabled(true);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    auto *all = new QPushButton(tr("全部客户"));
    all->setToolTip(tr("不按企业筛选"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(all, &QPushButton::clicked, this, &EnterprisePane::clearChoice);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    choose(current.siblingAtColumn(0).data(EnterpriseListModel::CreditCodeRole).toString());
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &EnterprisePane::updateState);
    connect(m_model, &EnterpriseListModel::reloadWanted, this, &EnterprisePane::reload);

    auto *title = new QLabel(tr("按企业"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *head = new QHBoxLayout;
    head->addWidget(title);
    head->addStretch(1);
    head->addWidget(all);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->addLayout(head);
    layout->addWidget(m_search);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_count);
    setMinimumWidth(220);
    updateState();
    reload();
}

void EnterprisePane::reload()
{
    if (m_job && m_job->isRunning()) {
        m_again = true;
        return;
    }
    auto found = std::make_shared<QList<EnterpriseListModel::Enterprise>>();
    delete m_job;
    m_job = new BackgroundJob(m_workspace->path(), Database::Mode::ReadOnly,
                              [found](Database &db, ProgressSink *) {
                                  *found = EnterpriseListModel::query(db);
                              },
                              this);
    connect(m_job, &BackgroundJob::finished, this, [this, found](const QString &error) {
        if (!error.isEmpty())
            m_count->setText(error);
        else
            m_model->setEnterprises(*found);
        if (std::exchange(m_again, false))
            reload();
        else
            emit loaded();
    });
    if (m_model->rowCount() == 0)
        m_count->setText(tr("正在统计…"));
    m_job->start();
}

void EnterprisePane::choose(const QString &code)
{
    if (code == m_current)
        return;
    m_current = code;
    emit enterpriseChosen(code);
}

void EnterprisePane::clearChoice()
{
    m_view->selectionModel()->clear();
    choose(QString());
}

void EnterprisePane::setCurrentCode(const QString &code)
{
    if (code == m_current)
        return;
    m_current = code;
    const QSignalBlocker blocker(m_view->selectionModel());
    m_view->selectionModel()->clear();
    updateState();
    m_view->viewport()->update();
}

void EnterprisePane::updateState()
{
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 1 : 0);
    m_count->setText(tr("%1 家企业有多个户号").arg(QLocale().toString(m_model->rowCount())));
    const int row = m_model->rowOfCode(m_current);
    if (row >= 0)
        m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
}

} // namespace portrait
