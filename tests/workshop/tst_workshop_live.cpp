// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// A workshop run live at the facilitator's machine, offscreen through the real widgets: the
// new-session dialog, answers and new kinds entered in turn (初评, then 复评 from the results),
// and the countdown that ends a round visibly — each step undoable.
#include "LiveWorkshop.h"
#include "TestWorkspace.h"

#include "core/Workspace.h"
#include "storage/WorkshopRepository.h"
#include "ui/WorkshopCountdown.h"
#include "ui/WorkshopNewSessionDialog.h"
#include "ui/WorkshopPanel.h"
#include "ui/WorkshopPresentation.h"
#include "ui/WorkshopResultsView.h"
#include "ui/WorkshopTileBoard.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace portrait;

TEST_CASE("new-session dialog: positions picked or typed, checks, one undo step")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    WorkshopPanel panel(ws.get());

    WorkshopNewSessionDialog dialog(WorkshopNewSessionDialog::choices(ws->db()));
    dialog.setDepartment(QStringLiteral("MKT"));
    // The department's scope is offered by default; its positions are in the pickers.
    int ticked = 0;
    for (int i = 0; i < dialog.offeredList()->count(); ++i)
        ticked += dialog.offeredList()->item(i)->checkState() == Qt::Checked ? 1 : 0;
    CHECK(ticked == 12);
    const int row = dialog.addParticipant(QStringLiteral("张"), {});
    CHECK(dialog.positionEditor(row)->findText(QStringLiteral("客户经理")) >= 0);
    dialog.accept();
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("newSessionError"));
    CHECK(error->text().contains(QStringLiteral("没有岗位")));
    dialog.positionEditor(row)->setCurrentText(QStringLiteral("客户经理"));
    dialog.addParticipant(QStringLiteral("张"), QStringLiteral("市场专责"));
    dialog.accept();
    CHECK(error->text().contains(QStringLiteral("重复")));
    CHECK(dialog.result() != QDialog::Accepted);

    const int steps = ws->undoStack()->count();
    const qint64 id = createLiveSession(panel);
    CHECK(id > 0);
    CHECK(ws->undoStack()->count() == steps + 1);
    const WorkshopSession s = WorkshopRepository(ws->db()).load(id);
    CHECK(s.title == QStringLiteral("营销部现场共创会"));
    CHECK(s.source == QStringLiteral("live"));
    CHECK(s.participants.size() == 3);
    CHECK(s.participants[2].position == QStringLiteral("储能专责"));
    CHECK(s.offered.size() == 12);
    CHECK(queryCount(*ws, "SELECT count(*) FROM positions WHERE dept_code = 'MKT' AND "
                          "name_zh = '储能专责'") == 1);
    ws->undoStack()->undo();
    CHECK(queryCount(*ws, "SELECT count(*) FROM workshop_sessions") == 0);
    CHECK(queryCount(*ws, "SELECT count(*) FROM positions WHERE name_zh = '储能专责'") == 0);
    ws->undoStack()->redo();
    CHECK(WorkshopRepository(ws->db()).exists(id));

    // The panel's 新建… button opens the dialog; what it accepts becomes the selected session.
    QTimer::singleShot(0, [] {
        auto *open = qobject_cast<WorkshopNewSessionDialog *>(QApplication::activeModalWidget());
        REQUIRE(open);
        open->setDepartment(QStringLiteral("FIN"));
        open->addParticipant(QStringLiteral("吴"), QStringLiteral("成本管理专责"));
        open->accept();
    });
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("newSession")), Qt::LeftButton);
    CHECK(panel.currentSession() != id);
    CHECK(WorkshopRepository(ws->db()).load(panel.currentSession()).department ==
          QStringLiteral("FIN"));
}

