// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/LifecyclePanel.h"

#include "ui/Columns.h"
#include "ui/FormMapper.h"
#include "ui/MasterDetailPane.h"
#include "ui/SearchableListPane.h"

#include "ui_StageForm.h"

#include <QLineEdit>

namespace portrait {

LifecyclePanel::LifecyclePanel(Workspace *workspace, QWidget *parent)
    : Panel(workspace, parent), m_form(std::make_unique<Ui::StageForm>())
{
    auto columns = Columns::names();
    columns << Columns::text("situation_zh", QT_TRANSLATE_NOOP("portrait::Columns", "客户处境"))
            << Columns::text("situation_en", QT_TRANSLATE_NOOP("portrait::Columns", "客户处境（英文）"))
            << Columns::text("companionship_zh", QT_TRANSLATE_NOOP("portrait::Columns", "陪伴重点"))
            << Columns::text("companionship_en",
                             QT_TRANSLATE_NOOP("portrait::Columns", "陪伴重点（英文）"))
            << Columns::text("aliases", QT_TRANSLATE_NOOP("portrait::Columns", "别名"));
    auto *model = new TableModel(workspace, QStringLiteral("stages"), QStringLiteral("code"),
                                 columns, this);
    auto *form = new QWidget;
    m_form->setupUi(form);
    m_pane = new MasterDetailPane(model, form, this);
    m_pane->setNewItem({.title = tr("新增阶段"), .codePrefix = QStringLiteral("L")});
    m_pane->setMovable(true);
    m_pane->list()->setEmptyState(tr("还没有生命周期阶段 — 新增第一个阶段"), tr("新增阶段…"));

    FormMapper *mapper = m_pane->mapper();
    mapper->bind(m_form->nameZhEdit, QStringLiteral("name_zh"));
    mapper->bind(m_form->nameEnEdit, QStringLiteral("name_en"));
    mapper->bind(m_form->aliasesEdit, QStringLiteral("aliases"));
    mapper->bind(m_form->situationZhEdit, QStringLiteral("situation_zh"));
    mapper->bind(m_form->situationEnEdit, QStringLiteral("situation_en"));
    mapper->bind(m_form->companionshipZhEdit, QStringLiteral("companionship_zh"));
    mapper->bind(m_form->companionshipEnEdit, QStringLiteral("companionship_en"));
    m_pane->setKeyLabel(m_form->codeLabel);
    forwardErrors(m_pane);

    setContent(tr("生命周期"),
               tr("客户所处的生命周期阶段，按先后排列。每个阶段写明客户处境与陪伴重点，"
                  "部门画像的“生命周期陪伴”据此判断覆盖缺口。"),
               m_pane);
}

LifecyclePanel::~LifecyclePanel() = default;

void LifecyclePanel::focusSearch()
{
    m_pane->focusSearch();
}

} // namespace portrait
