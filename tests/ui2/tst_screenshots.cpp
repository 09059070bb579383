// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// Not a test: pictures of the customer-list tools for review, run by hand with
//   test_ui2 "[screenshots]"   (PNG files in $PORTRAIT_SHOTS, default /tmp/ui2-shots)
#include "Ui2Test.h"

#include "core/AttributeDictionary.h"
#include "io/CustomerGenerator.h"
#include "storage/CustomerRepository.h"
#include "ui/CustomersPanel.h"
#include "models/DuplicateGroupModel.h"
#include "models/EnterpriseListModel.h"
#include "models/CustomerTableModel.h"
#include "ui/DuplicatesDialog.h"
#include "ui/EnterprisePane.h"
#include "ui/ExportViewDialog.h"
#include "ui/ImportFilePage.h"
#include "ui/ImportHistoryDialog.h"
#include "ui/ImportWizard.h"
#include "ui/MainWindow.h"

#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QTableView>
#include <QPushButton>
#include <QSignalSpy>

using namespace portrait;

namespace {
void shoot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("PORTRAIT_SHOTS", QStringLiteral("/tmp/ui2-shots"));
    QDir().mkpath(dir);
    QTest::qWait(50);
    w->grab().save(dir + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".png"));
}
} // namespace

TEST_CASE("screenshots of the customer-list tools", "[.][screenshots]")
{
    WorkspaceFixture f;
    CustomerGenerator::Options generate;
    generate.count = 20000;
    generate.chineseHeaders = true;
    generate.encoding = CustomerExporter::Encoding::Gb18030;
    const QString csv = f.file(QStringLiteral("营销系统导出-2026年10月.csv"));
    CustomerGenerator::writeCsv(csv, generate);
    // A bad row and two duplicates written the Excel way.
    QFile append(csv);
    REQUIRE(append.open(QIODevice::Append));
    append.write(QStringLiteral("3100999999,坏行测试,,,,很高\r\n").toLocal8Bit());
    append.close();

    ImportWizard wizard(&f.workspace());
    wizard.show();
    qobject_cast<ImportFilePage *>(wizard.page(ImportWizard::FilePage))->setFilePath(csv);
    shoot(&wizard, "1-import-file");
    wizard.next();
    shoot(&wizard, "2-import-mapping");
    wizard.next();
    wizard.page(ImportWizard::OptionsPage)->findChild<QCheckBox *>(QStringLiteral("skipInvalidCheck"))->setChecked(true);
    shoot(&wizard, "3-import-options");
    wizard.next();
    shoot(&wizard, "4-import-running");
    REQUIRE(waitUntil([&] { return wizard.currentId() == ImportWizard::ResultPage; }, 60000));
    shoot(&wizard, "5-import-trial-result");
    wizard.currentPage()->findChild<QPushButton *>()->parentWidget();
    for (QPushButton *b : wizard.currentPage()->findChildren<QPushButton *>()) {
        if (b->text().startsWith(QStringLiteral("正式导入")))
            b->click();
    }
    REQUIRE(waitUntil([&] { return wizard.currentId() == ImportWizard::ResultPage && !wizard.isRunning(); }, 60000));
    shoot(&wizard, "6-import-result");
    wizard.close();

    const AttributeDictionary dictionary = AttributeDictionary::load(f.workspace().db());
    CustomerRepository::insert(f.workspace().db(), dictionary,
                               {{{QStringLiteral("customer_no"), QStringLiteral("0031000777")},
                                 {QStringLiteral("name"), QStringLiteral("华东精密机械有限公司")},
                                 {QStringLiteral("region"), QStringLiteral("城东区")},
                                 {QStringLiteral("volt_kv"), 10.0}},
                                {{QStringLiteral("customer_no"), QStringLiteral("31000777")},
                                 {QStringLiteral("name"), QStringLiteral("华东精密机械有限责任公司")},
                                 {QStringLiteral("region"), QStringLiteral("城东区")},
                                 {QStringLiteral("contract_kva"), 1250.0}}});
    {
        ImportHistoryDialog history(&f.workspace());
        history.show();
        shoot(&history, "7-import-history");
    }
    {
        DuplicatesDialog duplicates(&f.workspace());
        QSignalSpy done(&duplicates, &DuplicatesDialog::searchFinished);
        duplicates.show();
        REQUIRE(waitUntil([&] { return done.size() == 1; }, 60000));
        shoot(&duplicates, "8-duplicates");
    }
    const QString path = f.workspace().path();
    f.ws.reset();
    MainWindow window;
    QString error;
    REQUIRE(window.openWorkspace(path, &error));
    window.resize(1440, 900);
    window.show();
    window.showPanel(1);
    auto *panel = qobject_cast<CustomersPanel *>(window.currentPanel());
    for (QPushButton *b : panel->findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("按企业"))
            b->click();
    }
    QTest::qWait(100);
    shoot(&window, "9-customers-by-enterprise");
    std::vector<qint64> ids;
    QStringList columns;
    ExportViewDialog::collect(panel->view(), panel->model(), &ids, &columns);
    ExportViewDialog exportDialog(window.workspace(), ids, columns, &window);
    exportDialog.show();
    shoot(&exportDialog, "10-export-view");
}

// By hand, on a big workspace: PORTRAIT_BIG=/tmp/big.pwb test_ui2 "[big]". Prints how long the
// enterprise list and the duplicate search take and the longest stall of the event loop.
TEST_CASE("big workspace: enterprise list and duplicate search stay off the UI thread", "[.][big]")
{
    const QString path = qEnvironmentVariable("PORTRAIT_BIG");
    REQUIRE_FALSE(path.isEmpty());
    MainWindow window;
    QString error;
    QElapsedTimer clock;
    clock.start();
    REQUIRE(window.openWorkspace(path, &error));
    window.show();
    window.showPanel(1);
    QTest::qWait(10);
    WARN("open + customer panel: " << clock.elapsed() << " ms");
    qint64 last = clock.elapsed(), stall = 0;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        stall = std::max(stall, clock.elapsed() - last);
        last = clock.elapsed();
    });
    tick.start();

    auto *panel = qobject_cast<CustomersPanel *>(window.currentPanel());
    clock.restart();
    last = 0;
    stall = 0;
    for (QPushButton *b : panel->findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("按企业"))
            b->click();
    }
    auto *pane = panel->findChild<EnterprisePane *>();
    REQUIRE(waitUntil([&] { return pane->model()->rowCount() > 0; }, 60000));
    WARN("enterprises: " << pane->model()->rowCount() << " in " << clock.elapsed() << " ms, longest stall " << stall << " ms");
    clock.restart();
    last = 0;
    stall = 0;
    pane->view()->selectRow(0);
    WARN("filter by enterprise: " << clock.elapsed() << " ms, " << panel->model()->rowCount() << " rows");

    clock.restart();
    last = 0;
    stall = 0;
    DuplicatesDialog duplicates(window.workspace());
    QSignalSpy done(&duplicates, &DuplicatesDialog::searchFinished);
    duplicates.show();
    REQUIRE(waitUntil([&] { return done.size() == 1; }, 120000));
    WARN("duplicates: " << duplicates.groups()->rowCount() << " groups in " << clock.elapsed() << " ms, longest stall " << stall << " ms");

    clock.restart();
    last = 0;
    stall = 0;
    std::vector<qint64> ids;
    QStringList columns;
    ExportViewDialog::collect(panel->view(), panel->model(), &ids, &columns);
    WARN("collect view: " << ids.size() << " ids in " << clock.elapsed() << " ms");
}
