// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/CustomersPanel.h"

#include "core/Error.h"
#include "core/Workspace.h"
#include "models/CustomerFilter.h"
#include "models/CustomerTableModel.h"
#include "ui/Columns.h"
#include "ui/CustomerDetailPane.h"
#include "ui/CustomerFilterDialog.h"
#include "ui/DeleteConfirmation.h"
#include "ui/EmptyState.h"
#include "ui/EnterprisePane.h"
#include "ui/NewItemDialog.h"
#include "ui/Reclassifier.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

namespace portrait {

CustomersPanel::CustomersPanel(Workspace *workspace, QWidget *parent)
    : Panel(workspace, parent), m_model(new CustomerTableModel(workspace, this)),
      m_search(new QLineEdit), m_searchDelay(new QTimer(this)), m_count(new QLabel),
      m_filterLine(new QLabel), m_view(new QTableView),
      m_empty(new EmptyState(tr("还没有客户 — 导入客户名单，或者逐个新增客户。"), tr("导入客户名单…"))),
      m_stack(new QStackedWidget)
{
    auto columns = Columns::names();
    columns << Columns::text("type", QT_TRANSLATE_NOOP("portrait::Columns", "类型"), false)
            << Columns::text("unit", QT_TRANSLATE_NOOP("portrait::Columns", "单位"), false)
            << Columns::text("enum_values", QT_TRANSLATE_NOOP("portrait::Columns", "取值"), false);
    m_attributes = new TableModel(workspace, QStringLiteral("attributes"), QStringLiteral("key"),
                                  columns, this);
    m_detail = new CustomerDetailPane(m_model, m_attributes);

    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setDefaultSectionSize(110);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setColumnWidth(m_model->columnOfAttribute(QStringLiteral("name")), 220);
    m_view->setWordWrap(false);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 360});
    splitter->setChildrenCollapsible(false);
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_empty);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_model->setSearchText(m_search->text()); });
    connect(m_empty, &EmptyState::actionTriggered, this, &CustomersPanel::importRequested);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomersPanel::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CustomersPanel::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomersPanel::showCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CustomersPanel::updateState);
    forwardErrors(m_model);
    forwardErrors(m_detail);
    // Classification columns sit right after the name; an edited customer shows its new class.
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomersPanel::placeClassificationColumns);
    connect(Reclassifier::of(workspace), &Reclassifier::customerClassified, m_model,
            &CustomerTableModel::refreshCustomer);
    placeClassificationColumns();

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createToolbar());
    layout->addWidget(m_stack, 1);
    setContent(tr("客户"),
               tr("工作区中的全部客户。点击列标题排序，双击单元格修改；右侧显示所选客户的全部属性。"),
               content);
    updateState();
}

QWidget *CustomersPanel::createToolbar()
{
    auto *bar = new QWidget;
    m_search->setPlaceholderText(tr("搜索户号或户名…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    auto *filter = new QPushButton(tr("筛选…"));
    m_clearFilters = new QPushButton(tr("清除筛选"));
    auto *add = new QPushButton(tr("新增客户…"));
    m_remove = new QPushButton(tr("删除"));
    auto *enterprises = new QPushButton(tr("按企业"));
    enterprises->setCheckable(true);
    enterprises->setToolTip(tr("列出有多个户号的企业（共用统一社会信用代码），只看其中一家的户号"));
    connect(enterprises, &QPushButton::toggled, this, &CustomersPanel::showEnterprises);
    // The drill-down chip: which portrait figure the list shows, with × to remove it.
    m_drillChip = new QFrame;
    m_drillChip->setObjectName(QStringLiteral("drillChip"));
    m_drillChip->setStyleSheet(QStringLiteral("#drillChip { background: #e3eefb; border: 1px solid #9cbfe6;"
                                              " border-radius: 10px; }"));
    m_drillLabel = new QLabel;
    auto *removeDrill = new QToolButton;
    removeDrill->setText(QStringLiteral("×"));
    removeDrill->setAutoRaise(true);
    removeDrill->setToolTip(tr("取消下钻，显示全部客户"));
    connect(removeDrill, &QToolButton::clicked, this, &CustomersPanel::clearDrillDown);
    auto *chip = new QHBoxLayout(m_drillChip);
    chip->setContentsMargins(8, 0, 2, 0);
    chip->addWidget(m_drillLabel);
    chip->addWidget(removeDrill);
    m_drillChip->hide();
    m_filterLine->setForegroundRole(QPalette::PlaceholderText);
    connect(filter, &QPushButton::clicked, this, &CustomersPanel::editFilters);
    connect(m_clearFilters, &QPushButton::clicked, this, &CustomersPanel::clearFilters);
    connect(add, &QPushButton::clicked, this, &CustomersPanel::addCustomer);
    connect(m_remove, &QPushButton::clicked, this, &CustomersPanel::removeSelected);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->addWidget(m_search);
    layout->addWidget(filter);
    layout->addWidget(m_clearFilters);
    layout->addWidget(enterprises);
    layout->addWidget(m_drillChip);
    layout->addWidget(m_filterLine, 1);
    layout->addWidget(m_count);
    layout->addSpacing(12);
    layout->addWidget(add);
    layout->addWidget(m_remove);
    return bar;
}

void CustomersPanel::updateState()
{
    const qint64 total = m_model->totalCustomers();
    const bool filtered = !m_model->attributeFilters().isEmpty() || !m_search->text().isEmpty();
    m_stack->setCurrentIndex(total == 0 ? 1 : 0);
    const QLocale locale;
    m_count->setText(filtered ? tr("%1 / %2 户").arg(locale.toString(m_model->rowCount()),
                                                     locale.toString(total))
                              : tr("共 %Ln 户", nullptr, int(total)));
    QMap<QString, QString> described = m_model->attributeFilters();
    const QString drill = described.take(CustomerFilter::drillDownKey());
    m_drillChip->setVisible(!drill.isEmpty());
    const QString chip = tr("下钻：%1").arg(drill);
    m_drillLabel->setText(m_drillLabel->fontMetrics().elidedText(chip, Qt::ElideRight, 340));
    m_drillLabel->setToolTip(chip);
    m_filterLine->setText(CustomerFilterDialog::describe(m_attributes, described));
    m_clearFilters->setVisible(!m_model->attributeFilters().isEmpty());
    m_remove->setEnabled(m_view->selectionModel()->hasSelection());
    if (m_enterprises)
        m_enterprises->setCurrentCode(m_model->attributeFilters().value(QStringLiteral("credit_code")));
    if (m_detail->customer() > 0 && m_model->rowOfCustomer(m_detail->customer()) < 0)
        m_detail->setCustomer(0);
}

void CustomersPanel::placeClassificationColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    const int name = m_model->columnOfAttribute(QStringLiteral("name"));
    const int first = m_model->columnCount() - int(CustomerTableModel::classificationKeys().size());
    if (name < 0 || first < 0)
        return;
    for (int i = 0; i < CustomerTableModel::classificationKeys().size(); ++i) {
        const int from = header->visualIndex(first + i);
        const int to = header->visualIndex(name) + 1 + i;
        if (from != to)
            header->moveSection(from, to);
    }
    m_view->setColumnWidth(first, 130);
    m_view->setColumnWidth(first + 1, 150);
}

void CustomersPanel::showCurrent()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    m_detail->setCustomer(current.isValid() ? m_model->customerId(current.row()) : 0);
}

