// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "ui/Panel.h"

#include <memory>

namespace Ui {
class StageForm;
}

namespace portrait {

class MasterDetailPane;

// 生命周期: the lifecycle stages in their order (立项 建设 运营 转型), each with its names, the
// customer's situation and what companionship means in that stage.
class LifecyclePanel : public Panel
{
    Q_OBJECT
public:
    explicit LifecyclePanel(Workspace *workspace, QWidget *parent = nullptr);
    ~LifecyclePanel() override;
    void focusSearch() override;

private:
    std::unique_ptr<Ui::StageForm> m_form;
    MasterDetailPane *m_pane;
};

} // namespace portrait
