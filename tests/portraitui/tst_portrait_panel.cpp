// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// The 部门画像 panel offscreen: loading off the UI thread, the department picker, the KPI tiles,
// one card per segment, the view-adapter models and the PDF export.
#include "TestWorkspace.h"
#include "UiTest.h"

#include "core/Workspace.h"
#include "io/CustomerGenerator.h"
#include "portrait/PortraitBuilder.h"
#include "storage/PortraitDataLoader.h"
#include "storage/Reclassification.h"
#include "ui/EmptyState.h"
#include "ui/MainWindow.h"
#include "ui/PortraitCard.h"
#include "ui/PortraitOverview.h"
#include "ui/PortraitPanel.h"
#include "ui/PortraitTableModel.h"
#include "ui/StatTile.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace portrait;

TEST_CASE("portrait panel: load, pick MKT, KPI, cards, models, export")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    REQUIRE(CustomerGenerator::addDemoCustomers(*ws, 500) == 500);
    Reclassification::run(*ws);

    PortraitPanel panel(ws.get());
    QSignalSpy loaded(&panel, &PortraitPanel::loaded);
    panel.resize(1200, 800);
    panel.show(); // starts loading
    CHECK(panel.findChild<EmptyState *>());
    REQUIRE(loaded.wait(30000));
    REQUIRE(panel.hasData());

    panel.selectDepartment(QStringLiteral("MKT"));
    REQUIRE(panel.currentDepartment() == QStringLiteral("MKT"));
    const PortraitData data = PortraitDataLoader::load(ws->db());
    const Portrait expected = PortraitBuilder(data).build(QStringLiteral("MKT"));
    CHECK(panel.portrait().inScope == expected.inScope);
    CHECK(expected.inScope > 0);
    CHECK(panel.overview()->inScopeTile()->value() == StatTile::compactCount(expected.inScope));

    int nonEmpty = 0;
    for (const Segment &s : expected.segments)
        nonEmpty += s.count > 0 ? 1 : 0;
    CHECK(nonEmpty > 0);
    CHECK(panel.cardGrid()->findChildren<PortraitCard *>().size() == nonEmpty);
    CHECK(panel.tabs()->tabText(1) == QStringLiteral("画像卡"));

    for (int k = 0; k < 5; ++k) {
        PortraitTableModel *model = panel.model(k);
        REQUIRE(model);
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
        model->setPortrait(panel.portrait());
    }
    CHECK(panel.model(0)->rowCount() == expected.rows.size());
    CHECK(panel.model(0)->columnCount() == expected.columns.size() + 2);
    CHECK(panel.model(2)->rowCount() == expected.segments.size());

    // Another department rebuilds everything; MKT again gives the same figures.
    for (const Department &d : data.config.departments)
        if (d.code != QStringLiteral("MKT")) {
            panel.selectDepartment(d.code);
            CHECK(panel.portrait().department == d.code);
            break;
        }
    panel.selectDepartment(QStringLiteral("MKT"));
    CHECK(panel.portrait().inScope == expected.inScope);

    const QString pdf = dir.filePath(QStringLiteral("mkt.pdf"));
    QString error;
    CHECK(panel.exportPdf(pdf, true, &error));
    CHECK(error.isEmpty());
    CHECK(QFileInfo(pdf).size() > 1000);

    if (qEnvironmentVariableIsSet("PORTRAIT_SHOTS")) {
        const QString shots = qEnvironmentVariable("PORTRAIT_SHOTS");
        for (int t = 0; t < panel.tabs()->count(); ++t) {
            panel.tabs()->setCurrentIndex(t);
            QTest::qWait(50);
            panel.grab().save(QStringLiteral("%1/portrait_tab%2.png").arg(shots).arg(t));
        }
    }
}

TEST_CASE("portrait panel: an unclassified workspace says so")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    PortraitPanel panel(ws.get());
    QSignalSpy loaded(&panel, &PortraitPanel::loaded);
    panel.show();
    REQUIRE(loaded.wait(30000));
    CHECK_FALSE(panel.hasData());
    CHECK(panel.currentDepartment().isEmpty());
}

TEST_CASE("main window: 部门画像 in the sidebar and behind the overview's button")
{
    WindowFixture f;
    MainWindow &window = f.window;
    window.showPanel(0);
    auto *sidebar = window.findChild<QListWidget *>();
    REQUIRE(sidebar);
    const QList<QListWidgetItem *> entries =
        sidebar->findItems(QStringLiteral("部门画像"), Qt::MatchExactly);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0]->flags() & Qt::ItemIsEnabled);
    sidebar->setCurrentItem(entries[0]);
    CHECK(qobject_cast<PortraitPanel *>(window.currentPanel()));

    window.showPanel(0);
    QPushButton *open = nullptr;
    for (QPushButton *b : window.currentPanel()->findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("打开部门画像"))
            open = b;
    REQUIRE(open);
    open->click();
    CHECK(qobject_cast<PortraitPanel *>(window.currentPanel()));
    CHECK(sidebar->currentItem() == entries[0]);
}
