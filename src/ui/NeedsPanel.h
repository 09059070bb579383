// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "ui/Panel.h"

#include <memory>

class QTabWidget;

namespace Ui {
class NeedForm;
class ResourceForm;
class ValueGoalForm;
} // namespace Ui

namespace portrait {

class MasterDetailPane;

// 需求与价值: the needs (with their group, value goals and lifecycle stages), the value goals and
// the resource advantages, one tab each, every tab a master–detail editor.
class NeedsPanel : public Panel
{
    Q_OBJECT
public:
    explicit NeedsPanel(Workspace *workspace, QWidget *parent = nullptr);
    ~NeedsPanel() override;
    void focusSearch() override;

private:
    MasterDetailPane *createNeeds();
    MasterDetailPane *createGoals();
    MasterDetailPane *createResources();
    MasterDetailPane *currentPane() const;

    std::unique_ptr<Ui::NeedForm> m_needForm;
    std::unique_ptr<Ui::ValueGoalForm> m_goalForm;
    std::unique_ptr<Ui::ResourceForm> m_resourceForm;
    QTabWidget *m_tabs;
};

} // namespace portrait
