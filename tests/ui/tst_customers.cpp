// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "UiTest.h"

#include "models/CustomerTableModel.h"
#include "ui/CustomerDetailPane.h"
#include "ui/CustomersPanel.h"

#include <QComboBox>
#include <QTableView>

using namespace portrait;

TEST_CASE("customers: the detail form edits the selected customer, undoably", "[ui]")
{
    WindowFixture f;
    auto *panel = f.showPanel<CustomersPanel>(1);
    REQUIRE(panel->model()->rowCount() > 0);
    panel->view()->setCurrentIndex(panel->model()->index(0, 0));
    const qint64 id = panel->detail()->customer();
    REQUIRE(id > 0);

    auto *region = qobject_cast<QLineEdit *>(panel->detail()->editor(QStringLiteral("region")));
    REQUIRE(region);
    const QString original = panel->model()->customer(id).value(QStringLiteral("region")).toString();
    CHECK(region->text() == original);
    typeInto(region, QStringLiteral("East"));
    CHECK(panel->model()->customer(id).value(QStringLiteral("region")).toString() == QStringLiteral("East"));
    f.undo();
    CHECK(panel->model()->customer(id).value(QStringLiteral("region")).toString() == original);
    CHECK(region->text() == original);

    auto *volt = qobject_cast<QLineEdit *>(panel->detail()->editor(QStringLiteral("volt_kv")));
    typeInto(volt, QStringLiteral("abc"));
    CHECK(panel->model()->customer(id).value(QStringLiteral("volt_kv")).isNull());
    CHECK(volt->text().isEmpty()); // the refused value is not left in the field
}

TEST_CASE("customers: add, search, delete", "[ui]")
{
    WindowFixture f;
    auto *panel = f.showPanel<CustomersPanel>(1);
    const qint64 before = panel->model()->totalCustomers();
    answerNewItem(QStringLiteral("3100012345"), QStringLiteral("测试客户"));
    panel->addCustomer();
    CHECK(panel->model()->totalCustomers() == before + 1);
    CHECK(panel->model()->rowCount() == 1); // the new customer is shown alone
    panel->view()->selectRow(0);
    confirmNextDelete();
    panel->removeSelected();
    CHECK(panel->model()->totalCustomers() == before);
}
