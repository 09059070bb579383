// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// The adoption draft of domain.md §10.3 and the adopt flow into a workspace, with undo.
#include "TestWorkspace.h"
#include "WorkshopFixture.h"

#include "commands/AdoptWorkshopCommand.h"
#include "commands/ImportWorkshopCommand.h"
#include "core/Workspace.h"
#include "io/WorkshopReader.h"
#include "models/AdoptionDecisionModel.h"
#include "storage/WorkshopRepository.h"
#include "workshop/AdoptionDraft.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace portrait;
using Band = AdoptionDraft::Band;

TEST_CASE("draft bands compare fractions exactly")
{
    // 3·y ≥ 2·n adopted; 3·y ≥ n discussion; else dropped.
    CHECK(AdoptionDraft::band(4, 6) == Band::Adopted); // 4/6 = 2/3 exactly (0.67 would miss it)
    CHECK(AdoptionDraft::band(3, 6) == Band::Discussion);
    CHECK(AdoptionDraft::band(2, 6) == Band::Discussion); // 1/3 exactly
    CHECK(AdoptionDraft::band(1, 6) == Band::Dropped);
    CHECK(AdoptionDraft::band(2, 3) == Band::Adopted);
    CHECK(AdoptionDraft::band(6, 10) == Band::Discussion); // 0.6 < 2/3
    CHECK(AdoptionDraft::band(7, 10) == Band::Adopted);
    CHECK(AdoptionDraft::band(3, 10) == Band::Dropped); // 0.3 < 1/3
    CHECK(AdoptionDraft::band(0, 0) == Band::Dropped);
}

TEST_CASE("median priority rounds a half towards the more important")
{
    CHECK(AdoptionDraft::medianPriority({1, 2}) == 1);
    CHECK(AdoptionDraft::medianPriority({2, 3}) == 2);
    CHECK(AdoptionDraft::medianPriority({1, 3}) == 2);
    CHECK(AdoptionDraft::medianPriority({3, 1, 2}) == 2);
    CHECK(AdoptionDraft::medianPriority({1, 1, 3}) == 1);
    CHECK(AdoptionDraft::medianPriority({1, 1, 2, 2, 1, 3}) == 1); // middle pair 1, 2
    CHECK(AdoptionDraft::medianPriority({2, 2, 3, 3}) == 2);       // middle pair 2, 3
    CHECK(AdoptionDraft::medianPriority({3}) == 3);
    CHECK(AdoptionDraft::medianPriority({}) == 0);
}

TEST_CASE("the draft of a session: bands, priorities, positions, flags, toolkit candidate")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    const WorkshopSession s = WorkshopReader::read(
        bytes(marketingWorkshop()), QStringLiteral("m.json"), WorkshopReader::vocabulary(ws->db()));
    const AdoptionDraft draft(s, WorkshopRound::Initial,
                              WorkshopRepository(ws->db()).positions(QStringLiteral("MKT")));
    CHECK(draft.nodes(Band::Adopted) ==
          QStringList{QStringLiteral("E2.2"), QStringLiteral("E2.4"), QStringLiteral("E1")});
    CHECK(draft.nodes(Band::Discussion) == QStringList{QStringLiteral("E3.1")});
    CHECK(draft.nodes(Band::Dropped) ==
          QStringList{QStringLiteral("E2.6"), QStringLiteral("E4.2")});
    const AdoptionDraft::Node &e24 = draft.nodes()[1];
    CHECK(e24.included == 4);
    CHECK(e24.priority == 1); // 1 1 2 2 → middle pair 1, 2 → 1
    CHECK(e24.lead == QStringList{QStringLiteral("部门负责人"), QStringLiteral("市场专责")});
    CHECK(e24.support == QStringList{QStringLiteral("数据分析")});
    // Nobody holds 数据分析专责, and every other position serves an adopted node.
    CHECK(draft.positionsWithoutNode() == QStringList{QStringLiteral("数据分析专责")});
    REQUIRE(draft.toolkitCandidate());
    CHECK(draft.toolkitCandidate()->votes == 7);
    // 张 chose {E2.2, E2.4, E1, E3.1}; adopted {E2.2, E2.4, E1}: Jaccard distance 1 − 3/4.
    CHECK(draft.participants()[0].jaccard == Catch::Detail::Approx(0.25));
    CHECK(draft.participants()[0].worstPriority == 2);
}

