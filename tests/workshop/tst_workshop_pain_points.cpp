// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// The pain-point round offscreen (notes, enforced dot voting, ranking, a toolkit candidate in the
// department's catalogue) and the adoption of a new kind as a local node, each step undoable.
#include "LiveWorkshop.h"
#include "TestWorkspace.h"

#include "commands/AdoptWorkshopCommand.h"
#include "commands/SetValueCommand.h"
#include "core/Workspace.h"
#include "io/WorkshopReader.h"
#include "models/AdoptionDecisionModel.h"
#include "models/WorkshopPainPointModel.h"
#include "storage/WorkshopRepository.h"
#include "ui/WorkshopAdoptDialog.h"
#include "ui/WorkshopCountdown.h"
#include "ui/WorkshopNewSessionDialog.h"
#include "ui/WorkshopPainPointView.h"
#include "ui/WorkshopPanel.h"
#include "ui/WorkshopPresentation.h"
#include "workshop/AdoptionDraft.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace portrait;

TEST_CASE("pain points: notes, enforced dot voting, ranking, toolkit candidate, undo")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    WorkshopPanel panel(ws.get());
    createLiveSession(panel);
    WorkshopPainPointView *view = panel.openPainPoints();
    REQUIRE(view);
    WorkshopPainPointModel *model = view->model();
    QAbstractItemModelTester tester(model);
    QString failure;
    QObject::connect(view, &WorkshopPainPointView::editFailed,
                     [&failure](const QString &m) { failure = m; });

    CHECK(view->addNote(QStringLiteral("储能并网排队时间长"), QStringLiteral("E2.2"),
                        QStringLiteral("N04")));
    CHECK(view->addNote(QStringLiteral("聚合商拿不到结算明细"), QStringLiteral("E2.4"),
                        QStringLiteral("N06")));
    CHECK_FALSE(view->addNote(QStringLiteral("  "), {}, {}));
    REQUIRE(model->rowCount() == 2);
    CHECK(model->index(0, WorkshopPainPointModel::Author).data().toString() ==
          QStringLiteral("张"));

    // 张 has three dots: two on the second note, one on the first, and a fourth is refused.
    CHECK(view->votesLeftText() == QStringLiteral("剩余 3 / 3 票"));
    CHECK(view->vote(1, +1));
    CHECK(view->vote(1, +1));
    CHECK(model->setData(model->index(0, WorkshopPainPointModel::Mine), 1));
    CHECK(view->votesLeftText() == QStringLiteral("剩余 0 / 3 票"));
    // The table shows the ranking: the note with two dots first.
    CHECK(view->table()->model()->index(0, WorkshopPainPointModel::Text).data().toString() ==
          QStringLiteral("聚合商拿不到结算明细"));
    const int steps = ws->undoStack()->count();
    CHECK_FALSE(view->vote(0, +1));
    CHECK(failure.contains(QStringLiteral("3 票")));
    CHECK(ws->undoStack()->count() == steps);
    // 李 votes once for the first note: 2 : 2, the notes share rank 1. A vote updates the
    // cells in place: the rows are not reset (the selection and an open editor stay).
    view->selectVoter(1);
    CHECK(view->votesLeftText() == QStringLiteral("剩余 3 / 3 票"));
    int resets = 0;
    const auto counting = QObject::connect(model, &QAbstractItemModel::modelReset, [&resets] { ++resets; });
    CHECK(view->vote(0, +1));
    CHECK(resets == 0);
    QObject::disconnect(counting);
    CHECK(model->index(0, WorkshopPainPointModel::Rank).data().toInt() == 1);
    CHECK(model->index(1, WorkshopPainPointModel::Rank).data().toInt() == 1);
    ws->undoStack()->undo();
    CHECK(model->index(0, WorkshopPainPointModel::Rank).data().toInt() == 2);
    CHECK(model->ranking().first() == 1);
    // The limit cannot fall below what 张 has placed; above, it can.
    CHECK_FALSE(model->setVotesPerParticipant(2));
    CHECK(model->setVotesPerParticipant(5));
    CHECK(view->votesLeftText() == QStringLiteral("剩余 5 / 5 票"));
    ws->undoStack()->undo();

    // A need renamed in its panel shows under the notes at once.
    CHECK(ws->execute(new SetValueCommand(ws.get(), QStringLiteral("needs"), QStringLiteral("code"),
                                          QStringLiteral("N06"), QStringLiteral("name_zh"),
                                          QStringLiteral("结算透明"), QStringLiteral("rename"))));
    CHECK(model->index(1, WorkshopPainPointModel::Need).data().toString() == QStringLiteral("N06 结算透明"));
    ws->undoStack()->undo();
    CHECK(model->index(1, WorkshopPainPointModel::Need).data().toString() != QStringLiteral("N06 结算透明"));

    // The top note becomes a toolkit candidate in MKT's catalogue.
    view->table()->clearSelection();
    const QString code = view->makeToolkit(model->ranking().first());
    CHECK(code == QStringLiteral("MKT-06"));
    CHECK(queryText(*ws, "SELECT kind || ' ' || dept_code || ' ' || name_zh FROM services "
                         "WHERE code = 'MKT-06'") ==
          QStringLiteral("toolkit MKT 聚合商拿不到结算明细 工具包"));
    CHECK(queryCount(*ws, "SELECT count(*) FROM toolkit_steps WHERE service_code = 'MKT-06'") == 5);
    CHECK(queryText(*ws, "SELECT need_code FROM service_needs WHERE service_code = 'MKT-06'") ==
          QStringLiteral("N06"));
    CHECK(queryText(*ws, "SELECT node_code FROM service_targets WHERE service_code = 'MKT-06'") ==
          QStringLiteral("E2.4"));
    CHECK(view->makeToolkit(1).isEmpty()); // only once
    ws->undoStack()->undo();
    CHECK(queryCount(*ws, "SELECT count(*) FROM services WHERE code = 'MKT-06'") == 0);
    CHECK(queryCount(*ws, "SELECT count(*) FROM toolkit_steps WHERE service_code = 'MKT-06'") == 0);

    // Deleting a note takes its votes; undo brings both back.
    CHECK(model->removeNote(1));
    CHECK(queryCount(*ws, "SELECT count(*) FROM workshop_votes") == 1);
    ws->undoStack()->undo();
    CHECK(queryCount(*ws, "SELECT count(*) FROM workshop_votes") == 2);
    CHECK(model->index(1, WorkshopPainPointModel::Votes).data().toInt() == 2);

    // The file of a live session carries the notes with their dots as totals.
    const QString file = dir.filePath(QStringLiteral("live.json"));
    QString error;
    REQUIRE(panel.exportFile(file, &error));
    const WorkshopSession read =
        WorkshopReader::readFile(file, WorkshopReader::vocabulary(ws->db()));
    REQUIRE(read.painPoints.size() == 2);
    CHECK(read.painPoints[0].votes == 1);
    CHECK(read.painPoints[1].votes == 2);
    CHECK(read.painPoints[1].need == QStringLiteral("N06"));
}

