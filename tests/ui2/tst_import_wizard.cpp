// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "Ui2Test.h"

#include "io/CustomerGenerator.h"
#include "models/ImportIssueModel.h"
#include "models/ImportMappingModel.h"
#include "ui/ImportFilePage.h"
#include "ui/ImportMappingPage.h"
#include "ui/ImportResultPage.h"
#include "ui/ImportRunPage.h"
#include "ui/ImportWizard.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>

using namespace portrait;

namespace {

const QByteArray kSmallCsv = "客户名单导出 2026-10-31\n"
                             "户号,户名,所属区域,电压等级,联系人\n"
                             "9100000001,甲公司,城东区,10kV,张三\n"
                             "9100000002,乙公司,城西区,380V,李四\n"
                             "9100000003,丙公司,城南区,交流10kV,王五\n";

// Opens the wizard on a file and goes to the mapping page.
void toMapping(ImportWizard &wizard, const QString &path)
{
    wizard.show();
    qobject_cast<ImportFilePage *>(wizard.page(ImportWizard::FilePage))->setFilePath(path);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
}

// Sets the options page's dry-run box and commits; waits until the result page is shown.
void runFromOptions(ImportWizard &wizard, bool dryRun)
{
    REQUIRE(wizard.currentId() == ImportWizard::OptionsPage);
    wizard.page(ImportWizard::OptionsPage)->findChild<QCheckBox *>(QStringLiteral("dryRunCheck"))->setChecked(dryRun);
    wizard.next();
    REQUIRE(waitUntil([&] { return wizard.currentId() == ImportWizard::ResultPage; }));
}

} // namespace

TEST_CASE("import wizard: a small list with a new custom attribute, trial run first", "[ui2]")
{
    WorkspaceFixture f;
    const qint64 before = f.customers();
    const QString csv = f.write(QStringLiteral("名单.csv"), kSmallCsv);
    ImportWizard wizard(&f.workspace());
    QAbstractItemModelTester tester(wizard.mapping());
    toMapping(wizard, csv);

    ImportMappingModel *mapping = wizard.mapping();
    REQUIRE(mapping->rowCount() == 5);
    CHECK(wizard.preview().headerLine == 2);
    CHECK(mapping->keys() == QStringList({QStringLiteral("customer_no"), QStringLiteral("name"),
                                          QStringLiteral("region"), QStringLiteral("volt_kv"), QString()}));
    CHECK(mapping->index(0, ImportMappingModel::SampleColumn).data().toString().contains(QStringLiteral("9100000001")));
    // 联系人 is not in the dictionary: make it a new custom attribute.
    REQUIRE(mapping->setData(mapping->index(4, ImportMappingModel::AttributeColumn),
                             ImportMappingModel::newAttributeValue()));
    REQUIRE(mapping->setData(mapping->index(4, ImportMappingModel::NewKeyColumn), QStringLiteral("contact")));

    // The mapping survives a save and a load.
    auto *mappingPage = qobject_cast<ImportMappingPage *>(wizard.currentPage());
    mappingPage->saveMapping(f.file(QStringLiteral("mapping.json")));
    REQUIRE(mapping->setData(mapping->index(4, ImportMappingModel::AttributeColumn), QString()));
    mappingPage->loadMapping(f.file(QStringLiteral("mapping.json")));
    CHECK(mapping->keys().value(4) == QStringLiteral("contact"));

    wizard.next();
    runFromOptions(wizard, true);
    auto *result = qobject_cast<ImportResultPage *>(wizard.currentPage());
    CHECK(wizard.report().created == 3);
    CHECK_FALSE(wizard.report().written);
    CHECK(f.customers() == before); // a trial writes nothing
    CHECK(queryCount(f.workspace(), "SELECT count(*) FROM attributes WHERE key = 'contact'") == 0);
    REQUIRE(result->importButton()->isVisibleTo(result));

    result->importButton()->click();
    REQUIRE(waitUntil([&] { return wizard.currentId() == ImportWizard::ResultPage && !wizard.isRunning(); }));
    CHECK(wizard.report().written);
    CHECK(wizard.runError().isEmpty());
    CHECK(f.customers() == before + 3);
    CHECK(queryText(f.workspace(), "SELECT region FROM customers WHERE customer_no = '9100000003'") == QStringLiteral("城南区"));
    CHECK(queryText(f.workspace(), "SELECT volt_kv FROM customers WHERE customer_no = '9100000002'") == QStringLiteral("0.38"));
    CHECK(queryText(f.workspace(), "SELECT custom FROM customers WHERE customer_no = '9100000001'").contains(QStringLiteral("张三")));
    CHECK(queryCount(f.workspace(), "SELECT count(*) FROM attributes WHERE key = 'contact'") == 1);
    CHECK(result->summaryLabel()->text().contains(QStringLiteral("导入完成")));
}