void CustomersPanel::showEnterprises(bool shown)
{
    if (!m_enterprises && shown) {
        m_enterprises = new EnterprisePane(workspace());
        // The list's splitter: the enterprises go to its left.
        auto *splitter = qobject_cast<QSplitter *>(m_view->parentWidget());
        splitter->insertWidget(0, m_enterprises);
        splitter->setSizes({260, 760, 360});
        connect(m_enterprises, &EnterprisePane::enterpriseChosen, this, [this](const QString &code) {
            m_model->setAttributeFilter(QStringLiteral("credit_code"),
                                        code.isEmpty() ? code : QLatin1Char('=') + code);
            updateState();
        });
    }
    if (!m_enterprises)
        return;
    m_enterprises->setVisible(shown);
    if (!shown && !m_enterprises->currentCode().isEmpty())
        m_enterprises->clearChoice();
}

void CustomersPanel::editFilters()
{
    CustomerFilterDialog dialog(m_attributes, m_model->attributeFilters(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QMap<QString, QString> wanted = dialog.filters();
    const QMap<QString, QString> old = m_model->attributeFilters();
    for (auto it = old.cbegin(); it != old.cend(); ++it) {
        if (!wanted.contains(it.key()) && it.key() != CustomerFilter::drillDownKey())
            m_model->setAttributeFilter(it.key(), QString());
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (old.value(it.key()) != it.value())
            m_model->setAttributeFilter(it.key(), it.value());
    }
    updateState();
}

void CustomersPanel::clearFilters()
{
    const QString search = m_search->text();
    m_model->clearFilters(); // also clears the search; put it back
    m_model->setSearchText(search);
    updateState();
}

void CustomersPanel::showDrillDown(const QString &label, const std::vector<qint64> &ids)
{
    try {
        CustomerFilter::setDrillDown(workspace()->db(), ids);
    } catch (const Error &e) {
        emit editFailed(e.message());
        return;
    }
    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
    m_model->clearFilters();
    m_model->setAttributeFilter(CustomerFilter::drillDownKey(), label);
    updateState();
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void CustomersPanel::clearDrillDown()
{
    m_model->setAttributeFilter(CustomerFilter::drillDownKey(), QString());
    updateState();
}

void CustomersPanel::addCustomer()
{
    NewItemDialog dialog(tr("新增客户"), {}, this);
    dialog.setCaptions(tr("户号"), tr("户名"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!m_model->addCustomer(dialog.code(), dialog.name(), &error)) {
        emit editFailed(error);
        return;
    }
    // Show the new customer: search for its number, which selects it alone.
    m_search->setText(dialog.code());
    m_model->setSearchText(dialog.code());
    m_view->setCurrentIndex(m_model->index(0, 0));
}

void CustomersPanel::removeSelected()
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
        ids << m_model->customerId(row.row());
    if (ids.isEmpty())
        return;
    const QString what = ids.size() == 1
                             ? m_model->customer(ids.first()).value(QStringLiteral("name")).toString()
                             : tr("选中的 %n 位客户", nullptr, int(ids.size()));
    if (!DeleteConfirmation::ask(this, what))
        return;
    QString error;
    if (!m_model->removeCustomers(ids, &error))
        emit editFailed(error);
}

void CustomersPanel::showEvent(QShowEvent *event)
{
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    Panel::showEvent(event);
}

void CustomersPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace portrait
