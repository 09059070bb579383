// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/MainWindow.h"

#include "core/Error.h"
#include "core/Workspace.h"
#include "io/DefaultContent.h"
#include "ui/AttributesPanel.h"
#include "ui/ClassificationStatus.h"
#include "ui/CustomerListActions.h"
#include "ui/CustomersPanel.h"
#include "ui/DepartmentsPanel.h"
#include "ui/EmptyState.h"
#include "ui/LifecyclePanel.h"
#include "ui/NeedsPanel.h"
#include "ui/OverviewPanel.h"
#include "ui/PanelSidebar.h"
#include "ui/PortraitPanel.h"
#include "ui/RecentFilesMenu.h"
#include "ui/Reclassifier.h"
#include "ui/RulesPanel.h"
#include "ui/TaxonomyPanel.h"
#include "ui/UiSettings.h"
#include "ui/WorkshopPanel.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

namespace portrait {

namespace {
const char *const kPanelNames[] = {
    QT_TRANSLATE_NOOP("portrait::MainWindow", "概览"),
    QT_TRANSLATE_NOOP("portrait::MainWindow", "客户"),
    QT_TRANSLATE_NOOP("portrait::MainWindow", "分类体系"),
    QT_TRANSLATE_NOOP("portrait::MainWindow", "规则"),
    QT_TRANSLATE_NOOP("portrait::MainWindow", "部门与服务"),
    QT_TRANSLATE_NOOP("portrait::MainWindow", "需求与价值"),
    QT_TRANSLATE_NOOP("portrait::MainWindow", "生命周期"),
    QT_TRANSLATE_NOOP("portrait::MainWindow", "属性字典"),
};
constexpr int kPanels = int(std::size(kPanelNames));
const QString kFilter = QStringLiteral("*.pwb");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_stack(new QStackedWidget), m_summary(new QLabel)
{
    QStringList panels;
    for (const char *name : kPanelNames)
        panels << tr(name);
    m_sidebar = new PanelSidebar(panels, {tr("部门画像"), tr("共创会")});
    connect(m_sidebar, &PanelSidebar::panelChosen, this, &MainWindow::showPanel);
    m_welcome = new EmptyState(tr("还没有打开工作区 — 打开一个工作区，或用“文件 → 新建工作区”创建一个"
                                  "带默认分类体系、部门和服务目录的工作区。"),
                               tr("打开工作区…"));
    connect(static_cast<EmptyState *>(m_welcome), &EmptyState::actionTriggered, this,
            &MainWindow::chooseWorkspace);
    m_stack->addWidget(m_welcome);
    createMenus();
    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *line = new QFrame;
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(m_sidebar);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_summary, 1);
    setWindowTitle(tr("客户画像工作台"));
    resize(1440, 900);
    restoreGeometry(UiSettings::geometry());
    restoreState(UiSettings::windowState());
    updateSummary();
}

MainWindow::~MainWindow()
{
    // Panels hold models of the workspace: they go first.
    deletePanels();
}

void MainWindow::deletePanels()
{
    // Deleting the panel on screen would show the next one, and a panel shown starts reading the
    // customers: out of sight, none is shown while they go.
    const bool hidden = m_stack->isHidden();
    m_stack->hide();
    qDeleteAll(m_panels);
    m_panels.clear();
    m_stack->setHidden(hidden);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("文件(&F)"));
    file->addAction(tr("新建工作区…"), QKeySequence::New, this, &MainWindow::newWorkspace);
    file->addAction(tr("打开工作区…"), QKeySequence::Open, this, &MainWindow::chooseWorkspace);
    auto *recent = new RecentFilesMenu(file);
    connect(recent, &RecentFilesMenu::fileTriggered, this, &MainWindow::openRecent);
    file->addMenu(recent);
    file->addSeparator();
    m_saveCopy = file->addAction(tr("保存副本…"), QKeySequence::SaveAs, this, &MainWindow::saveCopy);
    file->addSeparator();
    file->addAction(tr("退出"), QKeySequence::Quit, this, &QWidget::close);

