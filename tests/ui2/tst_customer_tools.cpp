// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "Ui2Test.h"

#include "core/AttributeDictionary.h"
#include "io/CustomerGenerator.h"
#include "models/CustomerTableModel.h"
#include "models/EnterpriseListModel.h"
#include "storage/CustomerRepository.h"
#include "ui/DemoDataRemoval.h"
#include "ui/EnterprisePane.h"
#include "ui/ExportViewDialog.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QUndoStack>

using namespace portrait;

namespace {
void addEnterprise(WorkspaceFixture &f)
{
    const AttributeDictionary dictionary = AttributeDictionary::load(f.workspace().db());
    QList<QVariantMap> rows;
    for (int i = 0; i < 3; ++i)
        rows << QVariantMap{{QStringLiteral("customer_no"), QStringLiteral("96000000%1").arg(i)},
                            {QStringLiteral("name"), QStringLiteral("集团测试%1号厂").arg(i)},
                            {QStringLiteral("credit_code"), QStringLiteral("91310000MA1FL0TEST")}};
    CustomerRepository::insert(f.workspace().db(), dictionary, rows);
    f.workspace().notifyChanged(QStringLiteral("customers"));
}
} // namespace

TEST_CASE("enterprises: accounts sharing a credit code filter the customer list", "[ui2]")
{
    WorkspaceFixture f;
    addEnterprise(f);
    EnterprisePane pane(&f.workspace());
    QAbstractItemModelTester tester(pane.model());
    QSignalSpy loaded(&pane, &EnterprisePane::loaded);
    REQUIRE(waitUntil([&] { return loaded.size() == 1; }));
    const int row = pane.model()->rowOfCode(QStringLiteral("91310000MA1FL0TEST"));
    REQUIRE(row >= 0);
    CHECK(pane.model()->index(row, EnterpriseListModel::CountColumn).data(EnterpriseListModel::AccountCountRole).toLongLong() == 3);
    CHECK(pane.model()->index(row, EnterpriseListModel::NameColumn).data().toString() == QStringLiteral("集团测试0号厂"));

    CustomerTableModel customers(&f.workspace());
    QObject::connect(&pane, &EnterprisePane::enterpriseChosen, &customers, [&](const QString &code) {
        customers.setAttributeFilter(QStringLiteral("credit_code"), code);
    });
    pane.show();
    pane.view()->selectRow(row);
    CHECK(pane.currentCode() == QStringLiteral("91310000MA1FL0TEST"));
    CHECK(customers.rowCount() == 3);
    pane.clearChoice();
    CHECK(customers.rowCount() == customers.totalCustomers());
}

TEST_CASE("enterprises: the model counts accounts per credit code", "[ui2]")
{
    WorkspaceFixture f;
    addEnterprise(f);
    EnterpriseListModel model(&f.workspace());
    QAbstractItemModelTester tester(&model);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.creditCode(0) == QStringLiteral("91310000MA1FL0TEST"));
    CHECK(model.index(0, EnterpriseListModel::CountColumn).data().toString() == QStringLiteral("3"));
    // A fourth account follows after the coalescing delay.
    const AttributeDictionary dictionary = AttributeDictionary::load(f.workspace().db());
    CustomerRepository::insert(f.workspace().db(), dictionary,
                               {{{QStringLiteral("customer_no"), QStringLiteral("9600000009")},
                                 {QStringLiteral("name"), QStringLiteral("集团测试9号厂")},
                                 {QStringLiteral("credit_code"), QStringLiteral("91310000MA1FL0TEST")}}});
    f.workspace().notifyChanged(QStringLiteral("customers"));
    REQUIRE(waitUntil([&] { return model.index(0, EnterpriseListModel::CountColumn).data(EnterpriseListModel::AccountCountRole).toLongLong() == 4; }, 3000));
}

TEST_CASE("export: exactly the rows and visible columns of the view, in view order", "[ui2]")
{
    WorkspaceFixture f;
    addEnterprise(f);
    CustomerTableModel model(&f.workspace());
    QTableView view;
    view.setModel(&model);
    model.setAttributeFilter(QStringLiteral("credit_code"), QStringLiteral("91310000MA1FL0TEST"));
    model.sort(model.columnOfAttribute(QStringLiteral("customer_no")), Qt::DescendingOrder);
    for (int c = 0; c < model.columnCount(); ++c)
        view.setColumnHidden(c, true);
    view.setColumnHidden(model.columnOfAttribute(QStringLiteral("customer_no")), false);
    view.setColumnHidden(model.columnOfAttribute(QStringLiteral("name")), false);
    // 户名 first on screen.
    view.horizontalHeader()->moveSection(view.horizontalHeader()->visualIndex(model.columnOfAttribute(QStringLiteral("name"))), 0);

    std::vector<qint64> ids;
    QStringList columns;
    ExportViewDialog::collect(&view, &model, &ids, &columns);
    CHECK(ids.size() == 3);
    CHECK(columns == QStringList({QStringLiteral("name"), QStringLiteral("customer_no")}));

    ExportViewDialog dialog(&f.workspace(), ids, columns);
    QSignalSpy exported(&dialog, &ExportViewDialog::exported);
    dialog.setFilePath(f.file(QStringLiteral("view.csv")));
    dialog.exportButton()->click();
    REQUIRE(waitUntil([&] { return exported.size() == 1; }));
    CHECK(exported.first().first().toLongLong() == 3);
    const QByteArray bytes = readFile(f.file(QStringLiteral("view.csv")));
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // the BOM that Excel needs
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == QStringLiteral("户名,户号"));
    CHECK(lines[1] == QStringLiteral("集团测试2号厂,960000002"));
    CHECK(lines[3] == QStringLiteral("集团测试0号厂,960000000"));
}

TEST_CASE("demo data: removed after a confirmation that says how many", "[ui2]")
{
    WorkspaceFixture f;
    CustomerGenerator::addDemoCustomers(f.workspace(), 25);
    const qint64 total = f.customers();
    CHECK(DemoDataRemoval::demoCount(&f.workspace()) == 25);

    QStringList seen;
    answerNextMessageBox(QMessageBox::RejectRole, &seen);
    CHECK(DemoDataRemoval::confirmAndRemove(nullptr, &f.workspace()) == 0);
    CHECK(seen.join(QLatin1Char(' ')).contains(QStringLiteral("25")));
    CHECK(f.customers() == total);

    answerNextMessageBox(QMessageBox::DestructiveRole);
    CHECK(DemoDataRemoval::confirmAndRemove(nullptr, &f.workspace()) == 25);
    CHECK(f.customers() == total - 25);
    CHECK(DemoDataRemoval::demoCount(&f.workspace()) == 0);

    // One undo step brings every demo customer back, exactly.
    REQUIRE(f.workspace().undoStack()->count() >= 1);
    CHECK(f.workspace().undoStack()->undoText().contains(QStringLiteral("25")));
    f.workspace().undoStack()->undo();
    CHECK(f.customers() == total);
    CHECK(DemoDataRemoval::demoCount(&f.workspace()) == 25);
    f.workspace().undoStack()->redo();
    CHECK(DemoDataRemoval::demoCount(&f.workspace()) == 0);
}
