// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "Ui2Test.h"

#include "core/AttributeDictionary.h"
#include "io/CustomerImporter.h"
#include "models/ImportBatchModel.h"
#include "storage/CustomerRepository.h"
#include "ui/ImportHistoryDialog.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace portrait;

namespace {
ImportReport importCsv(WorkspaceFixture &f, const QString &name, const QByteArray &csv)
{
    ImportOptions options;
    const ImportReport report = CustomerImporter(f.workspace().db(), options).run(f.write(name, csv));
    REQUIRE(report.written);
    return report;
}
} // namespace

TEST_CASE("import history: lists batches and reverts one", "[ui2]")
{
    WorkspaceFixture f;
    const qint64 base = f.customers();
    importCsv(f, QStringLiteral("a.csv"), "户号,户名\n9300000001,甲\n9300000002,乙\n");
    importCsv(f, QStringLiteral("b.csv"), "户号,户名,所属区域\n9300000002,乙,城北区\n9300000003,丙,城北区\n");

    ImportHistoryDialog dialog(&f.workspace());
    QAbstractItemModelTester tester(dialog.model());
    dialog.show();
    REQUIRE(dialog.model()->rowCount() == 2);
    CHECK(dialog.model()->index(0, ImportBatchModel::FileColumn).data().toString() == QStringLiteral("b.csv")); // newest first
    CHECK(dialog.model()->index(0, ImportBatchModel::CreatedColumn).data().toString() == QStringLiteral("1"));
    CHECK(dialog.model()->index(0, ImportBatchModel::UpdatedColumn).data().toString() == QStringLiteral("1"));

    QSignalSpy finished(&dialog, &ImportHistoryDialog::revertFinished);
    dialog.view()->selectRow(0);
    REQUIRE(dialog.revertButton()->isEnabled());
    answerNextMessageBox(QMessageBox::YesRole);
    dialog.revertButton()->click();
    REQUIRE(waitUntil([&] { return finished.size() == 1; }));
    CHECK(finished.first().first().toBool());
    CHECK(f.customers() == base + 2);
    CHECK(queryText(f.workspace(), "SELECT coalesce(region, '') FROM customers WHERE customer_no = '9300000002'").isEmpty());
    CHECK(dialog.model()->index(0, ImportBatchModel::StateColumn).data().toString() == QStringLiteral("已撤销"));
    CHECK_FALSE(dialog.revertButton()->isEnabled());

    // Then the first import: its customers go too.
    dialog.view()->selectRow(1);
    answerNextMessageBox(QMessageBox::YesRole);
    dialog.revertButton()->click();
    REQUIRE(waitUntil([&] { return finished.size() == 2; }));
    CHECK(f.customers() == base);
}

TEST_CASE("import history: a customer changed afterwards needs 仍然撤销", "[ui2]")
{
    WorkspaceFixture f;
    importCsv(f, QStringLiteral("a.csv"), "户号,户名\n9400000001,甲\n9400000002,乙\n");
    // A manual edit after the import.
    const AttributeDictionary dictionary = AttributeDictionary::load(f.workspace().db());
    const qint64 id = queryCount(f.workspace(), "SELECT id FROM customers WHERE customer_no = '9400000001'");
    CustomerRepository::write(f.workspace().db(), id, *dictionary.find(QStringLiteral("region")), QStringLiteral("城东区"));

    ImportHistoryDialog dialog(&f.workspace());
    dialog.show();
    QSignalSpy finished(&dialog, &ImportHistoryDialog::revertFinished);
    dialog.view()->selectRow(0);
    answerNextMessageBox(QMessageBox::YesRole);
    dialog.revertButton()->click();
    // Refused: the dialog names the customer and offers 仍然撤销; first decline.
    QStringList seen;
    answerNextMessageBox(QMessageBox::RejectRole, &seen);
    REQUIRE(waitUntil([&] { return finished.size() == 1; }));
    CHECK_FALSE(finished.first().first().toBool());
    CHECK(seen.join(QLatin1Char(' ')).contains(QStringLiteral("9400000001")));
    CHECK(queryCount(f.workspace(), "SELECT count(*) FROM customers WHERE customer_no LIKE '94%'") == 2);

    answerNextMessageBox(QMessageBox::YesRole);
    dialog.revertButton()->click();
    answerNextMessageBox(QMessageBox::DestructiveRole);
    REQUIRE(waitUntil([&] { return finished.size() == 2; })); // the forced revert
    CHECK(finished.last().first().toBool());
    CHECK(queryCount(f.workspace(), "SELECT count(*) FROM customers WHERE customer_no LIKE '94%'") == 0);
}
