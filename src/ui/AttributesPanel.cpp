// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/AttributesPanel.h"

#include "ui/ChoiceDelegate.h"
#include "ui/Columns.h"
#include "ui/FormMapper.h"
#include "ui/MasterDetailPane.h"
#include "ui/RowEditController.h"
#include "ui/SearchableListPane.h"

#include "ui_AttributeForm.h"

#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace portrait {

namespace {
bool isCanonical(const TableModel *model, const QVariant &key)
{
    return model->value(model->rowOfKey(key), QStringLiteral("canonical")).toInt() != 0;
}
} // namespace

AttributesPanel::AttributesPanel(Workspace *workspace, QWidget *parent)
    : Panel(workspace, parent), m_form(std::make_unique<Ui::AttributeForm>()),
      m_tabs(new QTabWidget(this))
{
    using K = TableModel::Kind;
    auto columns = Columns::names();
    columns << Columns::of("type", QT_TRANSLATE_NOOP("portrait::Columns", "类型"), K::Choice, false)
            << Columns::of("canonical", QT_TRANSLATE_NOOP("portrait::Columns", "来源"), K::Integer, false)
            << Columns::text("unit", QT_TRANSLATE_NOOP("portrait::Columns", "单位"))
            << Columns::text("enum_values", QT_TRANSLATE_NOOP("portrait::Columns", "取值"))
            << Columns::text("synonyms", QT_TRANSLATE_NOOP("portrait::Columns", "同义列名"))
            << Columns::of("min_value", QT_TRANSLATE_NOOP("portrait::Columns", "最小值"), K::Number)
            << Columns::of("max_value", QT_TRANSLATE_NOOP("portrait::Columns", "最大值"), K::Number)
            << Columns::of("required", QT_TRANSLATE_NOOP("portrait::Columns", "必填"), K::Bool)
            << Columns::text("description_zh", QT_TRANSLATE_NOOP("portrait::Columns", "说明"))
            << Columns::text("description_en", QT_TRANSLATE_NOOP("portrait::Columns", "说明（英文）"));
    m_model = new TableModel(workspace, QStringLiteral("attributes"), QStringLiteral("key"),
                             columns, this);
    auto *form = new QWidget;
    m_form->setupUi(form);
    m_pane = new MasterDetailPane(m_model, form);
    m_pane->setNewItem({.title = tr("新增自定义属性"),
                        .kindColumn = QStringLiteral("type"),
                        .kindLabel = tr("类型"),
                        .kinds = ChoiceLists::attributeTypes(),
                        .style = NewItemDialog::CodeStyle::AttributeKey,
                        .values = {{QStringLiteral("canonical"), 0}}});
    m_pane->setMovable(true);
    m_pane->setRemovable([this](const QVariant &key) { return !isCanonical(m_model, key); });
    m_pane->setKeyLabel(m_form->keyLabel);

    QTreeView *view = m_pane->list()->view();
    const int typeColumn = m_model->columnOf(QStringLiteral("type"));
    const int originColumn = m_model->columnOf(QStringLiteral("canonical"));
    view->setItemDelegateForColumn(typeColumn, new ChoiceDelegate(ChoiceLists::attributeTypes(), this));
    view->setItemDelegateForColumn(originColumn,
                                   new ChoiceDelegate(ChoiceLists::attributeOrigins(), this));
    m_pane->list()->setVisibleColumns({0, typeColumn, originColumn});
    view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    view->header()->setStretchLastSection(false);
    view->setColumnWidth(typeColumn, 64);
    view->setColumnWidth(originColumn, 64);

    const auto number = new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^$|^-?\\d+(\\.\\d*)?([eE][+-]?\\d+)?$")), this);
    m_form->minEdit->setValidator(number);
    m_form->maxEdit->setValidator(number);
    FormMapper *mapper = m_pane->mapper();
    mapper->bind(m_form->nameZhEdit, QStringLiteral("name_zh"));
    mapper->bind(m_form->nameEnEdit, QStringLiteral("name_en"));
    mapper->bind(m_form->unitEdit, QStringLiteral("unit"));
    mapper->bind(m_form->minEdit, QStringLiteral("min_value"));
    mapper->bind(m_form->maxEdit, QStringLiteral("max_value"));
    mapper->bind(m_form->requiredCheck, QStringLiteral("required"));
    mapper->bind(m_form->enumValuesEdit, QStringLiteral("enum_values"));
    mapper->bind(m_form->synonymsEdit, QStringLiteral("synonyms"));
    mapper->bind(m_form->descriptionZhEdit, QStringLiteral("description_zh"));
    mapper->bind(m_form->descriptionEnEdit, QStringLiteral("description_en"));
    connect(mapper, &FormMapper::refreshed, this, [this] { showKindOf(m_pane->currentKey()); });
    forwardErrors(m_pane);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_pane, tr("客户属性"));
    m_tabs->addTab(createLabels(), tr("标签"));
    setContent(tr("属性字典"),
               tr("客户名单的每一列对应一个属性。标准属性的键和类型固定，名称、单位、取值和同义列名"
                  "可以修改；也可以新增自定义属性。标签是客户可以带有的标记。"),
               m_tabs);
}

AttributesPanel::~AttributesPanel() = default;

void AttributesPanel::showKindOf(const QVariant &key)
{
    const int row = m_model->rowOfKey(key);
    const QString type = m_model->value(row, QStringLiteral("type")).toString();
    m_form->typeLabel->setText(row < 0 ? QString() : ChoiceLists::label(ChoiceLists::attributeTypes(), type));
    m_form->originLabel->setText(row < 0 ? QString()
                                 : isCanonical(m_model, key)
                                     ? tr("标准属性（键和类型固定，不能删除）")
                                     : tr("自定义属性"));
    // Enumeration values only mean something for enumerations.
    m_form->enumValuesEdit->setEnabled(row >= 0 && type == QLatin1String("enum"));
}

QWidget *AttributesPanel::createLabels()
{
    auto *labels = new TableModel(
        workspace(), QStringLiteral("labels"), QStringLiteral("name"),
        {Columns::text("name", QT_TRANSLATE_NOOP("portrait::Columns", "标签")),
         Columns::text("name_en", QT_TRANSLATE_NOOP("portrait::Columns", "英文名称"))},
        this);
    auto *page = new QWidget;
    auto *view = new QTableView(page);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    auto *add = new QPushButton(tr("新增标签"), page);
    auto *remove = new QPushButton(tr("删除"), page);
    auto *up = new QPushButton(tr("上移"), page);
    auto *down = new QPushButton(tr("下移"), page);
    auto *controller = new RowEditController(view, labels, this);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    controller->setAddButton(add, [labels] {
        const QString column = QStringLiteral("name");
        return QVariantMap{{column, RowEditController::uniqueName(labels, column, tr("新标签"))}};
    }, tr("新增标签"));
    controller->setRemoveButton(remove);
    controller->setMoveButtons(up, down);
    forwardErrors(controller);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, remove, up, down})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(view, 1);
    layout->addLayout(buttons);
    return page;
}

void AttributesPanel::focusSearch()
{
    m_tabs->setCurrentWidget(m_pane);
    m_pane->focusSearch();
}

} // namespace portrait