TEST_CASE("import wizard: a bad row refuses everything and lists the problem", "[ui2]")
{
    WorkspaceFixture f;
    const QString before = dumpWorkspace(f.workspace());
    const QString csv = f.write(QStringLiteral("bad.csv"), "户号,户名,电压等级\n"
                                                          "9200000001,甲,10kV\n"
                                                          "9200000002,乙,很高\n");
    ImportWizard wizard(&f.workspace());
    toMapping(wizard, csv);
    wizard.next();
    runFromOptions(wizard, false);
    auto *result = qobject_cast<ImportResultPage *>(wizard.currentPage());
    QAbstractItemModelTester tester(result->issues());
    CHECK_FALSE(wizard.report().refusal.isEmpty());
    REQUIRE(result->issues()->rowCount() == 1);
    CHECK(result->issues()->index(0, ImportIssueModel::LineColumn).data().toInt() == 3);
    CHECK(result->issues()->index(0, ImportIssueModel::ColumnColumn).data().toString() == QStringLiteral("电压等级"));
    CHECK(result->issues()->index(0, ImportIssueModel::ValueColumn).data().toString() == QStringLiteral("很高"));
    CHECK(dumpWorkspace(f.workspace()) == before);

    result->saveIssues(f.file(QStringLiteral("issues.csv")));
    const QString saved = QString::fromUtf8(readFile(f.file(QStringLiteral("issues.csv"))));
    CHECK(saved.contains(QStringLiteral("行号,列,值,原因,级别")));
    CHECK(saved.contains(QStringLiteral("3,电压等级,很高,")));

    // 修改选项: back to the options, skip the invalid row this time.
    for (QPushButton *b : result->findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("修改选项") && b->isVisibleTo(result))
            b->click();
    }
    REQUIRE(wizard.currentId() == ImportWizard::OptionsPage);
    wizard.page(ImportWizard::OptionsPage)->findChild<QCheckBox *>(QStringLiteral("skipInvalidCheck"))->setChecked(true);
    runFromOptions(wizard, false);
    CHECK(wizard.report().written);
    CHECK(wizard.report().created == 1);
    CHECK(wizard.report().rejected == 1);
    CHECK(queryCount(f.workspace(), "SELECT count(*) FROM customers WHERE customer_no = '9200000001'") == 1);
}

TEST_CASE("import wizard: a cancelled import writes nothing and the window stays responsive", "[ui2]")
{
    WorkspaceFixture f;
    CustomerGenerator::Options generate;
    generate.count = 150000;
    generate.chineseHeaders = true;
    const QString csv = f.file(QStringLiteral("big.csv"));
    CustomerGenerator::writeCsv(csv, generate);
    const QString before = dumpWorkspace(f.workspace());

    ImportWizard wizard(&f.workspace());
    toMapping(wizard, csv);
    wizard.next();
    wizard.page(ImportWizard::OptionsPage)->findChild<QCheckBox *>(QStringLiteral("dryRunCheck"))->setChecked(false);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::RunPage);
    REQUIRE(wizard.isRunning());
    // The event loop runs while the import works: a timer fires.
    bool ticked = false;
    QTimer::singleShot(20, [&] { ticked = true; });
    REQUIRE(waitUntil([&] { return ticked; }, 2000));
    wizard.reject(); // Cancel / Esc while running cancels the import, not the wizard
    CHECK(wizard.isVisible());
    REQUIRE(waitUntil([&] { return wizard.currentId() == ImportWizard::ResultPage; }));
    CHECK(wizard.report().cancelled);
    CHECK_FALSE(wizard.report().written);
    CHECK(dumpWorkspace(f.workspace()) == before);
}
