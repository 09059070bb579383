// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "Ui2Test.h"

#include "models/CustomerTableModel.h"
#include "models/EnterpriseListModel.h"
#include "storage/CustomerRepository.h"
#include "core/AttributeDictionary.h"
#include "ui/CustomersPanel.h"
#include "ui/EnterprisePane.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QSignalSpy>

using namespace portrait;

namespace {
QAction *findAction(QWidget *window, const QString &text)
{
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}
} // namespace

TEST_CASE("window: the customer-list actions are in the menus and follow the workspace", "[ui2]")
{
    WorkspaceFixture f;
    const QString path = f.workspace().path();
    {
        const AttributeDictionary dictionary = AttributeDictionary::load(f.workspace().db());
        QList<QVariantMap> rows;
        for (int i = 0; i < 2; ++i)
            rows << QVariantMap{{QStringLiteral("customer_no"), QStringLiteral("97000000%1").arg(i)},
                                {QStringLiteral("name"), QStringLiteral("企业测试%1").arg(i)},
                                {QStringLiteral("credit_code"), QStringLiteral("91330000WIRING0001")}};
        CustomerRepository::insert(f.workspace().db(), dictionary, rows);
        f.ws.reset();
    }
    MainWindow window;
    QAction *import = findAction(&window, QStringLiteral("导入客户名单…"));
    REQUIRE(import);
    CHECK(import->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I));
    CHECK_FALSE(import->isEnabled()); // no workspace yet
    for (const char *text : {"导出当前视图…", "导入历史…", "查找重复客户…", "删除演示数据…"})
        CHECK(findAction(&window, QString::fromUtf8(text)));

    QString error;
    REQUIRE(window.openWorkspace(path, &error));
    window.show();
    CHECK(import->isEnabled());
    CHECK(findAction(&window, QStringLiteral("导出当前视图…"))->isEnabled());

    // 按企业 in the customer panel lists the enterprise and filters the list by it.
    window.showPanel(1);
    auto *panel = qobject_cast<CustomersPanel *>(window.currentPanel());
    REQUIRE(panel);
    QPushButton *byEnterprise = nullptr;
    for (QPushButton *b : panel->findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("按企业"))
            byEnterprise = b;
    }
    REQUIRE(byEnterprise);
    byEnterprise->click();
    auto *pane = panel->findChild<EnterprisePane *>();
    REQUIRE(pane);
    CHECK(pane->isVisible());
    REQUIRE(waitUntil([&] { return pane->model()->rowCount() > 0; }));
    const int row = pane->model()->rowOfCode(QStringLiteral("91330000WIRING0001"));
    REQUIRE(row >= 0);
    pane->view()->selectRow(row);
    CHECK(panel->model()->rowCount() == 2);
    byEnterprise->click(); // hiding the list shows everyone again
    CHECK(panel->model()->rowCount() == panel->model()->totalCustomers());
}