    m_editMenu = menuBar()->addMenu(tr("编辑(&E)"));
    QAction *find = m_editMenu->addAction(tr("搜索"), QKeySequence::Find, this, [this] {
        if (Panel *p = currentPanel())
            p->focusSearch();
    });
    find->setShortcutContext(Qt::WindowShortcut);

    QMenu *view = menuBar()->addMenu(tr("视图(&V)"));
    for (int i = 0; i < kPanels; ++i) {
        QAction *go = view->addAction(tr(kPanelNames[i]), this, [this, i] { showPanel(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QMenu *language = view->addMenu(tr("界面语言"));
    auto *languages = new QActionGroup(language);
    const Language saved = UiSettings::language();
    for (const auto &[lang, label] : {std::pair{Language::Chinese, QStringLiteral("中文")},
                                      std::pair{Language::English, QStringLiteral("English")}}) {
        QAction *a = language->addAction(label);
        a->setCheckable(true);
        a->setChecked(lang == saved);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, lang] {
            UiSettings::setLanguage(lang);
            statusBar()->showMessage(tr("界面语言已保存，重新启动程序后生效。"), 8000);
        });
    }

    QMenu *tools = menuBar()->addMenu(tr("工具(&T)"));
    // Import, export, history, duplicates, demo data: their own actions object.
    m_customerTools = new CustomerListActions(this);
    m_customerTools->addTo(file, tools);
    connect(m_customerTools->importAction(), &QAction::triggered, this, [this] { showPanel(1); });
    connect(m_customerTools, &CustomerListActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_customerTools, &CustomerListActions::editFailed, this, &MainWindow::showError);

    QMenu *help = menuBar()->addMenu(tr("帮助(&H)"));
    help->addAction(tr("关于客户画像工作台"), this, [this] {
        QMessageBox::about(this, tr("关于客户画像工作台"),
                           tr("<h3>客户画像工作台 %1</h3><p>面向供电企业的客户分类、部门客户画像与服务匹配工具。</p>"
                              "<p>许可证：GPL-3.0-or-later</p>")
                               .arg(QStringLiteral(PORTRAIT_VERSION)));
    });
}

bool MainWindow::openWorkspace(const QString &path, QString *error)
{
    try {
        adopt(Workspace::open(path));
    } catch (const Error &e) {
        if (error)
            *error = e.message();
        return false;
    }
    return true;
}

void MainWindow::adopt(std::unique_ptr<Workspace> workspace)
{
    deletePanels();
    m_overview = nullptr;
    delete m_undo;
    delete m_redo;
    m_workspace = std::move(workspace);
    UiSettings::addRecentFile(m_workspace->path());
    setWindowFilePath(m_workspace->path());
    setWindowTitle(tr("%1 — 客户画像工作台").arg(QFileInfo(m_workspace->path()).fileName()));

    QUndoStack *stack = m_workspace->undoStack();
    m_undo = stack->createUndoAction(this, tr("撤销"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = stack->createRedoAction(this, tr("重做"));
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    QAction *first = m_editMenu->actions().value(0);
    m_editMenu->insertAction(first, m_undo);
    m_editMenu->insertAction(first, m_redo);
    m_editMenu->insertSeparator(first);
    buildPanels();
}

void MainWindow::buildPanels()
{
    Workspace *ws = m_workspace.get();
    // First, so that an edited customer is re-classified before the views re-read it.
    statusBar()->addPermanentWidget(new ClassificationStatus(Reclassifier::of(ws)));
    m_overview = new OverviewPanel(ws);
    auto *customers = new CustomersPanel(ws);
    m_panels = {m_overview,          customers,           new TaxonomyPanel(ws),
                new RulesPanel(ws),  new DepartmentsPanel(ws), new NeedsPanel(ws),
                new LifecyclePanel(ws), new AttributesPanel(ws)};
    // 部门画像 and 共创会: below the separator, the entries that came later.
    auto *portraits = new PortraitPanel(ws);
    m_panels << portraits;
    connect(portraits, &PortraitPanel::drillDownRequested, this,
            [this, customers](const QString &label, const std::vector<qint64> &ids) {
                customers->showDrillDown(label, ids);
                showPanel(int(m_panels.indexOf(customers)));
            });
    m_sidebar->enableLater(0, int(m_panels.size()) - 1);
    m_panels << new WorkshopPanel(ws);
    m_sidebar->enableLater(1, int(m_panels.size()) - 1);
    for (Panel *p : std::as_const(m_panels)) {
        m_stack->addWidget(p);
        connect(p, &Panel::editFailed, this, &MainWindow::showError);
        connect(p, &Panel::panelRequested, this, &MainWindow::showPanel);
    }
    connect(m_overview, &OverviewPanel::summaryChanged, this, &MainWindow::updateSummary);
    connect(m_overview, &OverviewPanel::importRequested, this, &MainWindow::importCustomers);
    connect(customers, &CustomersPanel::importRequested, this, &MainWindow::importCustomers);
    m_customerTools->setWorkspace(ws, customers);
    showPanel(qBound(0, UiSettings::lastPanel(), kPanels - 1));
    updateSummary();
}

int MainWindow::panelCount() const
{
    return int(m_panels.size());
}

Panel *MainWindow::panel(int index) const
{
    return m_panels.value(index);
}

Panel *MainWindow::currentPanel() const
{
    return qobject_cast<Panel *>(m_stack->currentWidget());
}

void MainWindow::showPanel(int index)
{
    if (index < 0 || index >= m_panels.size())
        return;
    m_stack->setCurrentWidget(m_panels[index]);
    m_sidebar->selectPanel(index);
    UiSettings::setLastPanel(index);
}

void MainWindow::updateSummary()
{
    m_saveCopy->setEnabled(m_workspace != nullptr);
    m_sidebar->setEnabled(m_workspace != nullptr);
    if (!m_workspace || !m_overview) {
        m_summary->setText(tr("未打开工作区"));
        return;
    }
    const QString date = m_overview->dataDate();
    m_summary->setText(tr("%1 户 · 数据日期 %2 · 就绪")
                           .arg(QLocale().toString(m_overview->customerCount()),
                                date.isEmpty() ? tr("未设置") : date));
}

void MainWindow::showError(const QString &message)
{
    QApplication::beep();
    statusBar()->showMessage(tr("未能保存修改：%1").arg(message), 15000);
}

void MainWindow::openRecent(const QString &path)
{
    QString error;
    if (!openWorkspace(path, &error))
        QMessageBox::warning(this, tr("打开工作区"), error);
}

void MainWindow::chooseWorkspace()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("打开工作区"), QString(),
                                                      tr("工作区 (%1)").arg(kFilter));
    if (!path.isEmpty())
        openRecent(path);
}

void MainWindow::newWorkspace()
{
    QString path = QFileDialog::getSaveFileName(this, tr("新建工作区"), QString(),
                                                tr("工作区 (%1)").arg(kFilter), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pwb");
    try {
        adopt(DefaultContent::createWorkspace(path));
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("新建工作区"), e.message());
    }
}

void MainWindow::saveCopy()
{
    if (!m_workspace)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("保存副本"), QString(),
                                                      tr("工作区 (%1)").arg(kFilter));
    if (path.isEmpty())
        return;
    try {
        m_workspace->saveCopy(path);
        statusBar()->showMessage(tr("已保存副本：%1").arg(path), 8000);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("保存副本"), e.message());
    }
}

void MainWindow::importCustomers()
{
    showPanel(1);
    m_customerTools->importCustomers();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    UiSettings::setWindow(saveGeometry(), saveState());
    event->accept();
}

} // namespace portrait