TEST_CASE("answers and new kinds in turn, then the re-vote, at the facilitator's machine")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    WorkshopPanel panel(ws.get());
    const qint64 id = createLiveSession(panel);
    {
        WorkshopPresentation show(ws.get(), id, {});
        show.setAttribute(Qt::WA_DeleteOnClose, false);
        show.show();
        clickTile(show, "E2.2");  // 张: E2.2 priority 1
        clickTile(show, "E1", 2); // E1 priority 2
        show.findChild<QLineEdit *>(QStringLiteral("newKind"))
            ->setText(QStringLiteral("园区聚合商"));
        QTest::keyClick(show.findChild<QLineEdit *>(QStringLiteral("newKind")), Qt::Key_Return);
        CHECK(show.findChild<QLabel *>(QStringLiteral("proposals"))
                  ->text()
                  .contains(QStringLiteral("园区聚合商")));
        QTest::keyClick(&show, Qt::Key_PageDown);
        CHECK(show.turn() == 1);
        CHECK(show.findChild<QLabel *>(QStringLiteral("proposals"))->text().isEmpty());
        clickTile(show, "E2.2"); // 李: E2.2 1, E2.4 1
        clickTile(show, "E2.4");
        show.nextTurn();
        clickTile(show, "E2.4"); // 周: E2.4 1
        show.nextTurn();
        CHECK(show.showsResults());
        CHECK(show.results()->metricsText().contains(QStringLiteral("初评")));
        CHECK_FALSE(show.results()->metricsText().contains(QStringLiteral("复评")));
    }
    WorkshopSession s = WorkshopRepository(ws->db()).load(id);
    CHECK(s.participants[0].initial ==
          QMap<QString, int>{{QStringLiteral("E2.2"), 1}, {QStringLiteral("E1"), 2}});
    CHECK(s.participants[2].initial.value(QStringLiteral("E2.4")) == 1);
    REQUIRE(s.proposals.size() == 1);
    CHECK(s.proposals[0].author == QStringLiteral("张"));
    CHECK_FALSE(s.hasRevote());
    CHECK(s.status == QStringLiteral("running")); // the first answers started the session

    // 复评 from the results page: 周 now also includes E2.2; the others keep their answers.
    WorkshopPresentation::Options anonymous;
    anonymous.anonymous = true;
    WorkshopPresentation again(ws.get(), id, anonymous);
    again.setAttribute(Qt::WA_DeleteOnClose, false);
    again.showResults();
    QTest::mouseClick(again.findChild<QPushButton *>(QStringLiteral("startRevote")),
                      Qt::LeftButton);
    CHECK(again.stage() == WorkshopPresentation::Stage::Turns);
    CHECK(again.turn() == 0);
    CHECK(again.board()->answers() == s.participants[0].initial); // starts from the 初评
    again.nextTurn();
    again.nextTurn();
    clickTile(again, "E2.2");
    again.nextTurn();
    CHECK(again.showsResults());
    CHECK(again.results()->metricsText().contains(QStringLiteral("复评")));
    s = WorkshopRepository(ws->db()).load(id);
    CHECK(s.hasRevote());
    CHECK(s.participants[2].revote.size() == 2);
    CHECK(s.participants[0].revote.isEmpty());
    ws->undoStack()->undo();
    CHECK_FALSE(WorkshopRepository(ws->db()).load(id).hasRevote());
    ws->undoStack()->undo(); // 周's 初评
    ws->undoStack()->undo(); // 李's 初评
    ws->undoStack()->undo(); // 张's 初评, stored when the turn passed
    CHECK(WorkshopRepository(ws->db()).load(id).status == QStringLiteral("prepared"));
    CHECK(WorkshopRepository(ws->db()).load(id).proposals.size() == 1);
    ws->undoStack()->undo(); // the new kind, added during 张's turn
    CHECK(WorkshopRepository(ws->db()).load(id).proposals.isEmpty());
}

TEST_CASE("the countdown ends a round visibly and the facilitator moves on")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    WorkshopPanel panel(ws.get());
    const qint64 id = createLiveSession(panel);
    WorkshopPresentation::Options options;
    options.secondsPerRound = 2;
    WorkshopPresentation show(ws.get(), id, options);
    show.setAttribute(Qt::WA_DeleteOnClose, false);
    show.show();
    CHECK(show.countdown()->text() == QStringLiteral("00:02"));
    CHECK(show.countdown()->font().pointSize() >= 24);
    CHECK_FALSE(show.timeIsUp());
    show.countdown()->tick();
    CHECK_FALSE(show.timeIsUp());
    show.countdown()->tick();
    CHECK(show.timeIsUp());
    auto *moveOn = show.findChild<QPushButton *>(QStringLiteral("moveOn"));
    CHECK(moveOn->text().contains(QStringLiteral("看结果")));
    CHECK(moveOn->isVisible());
    // Two more minutes, then time is up again and the round ends.
    QTest::mouseClick(show.findChild<QPushButton *>(QStringLiteral("moreTime")), Qt::LeftButton);
    CHECK_FALSE(show.timeIsUp());
    CHECK(show.secondsLeft() == 120);
    for (int i = 0; i < 120; ++i)
        show.countdown()->tick();
    CHECK(show.timeIsUp());
    QTest::mouseClick(moveOn, Qt::LeftButton);
    CHECK(show.stage() == WorkshopPresentation::Stage::Results);
    CHECK_FALSE(show.timeIsUp());
    CHECK(show.countdown()->text().isEmpty()); // no clock while the results are discussed

    QTest::mouseClick(show.findChild<QPushButton *>(QStringLiteral("toPainPoints")),
                      Qt::LeftButton);
    CHECK(show.stage() == WorkshopPresentation::Stage::PainPoints);
    REQUIRE(show.painPoints());
    CHECK(show.countdown()->text() == QStringLiteral("00:02"));
    show.countdown()->tick();
    show.countdown()->tick();
    CHECK(show.timeIsUp());
    CHECK(moveOn->text() == QStringLiteral("结束共创会"));
}
