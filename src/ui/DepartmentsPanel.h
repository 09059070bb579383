// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "ui/Panel.h"

#include <memory>

class QTabWidget;

namespace Ui {
class DepartmentForm;
}

namespace portrait {

class ComboFiller;
class LinkCheckModel;
class MasterDetailPane;
class ServiceCatalogEditor;
class TableModel;

// 部门与服务: the departments (业务部门, 职能部门, 原集体企业, 直属单位) with their positions,
// the customer categories each one serves, and its service catalog.
class DepartmentsPanel : public Panel
{
    Q_OBJECT
public:
    explicit DepartmentsPanel(Workspace *workspace, QWidget *parent = nullptr);
    ~DepartmentsPanel() override;
    void focusSearch() override;

private:
    QWidget *createDetails();
    void createPositions();
    void showDepartment(const QVariant &code);

    std::unique_ptr<Ui::DepartmentForm> m_form;
    TableModel *m_departments;
    TableModel *m_positions;
    LinkCheckModel *m_scope;
    ComboFiller *m_parents;
    ServiceCatalogEditor *m_services;
    QTabWidget *m_tabs;
    MasterDetailPane *m_pane;
};

} // namespace portrait
