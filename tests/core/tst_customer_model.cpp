// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "CustomerOrder.h"
#include "TestWorkspace.h"

#include "core/Workspace.h"
#include "io/CustomerGenerator.h"
#include "models/CustomerTableModel.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace portrait;

TEST_CASE("the customer model filters, sorts, validates edits and undoes them")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    auto *model = new CustomerTableModel(ws.get(), ws.get());
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == 30);
    // 35 attributes, then the 5 classification columns (category, roles, stage, credit, dr).
    CHECK(model->columnCount() == 35 + 5);
    const int kind = model->columnOfAttribute(QStringLiteral("entity_kind"));
    REQUIRE(kind >= 0);

    model->setAttributeFilter(QStringLiteral("entity_kind"), QStringLiteral("岗位"));
    CHECK(model->rowCount() == queryCount(*ws, "SELECT count(*) FROM customers WHERE entity_kind = '岗位'"));
    model->clearFilters();
    model->setSearchText(QStringLiteral("营销部"));
    CHECK(model->rowCount() >= 1);
    CHECK(model->rowCount() == queryCount(*ws, "SELECT count(*) FROM customers WHERE customer_no LIKE '%营销部%' "
                                               "OR name LIKE '%营销部%'"));
    model->setSearchText(QStringLiteral("0"));
    CHECK(model->rowCount() == queryCount(*ws, "SELECT count(*) FROM customers WHERE customer_no LIKE '%0%' "
                                               "OR name LIKE '%0%'"));
    model->clearFilters();
    model->setAttributeFilter(QStringLiteral("labels"), QStringLiteral("主业单位"));
    CHECK(model->rowCount() == 30);
    model->clearFilters();

    const int no = model->columnOfAttribute(QStringLiteral("customer_no"));
    model->sort(no, Qt::DescendingOrder);
    const QString first = model->data(model->index(0, no)).toString();
    model->sort(no, Qt::AscendingOrder);
    CHECK(model->data(model->index(29, no)).toString() == first);

    const qint64 id = model->customerId(0);
    const int volt = model->columnOfAttribute(QStringLiteral("volt_kv"));
    QString error;
    CHECK_FALSE(model->setAttribute(id, QStringLiteral("volt_kv"), QStringLiteral("high"), &error));
    CHECK(error.contains(QStringLiteral("不是数字")));
    CHECK_FALSE(model->setAttribute(id, QStringLiteral("entity_kind"), QStringLiteral("外星人"), &error));
    CHECK_FALSE(model->setAttribute(id, QStringLiteral("name"), QString(), &error));
    REQUIRE(model->setData(model->index(0, volt), QStringLiteral("交流10kV")));
    CHECK(model->data(model->index(0, volt), Qt::EditRole).toString() == QStringLiteral("10"));
    ws->undoStack()->undo();
    CHECK(model->data(model->index(0, volt), Qt::EditRole).toString().isEmpty());

    REQUIRE(model->setAttribute(id, QStringLiteral("labels"), QStringLiteral("储能用户、园区客户"), &error));
    CHECK(model->customer(id).value(QStringLiteral("labels")).toStringList().size() == 2);

    REQUIRE(model->addCustomer(QStringLiteral("9000000001"), QStringLiteral("测试客户"), &error));
    CHECK(model->rowCount() == 31);
    CHECK_FALSE(model->addCustomer(QStringLiteral("9000000001"), QStringLiteral("重复"), &error));
    CHECK(error.contains(QStringLiteral("已存在")));
    REQUIRE(model->removeCustomers({id}, &error));
    CHECK(model->rowCount() == 30);
    ws->undoStack()->undo();
    CHECK(model->rowCount() == 31);
    CHECK(model->rowOfCustomer(id) >= 0);
}

TEST_CASE("sorting the customer list agrees with SQL for whole lists and small filtered parts")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    CustomerGenerator::addDemoCustomers(*ws, 5000); // enough values for the radix sort
    // Negative numbers, zeros and negative zero among them, and ties.
    ws->db().exec("UPDATE customers SET annual_kwh = -annual_kwh WHERE id % 7 = 0");
    ws->db().exec("UPDATE customers SET annual_kwh = 0 WHERE id % 11 = 0");
    ws->db().exec("UPDATE customers SET annual_kwh = -0.0 WHERE id % 13 = 0");
    ws->db().exec("UPDATE customers SET annual_kwh = 1234.5 WHERE id % 17 = 0");
    CustomerTableModel model(ws.get());
    // A small part (fewer than a sixteenth of the customers) is compared, not walked.
    checkSortsAsSql(*ws, model, {"annual_kwh", "name", "region"}, "entity_kind", "岗位", "entity_kind = '岗位'");
}
