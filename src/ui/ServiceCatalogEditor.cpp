// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/ServiceCatalogEditor.h"

#include "models/LinkCheckModel.h"
#include "ui/ChoiceDelegate.h"
#include "ui/Columns.h"
#include "ui/ComboFiller.h"
#include "ui/FormMapper.h"
#include "ui/LinkPicker.h"
#include "ui/MasterDetailPane.h"
#include "ui/RowEditController.h"
#include "ui/SearchableListPane.h"

#include "ui_ServiceForm.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QSplitter>
#include <QTreeView>

namespace portrait {

ServiceCatalogEditor::ServiceCatalogEditor(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_form(std::make_unique<Ui::ServiceForm>())
{
    using K = TableModel::Kind;
    const QList<Choice> kinds = ChoiceLists::serviceKinds();
    auto columns = Columns::names();
    columns << TableModel::Column{QStringLiteral("kind"), QT_TRANSLATE_NOOP("portrait::Columns", "类别"),
                                  K::Choice, true, ChoiceLists::values(kinds)}
            << Columns::text("description_zh", QT_TRANSLATE_NOOP("portrait::Columns", "说明"))
            << Columns::text("description_en", QT_TRANSLATE_NOOP("portrait::Columns", "说明（英文）"))
            << Columns::of("owner_position", QT_TRANSLATE_NOOP("portrait::Columns", "主责岗位"), K::Integer);
    m_services = new TableModel(workspace, QStringLiteral("services"), QStringLiteral("code"), columns, this);
    m_services->setFilter(QStringLiteral("dept_code"), QString());
    m_positions = new TableModel(workspace, QStringLiteral("positions"), QStringLiteral("id"),
                                 {Columns::names().first()}, this);
    m_positions->setFilter(QStringLiteral("dept_code"), QString());

    auto *form = new QWidget;
    m_form->setupUi(form);
    ChoiceLists::fill(m_form->kindCombo, kinds);
    m_pane = new MasterDetailPane(m_services, form, this);
    m_pane->setNewItem({.title = tr("新增服务"),
                        .codePrefix = QStringLiteral("S-"),
                        .kindColumn = QStringLiteral("kind"),
                        .kindLabel = tr("类别"),
                        .kinds = kinds});
    m_pane->setMovable(true);
    m_pane->setKeyLabel(m_form->codeLabel);
    m_pane->list()->setEmptyState(tr("这个部门还没有服务 — 新增第一项服务"), tr("新增服务…"));
    QTreeView *view = m_pane->list()->view();
    const int kindColumn = m_services->columnOf(QStringLiteral("kind"));
    view->setItemDelegateForColumn(kindColumn, new ChoiceDelegate(kinds, this));
    m_pane->list()->setVisibleColumns({0, kindColumn});
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    view->setColumnWidth(kindColumn, 60);
    m_pane->splitter()->setSizes({300, 520});

    auto *owners = new ComboFiller(m_form->ownerCombo, m_positions, TableModel::KeyRole,
                                   TableModel::LabelRole, this);
    owners->setNoneText(tr("（未指定）"));
    FormMapper *mapper = m_pane->mapper();
    connect(owners, &ComboFiller::refilled, mapper, &FormMapper::refresh);
    mapper->bind(m_form->nameZhEdit, QStringLiteral("name_zh"));
    mapper->bind(m_form->nameEnEdit, QStringLiteral("name_en"));
    mapper->bind(m_form->kindCombo, QStringLiteral("kind"));
    mapper->bind(m_form->ownerCombo, QStringLiteral("owner_position"));
    mapper->bind(m_form->descriptionZhEdit, QStringLiteral("description_zh"));
    mapper->bind(m_form->descriptionEnEdit, QStringLiteral("description_en"));
    createPickers(workspace);
    createSteps(workspace);
    connect(m_pane, &MasterDetailPane::currentKeyChanged, this, &ServiceCatalogEditor::showService);
    connect(m_pane, &MasterDetailPane::editFailed, this, &ServiceCatalogEditor::editFailed);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_pane);
}

ServiceCatalogEditor::~ServiceCatalogEditor() = default;

void ServiceCatalogEditor::createPickers(Workspace *workspace)
{
    const QString owner = QStringLiteral("service_code");
    const struct
    {
        const char *candidates, *link, *value;
        QListView *view;
    } pickers[] = {
        {"needs", "service_needs", "need_code", m_form->needsView},
        {"stages", "service_stages", "stage_code", m_form->stagesView},
        {"taxonomy", "service_targets", "node_code", m_form->targetsView},
        {"resources", "service_resources", "resource_code", m_form->resourcesView},
    };
    for (const auto &p : pickers) {
        auto *model = new LinkCheckModel(workspace, QString::fromLatin1(p.candidates),
                                         QStringLiteral("code"), QString::fromLatin1(p.link), owner,
                                         QString::fromLatin1(p.value), this);
        LinkPicker::attach(p.view, model);
        connect(model, &LinkCheckModel::editFailed, this, &ServiceCatalogEditor::editFailed);
        m_pickers << model;
    }
}

void ServiceCatalogEditor::createSteps(Workspace *workspace)
{
    m_steps = new TableModel(
        workspace, QStringLiteral("toolkit_steps"), QStringLiteral("id"),
        {Columns::text("text_zh", QT_TRANSLATE_NOOP("portrait::Columns", "步骤")),
         Columns::text("text_en", QT_TRANSLATE_NOOP("portrait::Columns", "步骤（英文）"))},
        this);
    m_steps->setFilter(QStringLiteral("service_code"), QString());
    auto *steps = new RowEditController(m_form->stepsView, m_steps, this);
    steps->setAddButton(m_form->addStepButton, [] {
        return QVariantMap{{QStringLiteral("text_zh"), tr("新步骤")}};
    }, tr("新增工具包步骤"));
    steps->setRemoveButton(m_form->removeStepButton);
    steps->setMoveButtons(m_form->stepUpButton, m_form->stepDownButton);
    connect(steps, &RowEditController::editFailed, this, &ServiceCatalogEditor::editFailed);
    m_form->stepsView->setWordWrap(true);
    m_form->stepsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_form->stepsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void ServiceCatalogEditor::setDepartment(const QVariant &code)
{
    m_department = code.toString();
    m_positions->setFilter(QStringLiteral("dept_code"), code);
    m_services->setFilter(QStringLiteral("dept_code"), code);
    m_pane->list()->selectKey(m_services->key(0));
    // New services are numbered after the department's code (MKT-01, MKT-02…).
    MasterDetailPane::NewItem spec{.title = tr("新增服务"),
                                   .codePrefix = m_department + QStringLiteral("-0"),
                                   .kindColumn = QStringLiteral("kind"),
                                   .kindLabel = tr("类别"),
                                   .kinds = ChoiceLists::serviceKinds()};
    m_pane->setNewItem(spec);
}

QStringList ServiceCatalogEditor::servicesOwnedBy(const QVariant &positionId) const
{
    QStringList result;
    for (int r = 0; r < m_services->rowCount(); ++r) {
        if (m_services->value(r, QStringLiteral("owner_position")) == positionId)
            result << tr("服务 %1 的主责岗位").arg(m_services->index(r, 0).data(TableModel::LabelRole).toString());
    }
    return result;
}

void ServiceCatalogEditor::showService(const QVariant &code)
{
    for (LinkCheckModel *picker : std::as_const(m_pickers))
        picker->setOwner(code);
    m_steps->setFilter(QStringLiteral("service_code"), code.isValid() ? code : QVariant(QString()));
}

} // namespace portrait