TEST_CASE("adopt: a new kind becomes a local node under the parent the head picks")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    WorkshopPanel panel(ws.get());
    const qint64 id = createLiveSession(panel);
    {
        WorkshopPresentation show(ws.get(), id, {});
        show.setAttribute(Qt::WA_DeleteOnClose, false);
        clickTile(show, "E2.2");
        REQUIRE(show.addProposal(QStringLiteral("园区聚合商")));
        show.nextTurn();
        clickTile(show, "E2.2");
        show.nextTurn();
        clickTile(show, "E2.2");
        show.nextTurn();
    }
    WorkshopRepository repository(ws->db());
    const WorkshopSession s = repository.load(id);
    const AdoptionDraft draft(s, WorkshopRound::Initial, repository.positions(s.department));
    WorkshopAdoptDialog dialog(s, draft, repository.nodeNames());
    AdoptionDecisionModel *model = dialog.model();
    const int kindRow = model->rowCount() - 1;
    CHECK(model->index(kindRow, AdoptionDecisionModel::Node)
              .data()
              .toString()
              .contains(QStringLiteral("园区聚合商")));
    // The parent column is picked from the taxonomy.
    auto *table = dialog.findChild<QTableView *>();
    CHECK(table->itemDelegateForColumn(AdoptionDecisionModel::Parent));
    model->setData(model->index(kindRow, AdoptionDecisionModel::Adopt), Qt::Checked,
                   Qt::CheckStateRole);
    dialog.accept();
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("adoptError"))
              ->text()
              .contains(QStringLiteral("上级分类")));
    CHECK(
        model->setData(model->index(kindRow, AdoptionDecisionModel::Parent), QStringLiteral("E2")));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.decision().newKinds.size() == 1);
    CHECK(dialog.decision().newKinds[0].leadPositions == QStringList{QStringLiteral("部门负责人")});

    QString error;
    REQUIRE(ws->execute(
        new AdoptWorkshopCommand(ws.get(), dialog.decision(), QStringLiteral("采纳")), &error));
    CHECK(queryText(*ws, "SELECT parent_code || ' ' || kind || ' ' || name_zh FROM taxonomy "
                         "WHERE code = 'E2.L1'") == QStringLiteral("E2 local 园区聚合商"));
    CHECK(queryText(*ws, "SELECT status FROM workshop_new_kinds") == QStringLiteral("accepted"));
    CHECK(queryCount(*ws, "SELECT count(*) FROM dept_scope WHERE dept_code = 'MKT' AND "
                          "node_code IN ('E2.2', 'E2.L1') AND evidence = 'workshop'") == 2);
    ws->undoStack()->undo();
    CHECK(queryCount(*ws, "SELECT count(*) FROM taxonomy WHERE code = 'E2.L1'") == 0);
    CHECK(queryText(*ws, "SELECT status FROM workshop_new_kinds") == QStringLiteral("proposed"));
}

