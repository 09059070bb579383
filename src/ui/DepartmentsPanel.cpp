// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/DepartmentsPanel.h"

#include "models/LinkCheckModel.h"
#include "ui/ChoiceDelegate.h"
#include "ui/Columns.h"
#include "ui/ComboFiller.h"
#include "ui/FormMapper.h"
#include "ui/LinkPicker.h"
#include "ui/MasterDetailPane.h"
#include "ui/RowEditController.h"
#include "ui/SearchableListPane.h"
#include "ui/ServiceCatalogEditor.h"

#include "ui_DepartmentForm.h"

#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace portrait {

DepartmentsPanel::DepartmentsPanel(Workspace *workspace, QWidget *parent)
    : Panel(workspace, parent), m_form(std::make_unique<Ui::DepartmentForm>()),
      m_tabs(new QTabWidget)
{
    using K = TableModel::Kind;
    const QList<Choice> types = ChoiceLists::departmentTypes();
    auto columns = Columns::names();
    columns << TableModel::Column{QStringLiteral("type"), QT_TRANSLATE_NOOP("portrait::Columns", "类型"),
                                  K::Choice, true, ChoiceLists::values(types)}
            << Columns::text("parent_code", QT_TRANSLATE_NOOP("portrait::Columns", "上级部门"));
    m_departments = new TableModel(workspace, QStringLiteral("departments"), QStringLiteral("code"),
                                   columns, this);
    m_pane = new MasterDetailPane(m_departments, createDetails(), this);
    m_pane->setNewItem({.title = tr("新增部门"),
                        .codePrefix = QStringLiteral("D"),
                        .kindColumn = QStringLiteral("type"),
                        .kindLabel = tr("部门类型"),
                        .kinds = types});
    m_pane->setMovable(true);
    m_pane->setKeyLabel(m_form->codeLabel);
    m_pane->list()->setEmptyState(tr("还没有部门 — 新增第一个部门"), tr("新增部门…"));
    QTreeView *view = m_pane->list()->view();
    const int typeColumn = m_departments->columnOf(QStringLiteral("type"));
    view->setItemDelegateForColumn(typeColumn, new ChoiceDelegate(types, this));
    m_pane->list()->setVisibleColumns({0, typeColumn});
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    view->setColumnWidth(typeColumn, 84);

    ChoiceLists::fill(m_form->typeCombo, types);
    m_parents = new ComboFiller(m_form->parentCombo, m_departments, TableModel::KeyRole,
                                TableModel::LabelRole, this);
    m_parents->setNoneText(tr("（无）"));
    FormMapper *mapper = m_pane->mapper();
    connect(m_parents, &ComboFiller::refilled, mapper, &FormMapper::refresh);
    mapper->bind(m_form->nameZhEdit, QStringLiteral("name_zh"));
    mapper->bind(m_form->nameEnEdit, QStringLiteral("name_en"));
    mapper->bind(m_form->typeCombo, QStringLiteral("type"));
    mapper->bind(m_form->parentCombo, QStringLiteral("parent_code"));
    createPositions();
    connect(m_pane, &MasterDetailPane::currentKeyChanged, this, &DepartmentsPanel::showDepartment);
    forwardErrors(m_pane);
    forwardErrors(m_scope);
    forwardErrors(m_services);

    setContent(tr("部门与服务"),
               tr("每个部门有自己的岗位、负责的客户范围和服务目录。部门画像按客户范围汇总客户，"
                  "按服务目录判断需求是否被覆盖。"),
               m_pane);
    m_pane->splitter()->setSizes({300, 900});
}

DepartmentsPanel::~DepartmentsPanel() = default;

QWidget *DepartmentsPanel::createDetails()
{
    auto *info = new QWidget;
    m_form->setupUi(info);

    auto *scopePage = new QWidget;
    auto *scopeView = new QListView(scopePage);
    m_scope = new LinkCheckModel(workspace(), QStringLiteral("taxonomy"), QStringLiteral("code"),
                                 QStringLiteral("dept_scope"), QStringLiteral("dept_code"),
                                 QStringLiteral("node_code"), this);
    LinkPicker::attach(scopeView, m_scope);
    auto *hint = new QLabel(tr("勾选本部门负责服务的客户分类。部门画像只统计这些分类中的客户。"), scopePage);
    hint->setWordWrap(true);
    auto *scopeLayout = new QVBoxLayout(scopePage);
    scopeLayout->setContentsMargins(0, 8, 0, 0);
    scopeLayout->addWidget(hint);
    scopeLayout->addWidget(scopeView, 1);

    m_services = new ServiceCatalogEditor(workspace());
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(info, tr("部门与岗位"));
    m_tabs->addTab(scopePage, tr("客户范围"));
    m_tabs->addTab(m_services, tr("服务目录"));
    // The form sits in a scroll area; give the tabs room to show a service form in full.
    m_tabs->setMinimumHeight(560);
    return m_tabs;
}

void DepartmentsPanel::createPositions()
{
    m_positions = new TableModel(
        workspace(), QStringLiteral("positions"), QStringLiteral("id"),
        Columns::names(), this);
    m_positions->setFilter(QStringLiteral("dept_code"), QString());
    auto *controller = new RowEditController(m_form->positionsView, m_positions, this);
    controller->setAddButton(m_form->addPositionButton, [this] {
        const QString column = QStringLiteral("name_zh");
        return QVariantMap{{column, RowEditController::uniqueName(m_positions, column, tr("新岗位"))}};
    }, tr("新增岗位"));
    controller->setRemoveButton(m_form->removePositionButton, [this](const QVariant &id) {
        return m_services->servicesOwnedBy(id);
    });
    forwardErrors(controller);
    m_form->positionsView->verticalHeader()->hide();
    m_form->positionsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
}

void DepartmentsPanel::showDepartment(const QVariant &code)
{
    m_positions->setFilter(QStringLiteral("dept_code"), code.isValid() ? code : QVariant(QString()));
    m_scope->setOwner(code, m_pane->list()->currentSourceIndex().data(TableModel::LabelRole).toString());
    m_parents->setExcludedKey(code.toString());
    m_services->setDepartment(code.isValid() ? code : QVariant(QString()));
    const int services = m_services->pane()->model()->rowCount();
    m_tabs->setTabText(2, services > 0 ? tr("服务目录（%1）").arg(services) : tr("服务目录"));
}

void DepartmentsPanel::focusSearch()
{
    m_pane->focusSearch();
}

} // namespace portrait