TEST_CASE("adopt: scope with evidence 'workshop', assignments, a local node; undo and redo")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    const QString before = dumpWorkspace(*ws);
    WorkshopSession s = WorkshopReader::read(bytes(marketingWorkshop()), QStringLiteral("m.json"),
                                             WorkshopReader::vocabulary(ws->db()));
    auto *import = new ImportWorkshopCommand(ws.get(), s, QStringLiteral("import"));
    QString error;
    REQUIRE(ws->execute(import, &error));
    const qint64 id = import->sessionId();
    CHECK(queryCount(
              *ws,
              "SELECT count(*) FROM positions WHERE dept_code = 'MKT' AND name_zh = '数据分析'") ==
          1);

    s = WorkshopRepository(ws->db()).load(id);
    CHECK(s.participants.size() == 6);
    CHECK(s.painPoints.size() == 3);
    const AdoptionDraft draft(s, WorkshopRound::Initial,
                              WorkshopRepository(ws->db()).positions(s.department));
    WorkshopDecision decision = draft.decision(QStringLiteral("2026-11-21"), QStringLiteral("张"));
    REQUIRE(s.proposals.size() == 1);
    decision.newKinds.append({s.proposals[0].id,
                              s.proposals[0].name,
                              QString(),
                              QStringLiteral("E2"),
                              2,
                              {QStringLiteral("数据分析")}});
    const QString afterImport = dumpWorkspace(*ws);
    REQUIRE(
        ws->execute(new AdoptWorkshopCommand(ws.get(), decision, QStringLiteral("adopt")), &error));

    CHECK(queryText(
              *ws, "SELECT group_concat(node_code || ':' || priority || ':' || evidence, ' ') FROM "
                   "(SELECT * FROM dept_scope WHERE dept_code = 'MKT' ORDER BY ord)") ==
          QStringLiteral("E2.2:1:workshop E2.4:1:workshop E1:1:workshop E2.L1:2:workshop"));
    CHECK(queryText(*ws, "SELECT kind || ':' || parent_code || ':' || name_zh FROM taxonomy WHERE "
                         "code = 'E2.L1'") == QStringLiteral("local:E2:园区虚拟电厂运营商"));
    CHECK(queryText(*ws,
                    "SELECT group_concat(x, ' ') FROM (SELECT p.name_zh || ':' || n.role AS x FROM "
                    "position_nodes n JOIN positions p ON p.id = n.position_id WHERE "
                    "n.node_code = 'E2.4' ORDER BY n.ord)") ==
          QStringLiteral("部门负责人:lead 市场专责:lead 数据分析:support"));
    CHECK(queryCount(
              *ws,
              "SELECT count(*) FROM position_nodes WHERE node_code = 'E2.L1' AND role = 'lead'") ==
          1);
    CHECK(queryText(*ws, "SELECT status FROM workshop_sessions") == QStringLiteral("adopted"));
    CHECK(queryText(*ws, "SELECT status || ':' || node_code FROM workshop_new_kinds") ==
          QStringLiteral("accepted:E2.L1"));
    CHECK(queryCount(
              *ws, "SELECT count(*) FROM workshop_decision_nodes WHERE outcome = 'rejected'") == 2);
    CHECK(queryText(*ws, "SELECT date || ':' || approver FROM workshop_decisions") ==
          QStringLiteral("2026-11-21:张"));
    CHECK(queryCount(*ws,
                     "SELECT count(*) FROM workshop_decisions d JOIN workshop_pain_points p ON "
                     "p.id = d.toolkit_pain_point WHERE p.text LIKE '聚合商%'") == 1);

    const QString adopted = dumpWorkspace(*ws);
    ws->undoStack()->undo();
    CHECK(dumpWorkspace(*ws) == afterImport);
    ws->undoStack()->redo();
    CHECK(
        queryText(
            *ws,
            "SELECT count(*) FROM dept_scope WHERE dept_code = 'MKT' AND evidence = 'workshop'") ==
        QStringLiteral("4"));
    ws->undoStack()->undo();
    ws->undoStack()->undo();
    CHECK(dumpWorkspace(*ws) == before);
    ws->undoStack()->redo();
    CHECK(WorkshopRepository(ws->db()).load(id).participants.size() == 6);
    (void)adopted;
}