// Not a test but a look: `test_workshop_ui "[.screenshots]"` saves the live flow as PNG files
// into $PORTRAIT_SHOTS (default /tmp): the new-session dialog, a turn with a new kind, the
// time-up banner, the pain-point round on the projector and the adopt dialog.
TEST_CASE("screenshots of the live workshop", "[.screenshots]")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    const QString shots = qEnvironmentVariable("PORTRAIT_SHOTS", QDir::tempPath());
    WorkshopPanel panel(ws.get());
    {
        WorkshopNewSessionDialog dialog(WorkshopNewSessionDialog::choices(ws->db()));
        dialog.setDepartment(QStringLiteral("MKT"));
        dialog.addParticipant(QStringLiteral("张"), QStringLiteral("部门负责人"));
        dialog.addParticipant(QStringLiteral("李"), QStringLiteral("市场专责"));
        dialog.addParticipant(QStringLiteral("周"), QStringLiteral("储能专责"));
        dialog.show();
        QApplication::processEvents();
        dialog.grab().save(shots + QStringLiteral("/workshop-new-session.png"));
    }
    const qint64 id = createLiveSession(panel);
    WorkshopPresentation::Options options;
    options.secondsPerRound = 1;
    auto *show = new WorkshopPresentation(ws.get(), id, options);
    show->resize(1920, 1080);
    show->show();
    clickTile(*show, "E2.2");
    clickTile(*show, "E1", 2);
    show->addProposal(QStringLiteral("园区聚合商"));
    show->countdown()->tick();
    QApplication::processEvents();
    show->grab().save(shots + QStringLiteral("/workshop-time-up.png"));
    show->moveOn();
    show->showPainPoints();
    WorkshopPainPointView *view = show->painPoints();
    view->addNote(QStringLiteral("储能并网排队时间长"), QStringLiteral("E2.2"),
                  QStringLiteral("N04"));
    view->addNote(QStringLiteral("聚合商拿不到需求响应结算明细"), QStringLiteral("E2.4"),
                  QStringLiteral("N06"));
    view->vote(1, +1);
    view->vote(1, +1);
    QApplication::processEvents();
    show->grab().save(shots + QStringLiteral("/workshop-pain-points.png"));
    view->makeToolkit(1);
    QApplication::processEvents();
    show->grab().save(shots + QStringLiteral("/workshop-toolkit.png"));
    show->close();

    WorkshopRepository repository(ws->db());
    const WorkshopSession s = repository.load(id);
    const AdoptionDraft draft(s, WorkshopRound::Initial, repository.positions(s.department));
    WorkshopAdoptDialog dialog(s, draft, repository.nodeNames());
    dialog.show();
    auto *table = dialog.findChild<QTableView *>();
    const QModelIndex parent =
        dialog.model()->index(dialog.model()->rowCount() - 1, AdoptionDecisionModel::Parent);
    table->setCurrentIndex(parent);
    table->edit(parent);
    QApplication::processEvents();
    dialog.grab().save(shots + QStringLiteral("/workshop-adopt-new-kind.png"));
    SUCCEED();
}
