// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/DemoDataRemoval.h"

#include "commands/RowCommands.h"
#include "core/Workspace.h"
#include "storage/Database.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace portrait {

qint64 DemoDataRemoval::demoCount(Workspace *workspace)
{
    // The partial index customers_demo makes this a count over the demo rows only.
    Statement st(workspace->db(), "SELECT count(*) FROM customers WHERE demo <> 0");
    return st.step() ? st.integer(0) : 0;
}

qint64 DemoDataRemoval::confirmAndRemove(QWidget *parent, Workspace *workspace)
{
    const qint64 count = demoCount(workspace);
    if (count == 0) {
        QMessageBox::information(parent, tr("删除演示数据"), tr("工作区里没有演示数据。"));
        return 0;
    }
    QMessageBox box(QMessageBox::Warning, tr("删除演示数据"),
                    tr("删除 %Ln 位演示客户（标记为“演示数据”的示例客户）？", nullptr, int(count)),
                    QMessageBox::Cancel, parent);
    box.setInformativeText(tr("导入的和手工新增的客户不受影响。删除后可以撤销（编辑 ▸ 撤销）。"));
    QPushButton *remove = box.addButton(tr("删除 %Ln 位演示客户", nullptr, int(count)),
                                        QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return 0;
    // One undo step that keeps the deleted rows (and what refers to them) to put them back.
    QString error;
    if (!workspace->execute(new DeleteRowsCommand(workspace, QStringLiteral("customers"), QStringLiteral("demo"), 1,
                                                  tr("删除 %Ln 位演示客户", nullptr, int(count))),
                            &error)) {
        QMessageBox::warning(parent, tr("删除演示数据"), error);
        return 0;
    }
    return count;
}

} // namespace portrait
