// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/NeedsPanel.h"

#include "models/LinkCheckModel.h"
#include "ui/Columns.h"
#include "ui/ComboFiller.h"
#include "ui/FormMapper.h"
#include "ui/LinkPicker.h"
#include "ui/MasterDetailPane.h"
#include "ui/SearchableListPane.h"

#include "ui_NeedForm.h"
#include "ui_ResourceForm.h"
#include "ui_ValueGoalForm.h"

#include <QLineEdit>
#include <QTabWidget>

namespace portrait {

namespace {
const QString kCode = QStringLiteral("code");
}

NeedsPanel::NeedsPanel(Workspace *workspace, QWidget *parent)
    : Panel(workspace, parent), m_needForm(std::make_unique<Ui::NeedForm>()),
      m_goalForm(std::make_unique<Ui::ValueGoalForm>()),
      m_resourceForm(std::make_unique<Ui::ResourceForm>()), m_tabs(new QTabWidget(this))
{
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createNeeds(), tr("需求"));
    m_tabs->addTab(createGoals(), tr("价值目标"));
    m_tabs->addTab(createResources(), tr("资源优势"));
    setContent(tr("需求与价值"),
               tr("客户需求对应价值目标与生命周期阶段；资源优势是公司用来满足需求的能力。"
                  "服务目录与部门画像都引用这里的代码。"),
               m_tabs);
}

NeedsPanel::~NeedsPanel() = default;

MasterDetailPane *NeedsPanel::createNeeds()
{
    auto columns = Columns::names();
    columns << Columns::text("group_code", QT_TRANSLATE_NOOP("portrait::Columns", "需求分组"));
    auto *model = new TableModel(workspace(), QStringLiteral("needs"), kCode, columns, this);
    auto *form = new QWidget;
    m_needForm->setupUi(form);
    auto *pane = new MasterDetailPane(model, form);
    pane->setNewItem({.title = tr("新增需求"), .codePrefix = QStringLiteral("N")});
    pane->setMovable(true);
    pane->list()->setEmptyState(tr("还没有需求 — 新增第一个需求"), tr("新增需求…"));

    auto *groups = new TableModel(workspace(), QStringLiteral("need_groups"), kCode,
                                  {Columns::text("name_zh", QT_TRANSLATE_NOOP("portrait::Columns", "名称"))},
                                  this);
    auto *filler = new ComboFiller(m_needForm->groupCombo, groups, TableModel::KeyRole,
                                   TableModel::LabelRole, this);
    filler->setNoneText(tr("（未分组）"));
    connect(filler, &ComboFiller::refilled, pane->mapper(), &FormMapper::refresh);

    auto *goals = new LinkCheckModel(workspace(), QStringLiteral("value_goals"), kCode,
                                     QStringLiteral("need_goals"), QStringLiteral("need_code"),
                                     QStringLiteral("goal_code"), this);
    auto *stages = new LinkCheckModel(workspace(), QStringLiteral("stages"), kCode,
                                      QStringLiteral("need_stages"), QStringLiteral("need_code"),
                                      QStringLiteral("stage_code"), this);
    LinkPicker::attach(m_needForm->goalsView, goals);
    LinkPicker::attach(m_needForm->stagesView, stages);
    forwardErrors(goals);
    forwardErrors(stages);

    FormMapper *mapper = pane->mapper();
    mapper->bind(m_needForm->nameZhEdit, QStringLiteral("name_zh"));
    mapper->bind(m_needForm->nameEnEdit, QStringLiteral("name_en"));
    mapper->bind(m_needForm->groupCombo, QStringLiteral("group_code"));
    pane->setKeyLabel(m_needForm->codeLabel);
    connect(pane, &MasterDetailPane::currentKeyChanged, this, [goals, stages](const QVariant &key) {
        goals->setOwner(key);
        stages->setOwner(key);
    });
    forwardErrors(pane);
    return pane;
}

MasterDetailPane *NeedsPanel::createGoals()
{
    auto columns = Columns::names();
    columns << Columns::text("description_zh", QT_TRANSLATE_NOOP("portrait::Columns", "说明"))
            << Columns::text("description_en", QT_TRANSLATE_NOOP("portrait::Columns", "说明（英文）"));
    auto *model = new TableModel(workspace(), QStringLiteral("value_goals"), kCode, columns, this);
    auto *form = new QWidget;
    m_goalForm->setupUi(form);
    auto *pane = new MasterDetailPane(model, form);
    pane->setNewItem({.title = tr("新增价值目标"), .codePrefix = QStringLiteral("G")});
    pane->setMovable(true);
    pane->list()->setEmptyState(tr("还没有价值目标 — 新增第一个价值目标"), tr("新增价值目标…"));
    FormMapper *mapper = pane->mapper();
    mapper->bind(m_goalForm->nameZhEdit, QStringLiteral("name_zh"));
    mapper->bind(m_goalForm->nameEnEdit, QStringLiteral("name_en"));
    mapper->bind(m_goalForm->descriptionZhEdit, QStringLiteral("description_zh"));
    mapper->bind(m_goalForm->descriptionEnEdit, QStringLiteral("description_en"));
    pane->setKeyLabel(m_goalForm->codeLabel);
    forwardErrors(pane);
    return pane;
}

MasterDetailPane *NeedsPanel::createResources()
{
    auto columns = Columns::names();
    columns << Columns::text("role_zh", QT_TRANSLATE_NOOP("portrait::Columns", "作用"))
            << Columns::text("role_en", QT_TRANSLATE_NOOP("portrait::Columns", "作用（英文）"))
            << Columns::text("offerings_zh", QT_TRANSLATE_NOOP("portrait::Columns", "可提供"))
            << Columns::text("offerings_en", QT_TRANSLATE_NOOP("portrait::Columns", "可提供（英文）"));
    auto *model = new TableModel(workspace(), QStringLiteral("resources"), kCode, columns, this);
    auto *form = new QWidget;
    m_resourceForm->setupUi(form);
    auto *pane = new MasterDetailPane(model, form);
    pane->setNewItem({.title = tr("新增资源优势"), .codePrefix = QStringLiteral("RA")});
    pane->setMovable(true);
    pane->list()->setEmptyState(tr("还没有资源优势 — 新增第一项"), tr("新增资源优势…"));
    FormMapper *mapper = pane->mapper();
    mapper->bind(m_resourceForm->nameZhEdit, QStringLiteral("name_zh"));
    mapper->bind(m_resourceForm->nameEnEdit, QStringLiteral("name_en"));
    mapper->bind(m_resourceForm->roleZhEdit, QStringLiteral("role_zh"));
    mapper->bind(m_resourceForm->roleEnEdit, QStringLiteral("role_en"));
    mapper->bind(m_resourceForm->offeringsZhEdit, QStringLiteral("offerings_zh"));
    mapper->bind(m_resourceForm->offeringsEnEdit, QStringLiteral("offerings_en"));
    pane->setKeyLabel(m_resourceForm->codeLabel);
    forwardErrors(pane);
    return pane;
}

MasterDetailPane *NeedsPanel::currentPane() const
{
    return static_cast<MasterDetailPane *>(m_tabs->currentWidget());
}

void NeedsPanel::focusSearch()
{
    currentPane()->focusSearch();
}

} // namespace portrait
