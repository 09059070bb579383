// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// The 共创会 panel and presentation mode offscreen: import, heat map, a turn entered on the tiles,
// Esc, adopt and undo — through the real widgets.
#include "TestWorkspace.h"
#include "UiTest.h"
#include "WorkshopFixture.h"

#include "core/Workspace.h"
#include "io/WorkshopReader.h"
#include "models/AdoptionDecisionModel.h"
#include "models/AgreementHeatMapModel.h"
#include "models/WorkshopSessionModel.h"
#include "storage/WorkshopRepository.h"
#include "ui/MainWindow.h"
#include "ui/WorkshopAdoptDialog.h"
#include "ui/WorkshopPanel.h"
#include "ui/WorkshopPresentation.h"
#include "ui/WorkshopResultsView.h"
#include "ui/WorkshopTileBoard.h"
#include "workshop/AdoptionDraft.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace portrait;

TEST_CASE("workshop panel: import, heat map, presentation turn, Esc, adopt, undo")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    WorkshopPanel panel(ws.get());
    panel.resize(1200, 800);
    panel.show();
    QAbstractItemModelTester sessionsTester(panel.sessions());
    QAbstractItemModelTester heatTester(panel.results()->heatMap());
    CHECK(panel.currentSession() == 0);

    const QString file = dir.filePath(QStringLiteral("m.json"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes(marketingWorkshop()));
    }
    QString error;
    REQUIRE(panel.importFile(file, &error));
    const qint64 id = panel.currentSession();
    CHECK(id > 0);
    // Rows: 部门负责人, 市场专责, 客户经理, 数据分析 and 全体; columns: the six nodes picked.
    AgreementHeatMapModel *map = panel.results()->heatMap();
    CHECK(map->rowCount() == 5);
    CHECK(map->columnCount() == 6);
    CHECK(map->headerData(1, Qt::Horizontal).toString() == QStringLiteral("E2.4\n虚拟电厂/负…"));
    CHECK(map->index(1, 1).data().toString() == QStringLiteral("100%")); // 市场专责 both chose E2.4
    CHECK(map->index(2, 1).data().toString() == QStringLiteral("0%")); // 客户经理 neither
    CHECK(panel.results()->disagreements()->rowCount() > 0);
    CHECK(panel.results()->metricsText().contains(QStringLiteral("κ")));

    QPointer<WorkshopPresentation> show = panel.openPresentation(false);
    REQUIRE(show);
    CHECK(show->findChild<QLabel *>(QStringLiteral("question"))->text() ==
          QStringLiteral("谁是我们的客户？"));
    CHECK(show->findChild<QLabel *>(QStringLiteral("question"))->font().pointSize() >= 24);
    CHECK(show->findChild<QLabel *>(QStringLiteral("countdown"))->text() ==
          QStringLiteral("10:00"));
    // 张's turn: E3.1 was priority 2; click it twice (2 → 3 → not chosen), then E2.6 once (→ 1).
    QPushButton *e31 = show->board()->tile(QStringLiteral("E3.1"));
    REQUIRE(e31);
    QTest::mouseClick(e31, Qt::LeftButton);
    QTest::mouseClick(e31, Qt::LeftButton);
    QTest::mouseClick(show->board()->tile(QStringLiteral("E2.6")), Qt::LeftButton);
    CHECK_FALSE(show->board()->answers().contains(QStringLiteral("E3.1")));
    CHECK(show->board()->answers().value(QStringLiteral("E2.6")) == 1);
    const int steps = ws->undoStack()->count();
    show->nextTurn();
    CHECK(ws->undoStack()->count() == steps + 1);
    CHECK(show->turn() == 1);
    CHECK(queryCount(*ws,
                     "SELECT count(*) FROM workshop_answers a JOIN workshop_participants p ON "
                     "p.id = a.participant_id WHERE p.name = '张' AND a.node_code = 'E2.6'") == 1);
    for (int i = 1; i < 6; ++i)
        show->nextTurn(); // unchanged turns add no undo step
    CHECK(show->showsResults());
    CHECK(ws->undoStack()->count() == steps + 1);
    QTest::keyClick(show, Qt::Key_Escape);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(show.isNull());

    ws->undoStack()->undo();
    CHECK(queryCount(*ws, "SELECT count(*) FROM workshop_answers WHERE node_code = 'E2.6'") ==
          1); // 李's

    QString failure;
    QObject::connect(&panel, &Panel::editFailed, [&failure](const QString &m) { failure = m; });
    const bool adopted = panel.adoptDraft(false);
    INFO(failure.toStdString());
    REQUIRE(adopted);
    CHECK(
        queryCount(
            *ws,
            "SELECT count(*) FROM dept_scope WHERE dept_code = 'MKT' AND evidence = 'workshop'") ==
        3);
    CHECK(panel.sessions()->index(0).data().toString().contains(QStringLiteral("已采纳")));
    ws->undoStack()->undo();
    CHECK(
        queryCount(
            *ws,
            "SELECT count(*) FROM dept_scope WHERE dept_code = 'MKT' AND evidence = 'workshop'") ==
        0);
    CHECK(queryCount(*ws, "SELECT count(*) FROM dept_scope WHERE dept_code = 'MKT'") == 12);

    const QString exported = dir.filePath(QStringLiteral("out.json"));
    REQUIRE(panel.exportFile(exported, &error));
    CHECK(readFile(exported).contains("portrait-workshop"));
}

