// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "core/Workspace.h"

#include <QList>
#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;

namespace portrait {

class CustomerListActions;
class OverviewPanel;
class PanelSidebar;
class Panel;

// The shell: the sidebar of panels, the menus (file, edit with undo/redo, view, tools, help) and
// the status line. Owns the open workspace; the panels are rebuilt when another one is opened.
// Edit failures reported by the panels are shown in the status bar, never dropped.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the workspace at path in place of the current one; false with a message on failure.
    bool openWorkspace(const QString &path, QString *error);
    Workspace *workspace() const { return m_workspace.get(); }

    int panelCount() const;
    Panel *panel(int index) const;
    Panel *currentPanel() const;
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

public slots:
    void showPanel(int index);
    void newWorkspace();
    void chooseWorkspace();
    void saveCopy();
    void importCustomers();
    void showError(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void deletePanels();
    void buildPanels();
    void adopt(std::unique_ptr<Workspace> workspace);
    void updateSummary();
    void openRecent(const QString &path);

    std::unique_ptr<Workspace> m_workspace;
    PanelSidebar *m_sidebar;
    QStackedWidget *m_stack;
    QWidget *m_welcome;
    QList<Panel *> m_panels;
    OverviewPanel *m_overview = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_saveCopy = nullptr;
    QLabel *m_summary;
    CustomerListActions *m_customerTools = nullptr;
};

} // namespace portrait
