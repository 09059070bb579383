// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace portrait {

class CustomersPanel;
class DuplicatesDialog;
class Workspace;

// The window's actions for customer lists — 导入客户名单… (Ctrl+I), 导出当前视图…, 导入历史…,
// 查找重复客户…, 删除演示数据… — and the dialogs behind them, so that the main window only
// places the actions in its menus and tells them which workspace and customer panel are open.
class CustomerListActions : public QObject
{
    Q_OBJECT
public:
    explicit CustomerListActions(QWidget *window);

    // Adds the actions: import and export to the file menu, the rest to the tools menu.
    void addTo(QMenu *fileMenu, QMenu *toolsMenu);
    // The open workspace and its customer panel (null when none is open).
    void setWorkspace(Workspace *workspace, CustomersPanel *customers);

    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    QAction *historyAction() const { return m_history; }
    QAction *duplicatesAction() const { return m_duplicates; }
    QAction *removeDemoAction() const { return m_removeDemo; }

public slots:
    void importCustomers();
    void exportView();
    void showHistory();
    void findDuplicates();
    void removeDemoData();

signals:
    void statusMessage(const QString &message);
    void editFailed(const QString &message);

private:
    QWidget *m_window;
    Workspace *m_workspace = nullptr;
    QPointer<CustomersPanel> m_customers;
    QPointer<DuplicatesDialog> m_duplicatesDialog;
    QAction *m_import, *m_export, *m_history, *m_duplicates, *m_removeDemo;
};

} // namespace portrait