TEST_CASE("anonymous presentation hides names")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    WorkshopPanel panel(ws.get());
    const QString file = dir.filePath(QStringLiteral("m.json"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes(marketingWorkshop()));
    }
    REQUIRE(panel.importFile(file));
    WorkshopPresentation::Options options;
    options.anonymous = true;
    WorkshopPresentation show(ws.get(), panel.currentSession(), options);
    show.setAttribute(Qt::WA_DeleteOnClose, false);
    const QString who = show.findChild<QLabel *>(QStringLiteral("participant"))->text();
    CHECK(who == QStringLiteral("第 1 / 6 位参与者"));
    CHECK_FALSE(who.contains(QStringLiteral("张")));
}

TEST_CASE("the sidebar's 共创会 entry opens the panel")
{
    WindowFixture f;
    MainWindow &window = f.window;
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    REQUIRE(sidebar);
    const QList<QListWidgetItem *> entries =
        sidebar->findItems(QStringLiteral("共创会"), Qt::MatchExactly);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0]->flags() & Qt::ItemIsEnabled);
    sidebar->setCurrentItem(entries[0]);
    CHECK(qobject_cast<WorkshopPanel *>(window.currentPanel()));
    window.showPanel(0);
    CHECK(sidebar->currentRow() == 0);
    window.showPanel(window.panelCount() - 1);
    CHECK(sidebar->currentItem() == entries[0]);
}

// Not a test but a look: `test_workshop_ui "[.screenshots]"` saves the panel and the presentation
// (a turn and the results) as PNG files into $PORTRAIT_SHOTS (default /tmp).
TEST_CASE("screenshots of the workshop panel and presentation", "[.screenshots]")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    const QString shots = qEnvironmentVariable("PORTRAIT_SHOTS", QDir::tempPath());
    WorkshopPanel panel(ws.get());
    panel.resize(1280, 800);
    panel.show();
    const QString file = dir.filePath(QStringLiteral("m.json"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes(marketingWorkshop()));
    }
    REQUIRE(panel.importFile(file));
    QApplication::processEvents();
    panel.grab().save(shots + QStringLiteral("/workshop-panel.png"));
    WorkshopPresentation *show = panel.openPresentation(false);
    REQUIRE(show);
    show->resize(1920, 1080);
    QApplication::processEvents();
    show->grab().save(shots + QStringLiteral("/workshop-turn.png"));
    show->showResults();
    QApplication::processEvents();
    show->grab().save(shots + QStringLiteral("/workshop-results.png"));
    show->close();
    SUCCEED();
}

TEST_CASE("the adopt dialog refuses a kept node without a reason, then accepts")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    const qint64 id = insertMarketingWorkshop(*ws);
    WorkshopRepository repository(ws->db());
    const WorkshopSession s = repository.load(id);
    const AdoptionDraft draft(s, WorkshopRound::Initial, repository.positions(s.department));
    WorkshopAdoptDialog dialog(s, draft, repository.nodeNames());
    dialog.show();
    AdoptionDecisionModel *model = dialog.model();
    model->setData(model->index(5, AdoptionDecisionModel::Adopt), Qt::Checked,
                   Qt::CheckStateRole); // E4.2
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("adoptError"))
              ->text()
              .contains(QStringLiteral("E4.2")));
    model->setData(model->index(5, AdoptionDecisionModel::Reason),
                   QStringLiteral("政府是园区项目的入口"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.decision().adopted.size() == 4);
}
