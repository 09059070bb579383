// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/RulesPanel.h"

#include "core/Language.h"
#include "models/TaxonomyModel.h"
#include "ui/ChoiceDelegate.h"
#include "ui/ChoiceLists.h"
#include "ui/Columns.h"
#include "ui/FormMapper.h"
#include "ui/MasterDetailPane.h"
#include "ui/SearchableListPane.h"

#include "ui_RuleForm.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QTreeView>

namespace portrait {

RulesPanel::RulesPanel(Workspace *workspace, QWidget *parent)
    : Panel(workspace, parent), m_form(std::make_unique<Ui::RuleForm>()), m_group(new QComboBox)
{
    using K = TableModel::Kind;
    auto columns = Columns::names();
    columns << Columns::of("enabled", QT_TRANSLATE_NOOP("portrait::Columns", "启用"), K::Bool)
            << Columns::text("outcome", QT_TRANSLATE_NOOP("portrait::Columns", "结果"), false)
            << Columns::text("why", QT_TRANSLATE_NOOP("portrait::Columns", "依据"))
            << Columns::text("when_json", QT_TRANSLATE_NOOP("portrait::Columns", "条件"), false)
            << Columns::text("dept_types", QT_TRANSLATE_NOOP("portrait::Columns", "适用部门类型"), false);
    m_rules = new TableModel(workspace, QStringLiteral("rules"), QStringLiteral("id"), columns, this);
    const QList<TableModel::Column> name{Columns::names().first()};
    m_needs = new TableModel(workspace, QStringLiteral("needs"), QStringLiteral("code"), name, this);
    m_stages = new TableModel(workspace, QStringLiteral("stages"), QStringLiteral("code"), name, this);
    m_taxonomy = new TaxonomyModel(workspace, this);

    auto *form = new QWidget;
    m_form->setupUi(form);
    m_form->conditionView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pane = new MasterDetailPane(m_rules, form);
    m_pane->setMovable(true);
    m_pane->setKeyLabel(m_form->idLabel);
    m_pane->list()->setEmptyState(tr("这一组还没有规则。规则随配置导入，规则编辑器将在后续版本提供。"));

    auto *groupRow = new QWidget;
    auto *groupLayout = new QHBoxLayout(groupRow);
    groupLayout->setContentsMargins(0, 0, 0, 0);
    groupLayout->addWidget(new QLabel(tr("规则组")));
    groupLayout->addWidget(m_group, 1);
    ChoiceLists::fill(m_group, ChoiceLists::ruleGroups());
    m_pane->list()->insertHeaderWidget(groupRow);
    connect(m_group, &QComboBox::currentIndexChanged, this, &RulesPanel::showGroup);

    QTreeView *view = m_pane->list()->view();
    const int enabled = m_rules->columnOf(QStringLiteral("enabled"));
    const int outcome = m_rules->columnOf(QStringLiteral("outcome"));
    m_pane->list()->setVisibleColumns({0, enabled, outcome});
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    view->setColumnWidth(enabled, 48);
    view->setColumnWidth(outcome, 170);
    m_outcomes = new ChoiceDelegate({}, this);
    view->setItemDelegateForColumn(outcome, m_outcomes);
    connect(m_taxonomy, &QAbstractItemModel::modelReset, this, &RulesPanel::updateOutcomeNames);

    FormMapper *mapper = m_pane->mapper();
    mapper->bind(m_form->nameZhEdit, QStringLiteral("name_zh"));
    mapper->bind(m_form->nameEnEdit, QStringLiteral("name_en"));
    mapper->bind(m_form->enabledCheck, QStringLiteral("enabled"));
    mapper->bind(m_form->whyEdit, QStringLiteral("why"));
    connect(mapper, &FormMapper::refreshed, this, [this] { showDetails(m_pane->currentKey()); });
    forwardErrors(m_pane);

    setContent(tr("规则"),
               tr("分类规则按组、按顺序执行：主类判定像瀑布一样自上而下，第一条满足条件的规则决定"
                  "客户的主类。可以启用或停用规则、调整顺序、修改名称和依据。"),
               m_pane);
    showGroup(0);
}

RulesPanel::~RulesPanel() = default;

void RulesPanel::showGroup(int index)
{
    m_rules->setFilter(QStringLiteral("grp"), m_group->itemData(index));
    updateOutcomeNames();
    m_pane->list()->selectKey(m_rules->key(0));
}

QString RulesPanel::outcomeText(const QString &group, const QString &outcome) const
{
    if (outcome.isEmpty())
        return tr("（无）");
    QString name;
    if (group == QLatin1String("primary") || group == QLatin1String("role")) {
        name = m_taxonomy->indexOf(outcome).data().toString();
    } else if (group == QLatin1String("need") || group == QLatin1String("stage")) {
        const TableModel *names = group == QLatin1String("need") ? m_needs : m_stages;
        const int row = names->rowOfKey(outcome);
        name = localized(names->value(row, QStringLiteral("name_zh")).toString(),
                         names->value(row, QStringLiteral("name_en")).toString());
    }
    return name.isEmpty() ? outcome : QStringLiteral("%1  %2").arg(name, outcome);
}

void RulesPanel::updateOutcomeNames()
{
    // The outcome column shows "name  code"; the names depend on the group's kind of outcome.
    QList<Choice> names;
    const QString group = m_group->currentData().toString();
    for (int r = 0; r < m_rules->rowCount(); ++r) {
        const QString code = m_rules->value(r, QStringLiteral("outcome")).toString();
        names.append({code, outcomeText(group, code)});
    }
    m_outcomes->setChoices(names);
    m_pane->list()->view()->viewport()->update();
}

void RulesPanel::showDetails(const QVariant &key)
{
    const int row = m_rules->rowOfKey(key);
    const QString group = m_group->currentData().toString();
    m_form->groupLabel->setText(row < 0 ? QString() : m_group->currentText());
    m_form->outcomeLabel->setText(
        row < 0 ? QString() : outcomeText(group, m_rules->value(row, QStringLiteral("outcome")).toString()));
    QStringList types;
    const QString stored = m_rules->value(row, QStringLiteral("dept_types")).toString();
    for (const QString &t : stored.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        types << ChoiceLists::label(ChoiceLists::departmentTypes(), t);
    m_form->deptTypesLabel->setText(types.isEmpty() ? tr("所有部门") : types.join(tr("、")));
    const QByteArray json = m_rules->value(row, QStringLiteral("when_json")).toString().toUtf8();
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    m_form->conditionView->setPlainText(
        doc.isNull() ? QString::fromUtf8(json) : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

void RulesPanel::focusSearch()
{
    m_pane->focusSearch();
}

} // namespace portrait
