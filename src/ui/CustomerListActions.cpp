// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/CustomerListActions.h"

#include "core/Workspace.h"
#include "ui/CustomersPanel.h"
#include "ui/DemoDataRemoval.h"
#include "ui/DuplicatesDialog.h"
#include "ui/ExportViewDialog.h"
#include "ui/ImportHistoryDialog.h"
#include "ui/ImportWizard.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QTableView>
#include <QTimer>

namespace portrait {

CustomerListActions::CustomerListActions(QWidget *window)
    : QObject(window), m_window(window),
      m_import(new QAction(tr("导入客户名单…"), this)),
      m_export(new QAction(tr("导出当前视图…"), this)),
      m_history(new QAction(tr("导入历史…"), this)),
      m_duplicates(new QAction(tr("查找重复客户…"), this)),
      m_removeDemo(new QAction(tr("删除演示数据…"), this))
{
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setStatusTip(tr("从 CSV 或 JSON 文件导入客户，可预览、试运行和撤销"));
    m_export->setStatusTip(tr("按客户列表当前的筛选、排序和列导出为 CSV 或 JSON"));
    m_history->setStatusTip(tr("查看导入批次，撤销一次导入"));
    m_duplicates->setStatusTip(tr("查找写法不同的同一户号、同名同地区的客户，并合并"));
    m_removeDemo->setStatusTip(tr("删除新工作区自带的演示客户"));
    connect(m_import, &QAction::triggered, this, &CustomerListActions::importCustomers);
    connect(m_export, &QAction::triggered, this, &CustomerListActions::exportView);
    connect(m_history, &QAction::triggered, this, &CustomerListActions::showHistory);
    connect(m_duplicates, &QAction::triggered, this, &CustomerListActions::findDuplicates);
    connect(m_removeDemo, &QAction::triggered, this, &CustomerListActions::removeDemoData);
    setWorkspace(nullptr, nullptr);
}

void CustomerListActions::addTo(QMenu *fileMenu, QMenu *toolsMenu)
{
    QAction *before = fileMenu->actions().value(fileMenu->actions().size() - 1); // above 退出
    fileMenu->insertAction(before, m_import);
    fileMenu->insertAction(before, m_export);
    fileMenu->insertSeparator(before);
    toolsMenu->addAction(m_history);
    toolsMenu->addAction(m_duplicates);
    toolsMenu->addSeparator();
    toolsMenu->addAction(m_removeDemo);
}

void CustomerListActions::setWorkspace(Workspace *workspace, CustomersPanel *customers)
{
    m_workspace = workspace;
    m_customers = customers;
    delete m_duplicatesDialog; // it belongs to the workspace that is going away
    for (QAction *a : {m_import, m_export, m_history, m_duplicates, m_removeDemo})
        a->setEnabled(workspace != nullptr);
    m_export->setEnabled(workspace && customers);
}

void CustomerListActions::importCustomers()
{
    if (!m_workspace)
        return;
    ImportWizard wizard(m_workspace, m_window);
    wizard.exec();
    if (wizard.report().written && !wizard.lastRunWasDry())
        emit statusMessage(tr("已导入 %1：%2")
                               .arg(wizard.filePath().section(QLatin1Char('/'), -1), wizard.report().summary()));
}

void CustomerListActions::exportView()
{
    if (!m_workspace || !m_customers)
        return;
    std::vector<qint64> ids;
    QStringList columns;
    ExportViewDialog::collect(m_customers->view(), m_customers->model(), &ids, &columns);
    ExportViewDialog dialog(m_workspace, std::move(ids), columns, m_window);
    connect(&dialog, &ExportViewDialog::exported, this, [this](qint64 count, const QString &path) {
        emit statusMessage(tr("已导出 %Ln 位客户到 %1", nullptr, int(count)).arg(path));
    });
    dialog.exec();
}

void CustomerListActions::showHistory()
{
    if (!m_workspace)
        return;
    ImportHistoryDialog dialog(m_workspace, m_window);
    connect(&dialog, &ImportHistoryDialog::importRequested, this, [this] {
        QTimer::singleShot(0, this, &CustomerListActions::importCustomers);
    });
    dialog.exec();
}

void CustomerListActions::findDuplicates()
{
    if (!m_workspace)
        return;
    if (!m_duplicatesDialog) {
        m_duplicatesDialog = new DuplicatesDialog(m_workspace, m_window);
        m_duplicatesDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_duplicatesDialog, &DuplicatesDialog::editFailed, this, &CustomerListActions::editFailed);
    }
    m_duplicatesDialog->show();
    m_duplicatesDialog->raise();
    m_duplicatesDialog->activateWindow();
}

void CustomerListActions::removeDemoData()
{
    if (!m_workspace)
        return;
    const qint64 removed = DemoDataRemoval::confirmAndRemove(m_window, m_workspace);
    if (removed > 0)
        emit statusMessage(tr("已删除 %Ln 位演示客户", nullptr, int(removed)));
}

} // namespace portrait
