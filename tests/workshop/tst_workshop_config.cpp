// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// An adopted workshop's outcome in the configuration file (docs/config-format.md): the scope with
// its evidence, the positions' assignments (岗位级定位) and the local nodes travel through
// `config export` and `config import`; a bad reference is refused by its JSON path.
#include "TestWorkspace.h"
#include "WorkshopFixture.h"

#include "commands/AdoptWorkshopCommand.h"
#include "commands/ReplaceConfigCommand.h"
#include "core/Error.h"
#include "core/Workspace.h"
#include "io/ConfigReader.h"
#include "io/ConfigWriter.h"
#include "io/WorkshopReader.h"
#include "models/AdoptionDecisionModel.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"
#include "storage/WorkshopRepository.h"
#include "workshop/AdoptionDraft.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace portrait;

namespace {

// Adopts the marketing workshop with the head's changes: the new kind accepted under E2 (a local
// node E2.L1) and 数据分析专责 as 协同 of E2.2.
void adoptMarketingWorkshop(Workspace &ws)
{
    const qint64 id = insertMarketingWorkshop(ws);
    WorkshopRepository repository(ws.db());
    const WorkshopSession s = repository.load(id);
    const AdoptionDraft draft(s, WorkshopRound::Initial, repository.positions(s.department));
    AdoptionDecisionModel model(s, draft, repository.nodeNames());
    using M = AdoptionDecisionModel;
    const int kind = model.rowCount() - 1;
    REQUIRE(model.setData(model.index(kind, M::Adopt), Qt::Checked, Qt::CheckStateRole));
    REQUIRE(model.setData(model.index(kind, M::Parent), QStringLiteral("E2")));
    REQUIRE(model.setData(model.index(0, model.positionColumn(QStringLiteral("数据分析专责"))),
                          M::kSupport));
    QString error;
    const auto decision =
        model.decision(QStringLiteral("2026-11-21"), QStringLiteral("张"), &error);
    REQUIRE(decision);
    REQUIRE(ws.execute(new AdoptWorkshopCommand(&ws, *decision, QString())));
}

// The department's outcome as text: scope with evidence, then assignments by position.
QString outcome(Workspace &ws)
{
    QString text;
    Statement scope(ws.db(), "SELECT node_code, priority, evidence FROM dept_scope "
                             "WHERE dept_code = 'MKT' ORDER BY ord");
    while (scope.step())
        text += QStringLiteral("scope %1 %2 %3\n")
                    .arg(scope.text(0))
                    .arg(scope.integer(1))
                    .arg(scope.text(2));
    Statement pos(ws.db(),
                  "SELECT p.name_zh, n.node_code, n.role, n.evidence FROM position_nodes n "
                  "JOIN positions p ON p.id = n.position_id WHERE p.dept_code = 'MKT' "
                  "ORDER BY p.ord, n.ord");
    while (pos.step())
        text += QStringLiteral("position %1 %2 %3 %4\n")
                    .arg(pos.text(0), pos.text(1), pos.text(2), pos.text(3));
    return text;
}

} // namespace

TEST_CASE("config export then import keeps an adopted workshop's scope and assignments")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    adoptMarketingWorkshop(*ws);
    const QString adopted = outcome(*ws);
    CHECK(adopted.contains(QStringLiteral("scope E2.L1 1 workshop")));
    CHECK(adopted.contains(QStringLiteral("position 数据分析专责 E2.2 support workshop")));
    CHECK(adopted.contains(QStringLiteral("position 数据分析 E2.L1 lead workshop")));

    const QByteArray exported = ConfigWriter::write(ConfigRepository::load(ws->db()));
    CHECK(exported.contains("\"evidence\": \"workshop\""));
    // Into the same workspace: nothing is lost, and the export is byte for byte the same.
    REQUIRE(ws->execute(new ReplaceConfigCommand(
        ws.get(), ConfigReader::read(exported, QStringLiteral("c.json")), QString())));
    CHECK(outcome(*ws) == adopted);
    CHECK(ConfigWriter::write(ConfigRepository::load(ws->db())) == exported);
    CHECK(queryCount(*ws, "SELECT count(*) FROM pragma_foreign_key_check") == 0);
    // Undoing the import keeps them too (the previous configuration carries them).
    ws->undoStack()->undo();
    CHECK(outcome(*ws) == adopted);

    // Into another workspace: the department's outcome arrives with the file.
    QTemporaryDir otherDir;
    auto other = makeSeededWorkspace(otherDir.path());
    CHECK(outcome(*other) != adopted);
    REQUIRE(other->execute(new ReplaceConfigCommand(
        other.get(), ConfigReader::read(exported, QStringLiteral("c.json")), QString())));
    CHECK(outcome(*other) == adopted);
}

TEST_CASE("a config whose position serves an unknown node is refused and changes nothing")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    adoptMarketingWorkshop(*ws);
    const QString before = dumpWorkspace(*ws);
    QJsonObject doc =
        QJsonDocument::fromJson(ConfigWriter::write(ConfigRepository::load(ws->db()))).object();
    QJsonArray departments = doc.value(QStringLiteral("departments")).toArray();
    qsizetype mkt = 0;
    while (departments[mkt].toObject().value(QStringLiteral("code")).toString() !=
           QLatin1String("MKT"))
        ++mkt;
    QJsonObject department = departments[mkt].toObject();
    QJsonArray positions = department.value(QStringLiteral("positions")).toArray();
    QJsonObject manager = positions[2].toObject(); // 客户经理
    QJsonArray nodes = manager.value(QStringLiteral("nodes")).toArray();
    REQUIRE(nodes.size() >= 2);
    QJsonObject node = nodes[1].toObject();
    node.insert(QStringLiteral("node"), QStringLiteral("E2.L9"));
    nodes[1] = node;
    manager.insert(QStringLiteral("nodes"), nodes);
    positions[2] = manager;
    department.insert(QStringLiteral("positions"), positions);
    departments[mkt] = department;
    doc.insert(QStringLiteral("departments"), departments);

    const std::string path =
        "$.departments[" + std::to_string(mkt) + "].positions[2].nodes[1].node";
    try {
        ReplaceConfigCommand(
            ws.get(), ConfigReader::read(QJsonDocument(doc).toJson(), QStringLiteral("bad.json")),
            QString())
            .redo();
        FAIL("accepted an unknown node");
    } catch (const Error &e) {
        CHECK(e.message().contains(QStringLiteral("bad.json")));
        CHECK(e.message().contains(QString::fromStdString(path)));
        CHECK(e.message().contains(QStringLiteral("岗位「客户经理」服务的分类代码 E2.L9 不存在")));
    }
    CHECK(dumpWorkspace(*ws) == before);
}