TEST_CASE("a decision naming an unknown node changes nothing")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    const qint64 id = WorkshopRepository(ws->db()).insert(twoPositionSession());
    const QString before = dumpWorkspace(*ws);
    WorkshopDecision d;
    d.session = id;
    d.department = QStringLiteral("MKT");
    d.date = QStringLiteral("2026-11-21");
    d.adopted = {{QStringLiteral("E2.2"), 1}, {QStringLiteral("E9.9"), 1}};
    QString error;
    CHECK_FALSE(ws->execute(new AdoptWorkshopCommand(ws.get(), d, QString()), &error));
    CHECK(error.contains(QStringLiteral("E9.9")));
    CHECK(dumpWorkspace(*ws) == before);
    d.adopted = {{QStringLiteral("E2.2"), 4}};
    CHECK_FALSE(ws->execute(new AdoptWorkshopCommand(ws.get(), d, QString()), &error));
    CHECK(error.contains(QStringLiteral("1–3")));
    CHECK(dumpWorkspace(*ws) == before);
}

TEST_CASE("the head's decision: keep, reject, reasons, new kinds")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    const qint64 id = insertMarketingWorkshop(*ws);
    WorkshopRepository repository(ws->db());
    const WorkshopSession s = repository.load(id);
    const AdoptionDraft draft(s, WorkshopRound::Initial, repository.positions(s.department));
    AdoptionDecisionModel model(s, draft, repository.nodeNames());
    QAbstractItemModelTester tester(&model);
    // Rows: E2.2, E2.4, E1, E3.1, E2.6, E4.2, then the proposal.
    REQUIRE(model.rowCount() == 7);
    QString error;
    auto d = model.decision(QStringLiteral("2026-11-21"), QStringLiteral("张"), &error);
    REQUIRE(d);
    CHECK(d->adopted.size() == 3);
    CHECK(d->rejected.size() == 3);
    CHECK(d->newKinds.isEmpty());

    using M = AdoptionDecisionModel;
    CHECK(model.setData(model.index(1, M::Adopt), Qt::Unchecked, Qt::CheckStateRole)); // E2.4 out
    CHECK(model.setData(model.index(3, M::Adopt), Qt::Checked, Qt::CheckStateRole));   // E3.1 kept
    CHECK(model.setData(model.index(3, M::Priority), 2));
    CHECK_FALSE(model.setData(model.index(3, M::Priority), 4));
    CHECK(model.setData(model.index(4, M::Adopt), Qt::Checked, Qt::CheckStateRole)); // E2.6 kept
    CHECK_FALSE(model.decision(QStringLiteral("2026-11-21"), QString(), &error));
    CHECK(error.contains(QStringLiteral("E2.6")));
    CHECK(model.setData(model.index(4, M::Reason), QStringLiteral("售电公司是下一年重点")));
    CHECK(model.setData(model.index(6, M::Adopt), Qt::Checked, Qt::CheckStateRole)); // new kind
    CHECK_FALSE(model.decision(QStringLiteral("2026-11-21"), QString(), &error));
    CHECK(error.contains(QStringLiteral("上级分类")));
    CHECK_FALSE(model.setData(model.index(6, M::Parent), QStringLiteral("E9")));
    CHECK_FALSE(model.setData(model.index(1, M::Parent),
                              QStringLiteral("E2"))); // nodes have no parent cell
    CHECK(model.setData(model.index(6, M::Parent), QStringLiteral("E2")));

    d = model.decision(QStringLiteral("2026-11-21"), QStringLiteral("张"), &error);
    REQUIRE(d);
    QStringList adopted;
    for (const WorkshopDecision::Node &n : d->adopted)
        adopted << n.node + QLatin1Char(':') + QString::number(n.priority);
    CHECK(adopted == QStringList{QStringLiteral("E2.2:1"), QStringLiteral("E1:1"),
                                 QStringLiteral("E3.1:2"),
                                 QStringLiteral("E2.6:3")}); // 李 gave it 3
    REQUIRE(d->newKinds.size() == 1);
    CHECK(d->newKinds[0].leadPositions == QStringList{QStringLiteral("数据分析")});
    REQUIRE(ws->execute(new AdoptWorkshopCommand(ws.get(), *d, QString())));
    CHECK(queryText(*ws, "SELECT reason FROM workshop_decision_nodes WHERE node_code = 'E2.6'") ==
          QStringLiteral("售电公司是下一年重点"));
    CHECK(queryText(*ws, "SELECT reason FROM workshop_decision_nodes WHERE node_code = 'E2.4'") ==
          QStringLiteral("部门负责人未采纳"));
    CHECK(queryCount(*ws, "SELECT count(*) FROM dept_scope WHERE dept_code = 'MKT'") == 5);
}
