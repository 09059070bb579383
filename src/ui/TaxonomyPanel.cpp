// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/TaxonomyPanel.h"

#include "core/Codes.h"
#include "models/LinkCheckModel.h"
#include "models/TaxonomyModel.h"
#include "ui/Columns.h"
#include "ui/DeleteConfirmation.h"
#include "ui/FormMapper.h"
#include "ui/LinkPicker.h"
#include "ui/MasterDetailPane.h"
#include "ui/NameCodeDelegate.h"
#include "ui/NewItemDialog.h"
#include "ui/SearchableListPane.h"

#include "ui_TaxonomyForm.h"

#include <QHeaderView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>

namespace portrait {

TaxonomyPanel::TaxonomyPanel(Workspace *workspace, QWidget *parent)
    : Panel(workspace, parent), m_form(std::make_unique<Ui::TaxonomyForm>()),
      m_tree(new TaxonomyModel(workspace, this))
{
    using K = TableModel::Kind;
    auto columns = Columns::names();
    columns << TableModel::Column{QStringLiteral("kind"), QT_TRANSLATE_NOOP("portrait::Columns", "类型"),
                                  K::Choice, true, ChoiceLists::values(ChoiceLists::taxonomyKinds())}
            << Columns::text("definition_zh", QT_TRANSLATE_NOOP("portrait::Columns", "定义"))
            << Columns::text("definition_en", QT_TRANSLATE_NOOP("portrait::Columns", "定义（英文）"))
            << Columns::text("scenarios_zh", QT_TRANSLATE_NOOP("portrait::Columns", "典型场景"))
            << Columns::text("scenarios_en", QT_TRANSLATE_NOOP("portrait::Columns", "典型场景（英文）"));
    m_nodes = new TableModel(workspace, QStringLiteral("taxonomy"), QStringLiteral("code"), columns, this);
    m_needs = new LinkCheckModel(workspace, QStringLiteral("needs"), QStringLiteral("code"),
                                 QStringLiteral("node_needs"), QStringLiteral("node_code"),
                                 QStringLiteral("need_code"), this);

    auto *form = new QWidget;
    m_form->setupUi(form);
    ChoiceLists::fill(m_form->kindCombo, ChoiceLists::taxonomyKinds());
    LinkPicker::attach(m_form->needsView, m_needs);
    m_pane = new MasterDetailPane(m_tree, TaxonomyModel::CodeRole, m_nodes, form, this);
    m_pane->setKeyLabel(m_form->codeLabel);
    FormMapper *mapper = m_pane->mapper();
    mapper->bind(m_form->nameZhEdit, QStringLiteral("name_zh"));
    mapper->bind(m_form->nameEnEdit, QStringLiteral("name_en"));
    mapper->bind(m_form->kindCombo, QStringLiteral("kind"));
    mapper->bind(m_form->definitionZhEdit, QStringLiteral("definition_zh"));
    mapper->bind(m_form->definitionEnEdit, QStringLiteral("definition_en"));
    mapper->bind(m_form->scenariosZhEdit, QStringLiteral("scenarios_zh"));
    mapper->bind(m_form->scenariosEnEdit, QStringLiteral("scenarios_en"));
    connect(m_pane, &MasterDetailPane::currentKeyChanged, this, &TaxonomyPanel::showDetails);

    SearchableListPane *list = m_pane->list();
    list->setButtons(SearchableListPane::AddButton | SearchableListPane::RemoveButton,
                     tr("新增下级"));
    QPushButton *sibling = list->addExtraButton(tr("新增同级"));
    list->setEmptyState(tr("还没有客户分类 — 新增第一个分类"), tr("新增分类…"));
    connect(list, &SearchableListPane::addRequested, this, &TaxonomyPanel::addChild);
    connect(sibling, &QPushButton::clicked, this, &TaxonomyPanel::addSibling);
    connect(list, &SearchableListPane::removeRequested, this, &TaxonomyPanel::removeCurrent);

    QTreeView *view = list->view();
    view->setRootIsDecorated(true);
    view->setItemDelegateForColumn(TaxonomyModel::NameColumn,
                                   new NameCodeDelegate(Qt::DisplayRole, -1, this));
    view->setHeaderHidden(false);
    view->setDragDropMode(QAbstractItemView::InternalMove);
    view->setDefaultDropAction(Qt::MoveAction);
    view->setDropIndicatorShown(true);
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(TaxonomyModel::NameColumn, QHeaderView::Stretch);
    view->setColumnWidth(TaxonomyModel::CodeColumn, 64);
    view->setColumnWidth(TaxonomyModel::KindColumn, 84);
    view->expandAll();
    connect(list->proxy(), &QAbstractItemModel::modelReset, view, &QTreeView::expandAll);
    connect(list->proxy(), &QAbstractItemModel::layoutChanged, view, &QTreeView::expandAll);

    forwardErrors(m_tree);
    forwardErrors(m_needs);
    forwardErrors(m_pane);
    setContent(tr("分类体系"),
               tr("客户分类体系是一棵树：分组之下是主类与角色。拖动节点可以调整位置；"
                  "每个分类写明定义、典型场景和核心需求，画像卡和服务覆盖都以它为准。"),
               m_pane);
    m_pane->splitter()->setSizes({420, 560});
}

TaxonomyPanel::~TaxonomyPanel() = default;

void TaxonomyPanel::showDetails(const QVariant &code)
{
    const QString c = code.toString();
    const QString parent = m_tree->parentCode(c);
    m_form->parentLabel->setText(
        parent.isEmpty() ? tr("（顶层）")
                         : QStringLiteral("%1  %2").arg(m_tree->indexOf(parent).data().toString(), parent));
    m_needs->setOwner(code.isValid() ? code : QVariant(), m_tree->indexOf(c).data().toString());
}

void TaxonomyPanel::addChild()
{
    addUnder(m_pane->currentKey().toString());
}

void TaxonomyPanel::addSibling()
{
    addUnder(m_tree->parentCode(m_pane->currentKey().toString()));
}

void TaxonomyPanel::addUnder(const QString &parentCode)
{
    QStringList siblings;
    const QModelIndex parent = m_tree->indexOf(parentCode);
    for (int r = 0; r < m_tree->rowCount(parent); ++r)
        siblings << m_tree->code(m_tree->index(r, 0, parent));
    NewItemDialog dialog(parentCode.isEmpty() ? tr("新增顶层分类") : tr("新增分类"), m_tree->codes(), this);
    if (!parentCode.isEmpty())
        dialog.setIntro(tr("新分类将放在「%1」之下。").arg(m_tree->indexOf(parentCode).data().toString()));
    dialog.setSuggestedCode(Codes::next(
        siblings, parentCode.isEmpty() ? QStringLiteral("X") : parentCode + QLatin1Char('.')));
    dialog.setKinds(tr("类型"), ChoiceLists::taxonomyKinds());
    dialog.setKind(QStringLiteral("primary")); // the most common kind of a new node
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!m_tree->addNode(parentCode, dialog.code(), dialog.name(), dialog.kind(), &error)) {
        emit editFailed(error);
        return;
    }
    m_pane->list()->searchEdit()->clear();
    m_pane->list()->selectKey(dialog.code());
}

void TaxonomyPanel::removeCurrent()
{
    const QString code = m_pane->currentKey().toString();
    const QModelIndex index = m_tree->indexOf(code);
    if (!index.isValid())
        return;
    QString item = QStringLiteral("%1  %2").arg(index.data().toString(), code);
    if (m_tree->rowCount(index) > 0)
        item = tr("%1（连同全部下级分类）").arg(item);
    if (!DeleteConfirmation::ask(this, item, m_tree->references(code)))
        return;
    QString error;
    if (!m_tree->removeNode(code, &error))
        emit editFailed(error);
}

void TaxonomyPanel::focusSearch()
{
    m_pane->focusSearch();
}

} // namespace portrait
