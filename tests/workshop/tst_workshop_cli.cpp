// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// `portrait-workbench workshop …` as a user runs it: exit codes, stdout, the JSON keys.
#include "TestWorkspace.h"
#include "WorkshopFixture.h"

#include "core/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

namespace {

using Run = CliRun;

Run run(const QStringList &args)
{
    return runCli(args);
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

QString dump(const QString &workspace)
{
    return dumpWorkspace(*portrait::Workspace::open(workspace));
}

const QString W = QStringLiteral("workshop");

} // namespace

TEST_CASE("workshop import, summary, adopt and export")
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("w.pwb"));
    REQUIRE(run({QStringLiteral("init"), ws}).code == 0);
    const QString file = write(dir, QStringLiteral("m.json"), bytes(marketingWorkshop()));

    const Run imported = run({W, QStringLiteral("import"), ws, file});
    REQUIRE(imported.code == 0);
    const QString id = imported.out.section(QLatin1Char('\n'), 0, 0);
    CHECK(id == QStringLiteral("1"));
    CHECK(imported.out.contains(QStringLiteral("数据分析")));

    const Run summary = run({W, QStringLiteral("summary"), ws, id, QStringLiteral("--json")});
    REQUIRE(summary.code == 0);
    const QJsonObject o = QJsonDocument::fromJson(summary.out.toUtf8()).object();
    for (const char *key : {"kappa", "ac1", "nodes", "positions", "flagged_nodes", "disagreements",
                            "pain_points", "positions_without_node"})
        CHECK(o.contains(QLatin1String(key)));
    CHECK(o.value(QStringLiteral("kappa")).isDouble());
    CHECK(o.value(QStringLiteral("revote")).isNull());
    const QJsonObject first = o.value(QStringLiteral("nodes")).toArray().first().toObject();
    CHECK(first.value(QStringLiteral("node")).toString() == QStringLiteral("E2.2"));
    CHECK(first.value(QStringLiteral("share")).toDouble() == 1.0);
    CHECK(first.value(QStringLiteral("agreement")).isDouble());
    const QJsonObject position = o.value(QStringLiteral("positions")).toArray().first().toObject();
    CHECK(position.contains(QStringLiteral("position")));
    CHECK(position.value(QStringLiteral("divergence")).isDouble());

    const Run plain = run({W, QStringLiteral("summary"), ws, id});
    CHECK(plain.code == 0);
    CHECK(plain.out.contains(QStringLiteral("初评一致度")));
    CHECK(plain.out.contains(QStringLiteral("工具包候选")));

    const Run adopt = run({W, QStringLiteral("adopt"), ws, id, QStringLiteral("--date"),
                           QStringLiteral("2026-11-21")});
    REQUIRE(adopt.code == 0);
    CHECK(adopt.out.contains(QStringLiteral("待讨论、未纳入：E3.1")));
    CHECK(adopt.out.contains(QStringLiteral("数据分析专责")));
    {
        auto w = portrait::Workspace::open(ws);
        CHECK(queryText(
                  *w, "SELECT group_concat(node_code, ' ') FROM (SELECT node_code FROM dept_scope "
                      "WHERE dept_code = 'MKT' AND evidence = 'workshop' ORDER BY ord)") ==
              QStringLiteral("E2.2 E2.4 E1"));
        CHECK(queryCount(*w, "SELECT count(*) FROM dept_scope WHERE dept_code = 'MKT'") == 3);
    }

    const QString out = dir.filePath(QStringLiteral("out.json"));
    CHECK(run({W, QStringLiteral("export"), ws, id, QStringLiteral("-o"), out}).code == 0);
    const QJsonObject exported = QJsonDocument::fromJson(readFile(out)).object();
    CHECK(exported.value(QStringLiteral("format")).toString() ==
          QStringLiteral("portrait-workshop"));
    CHECK(exported.value(QStringLiteral("participants")).toArray().size() == 6);

    const Run list = run({W, QStringLiteral("list"), ws, QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(list.out.toUtf8())
              .array()
              .first()
              .toObject()
              .value(QStringLiteral("status")) == QStringLiteral("adopted"));
}

TEST_CASE("workshop commands: usage errors, refusals, unchanged workspace, English")
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("w.pwb"));
    REQUIRE(run({QStringLiteral("init"), ws}).code == 0);
    const QString before = dump(ws);

    CHECK(run({W, QStringLiteral("import"), ws}).code == 2);
    CHECK(run({W, QStringLiteral("summary"), ws, QStringLiteral("abc")}).code == 2);
    CHECK(run({W, QStringLiteral("adopt"), ws, QStringLiteral("1"), QStringLiteral("--bogus")})
              .code == 2);
    CHECK(run({W, QStringLiteral("export"), ws, QStringLiteral("1")}).code == 2);
    const Run missing = run({W, QStringLiteral("summary"), ws, QStringLiteral("7")});
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("7")));

    QJsonObject bad = marketingWorkshop();
    bad.insert(QStringLiteral("department"), QStringLiteral("NOPE"));
    const Run refused =
        run({W, QStringLiteral("import"), ws, write(dir, QStringLiteral("b.json"), bytes(bad))});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("$.department")));
    CHECK(refused.err.contains(QStringLiteral("NOPE")));
    CHECK(dump(ws) == before);

    const QString file = write(dir, QStringLiteral("m.json"), bytes(marketingWorkshop()));
    REQUIRE(run({W, QStringLiteral("import"), ws, file}).code == 0);
    const Run badDate = run({W, QStringLiteral("adopt"), ws, QStringLiteral("1"),
                             QStringLiteral("--date"), QStringLiteral("soon")});
    CHECK(badDate.code == 1);
    const Run english = run({W, QStringLiteral("summary"), ws, QStringLiteral("1"),
                             QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(english.code == 0);
    CHECK(english.out.contains(QStringLiteral("κ = ")));
}

namespace {

// The MKT department's adopted outcome: scope with evidence and the positions' assignments.
QString mktOutcome(const QString &workspace)
{
    auto w = portrait::Workspace::open(workspace);
    return queryText(*w, "SELECT group_concat(x, ' ') FROM (SELECT node_code || ':' || evidence "
                         "AS x FROM dept_scope WHERE dept_code = 'MKT' ORDER BY ord)") +
           QLatin1Char('|') +
           queryText(*w, "SELECT group_concat(x, ' ') FROM (SELECT p.name_zh || ':' || n.node_code "
                         "|| ':' || n.role || ':' || n.evidence AS x FROM position_nodes n JOIN "
                         "positions p ON p.id = n.position_id WHERE p.dept_code = 'MKT' "
                         "ORDER BY p.ord, n.ord)");
}

} // namespace

TEST_CASE("config export and import carry an adopted workshop's assignments")
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("w.pwb"));
    REQUIRE(run({QStringLiteral("init"), ws}).code == 0);
    const QString file = write(dir, QStringLiteral("m.json"), bytes(marketingWorkshop()));
    REQUIRE(run({W, QStringLiteral("import"), ws, file}).code == 0);
    REQUIRE(run({W, QStringLiteral("adopt"), ws, QStringLiteral("1")}).code == 0);
    const QString adopted = mktOutcome(ws);
    CHECK(adopted.contains(QStringLiteral("E2.2:workshop")));
    CHECK(adopted.contains(QStringLiteral("客户经理:E2.2:lead:workshop")));

    const QString config = dir.filePath(QStringLiteral("c.json"));
    const QString C = QStringLiteral("config");
    REQUIRE(run({C, QStringLiteral("export"), ws, QStringLiteral("-o"), config}).code == 0);
    const Run again = run({C, QStringLiteral("import"), ws, config});
    REQUIRE(again.code == 0);
    CHECK_FALSE(again.out.contains(QStringLiteral("岗位定位")));
    CHECK(mktOutcome(ws) == adopted);
    const QString other = dir.filePath(QStringLiteral("other.pwb"));
    REQUIRE(run({QStringLiteral("init"), other}).code == 0);
    REQUIRE(run({C, QStringLiteral("import"), other, config}).code == 0);
    CHECK(mktOutcome(other) == adopted);

    // The first assignment of the first position that has one names a node nobody defines.
    QJsonObject doc = QJsonDocument::fromJson(readFile(config)).object();
    QJsonArray departments = doc.value(QStringLiteral("departments")).toArray();
    QString path;
    for (qsizetype d = 0; d < departments.size() && path.isEmpty(); ++d) {
        QJsonObject department = departments[d].toObject();
        QJsonArray positions = department.value(QStringLiteral("positions")).toArray();
        for (qsizetype p = 0; p < positions.size() && path.isEmpty(); ++p) {
            QJsonObject position = positions[p].toObject();
            QJsonArray nodes = position.value(QStringLiteral("nodes")).toArray();
            if (nodes.isEmpty())
                continue;
            QJsonObject node = nodes[0].toObject();
            node.insert(QStringLiteral("node"), QStringLiteral("E7.7"));
            nodes[0] = node;
            position.insert(QStringLiteral("nodes"), nodes);
            positions[p] = position;
            department.insert(QStringLiteral("positions"), positions);
            departments[d] = department;
            path = QStringLiteral("$.departments[%1].positions[%2].nodes[0].node").arg(d).arg(p);
        }
    }
    REQUIRE_FALSE(path.isEmpty());
    doc.insert(QStringLiteral("departments"), departments);
    const QString before = dump(ws);
    const Run refused = run({C, QStringLiteral("import"), ws,
                             write(dir, QStringLiteral("bad.json"), QJsonDocument(doc).toJson())});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(path));
    CHECK(refused.err.contains(QStringLiteral("E7.7")));
    CHECK(dump(ws) == before);

    // A file without the assignments (written before the workshop) removes them, and says so.
    for (qsizetype d = 0; d < departments.size(); ++d) {
        QJsonObject department = departments[d].toObject();
        QJsonArray positions = department.value(QStringLiteral("positions")).toArray();
        for (qsizetype p = 0; p < positions.size(); ++p) {
            QJsonObject position = positions[p].toObject();
            position.remove(QStringLiteral("nodes"));
            positions[p] = position;
        }
        department.insert(QStringLiteral("positions"), positions);
        departments[d] = department;
    }
    doc.insert(QStringLiteral("departments"), departments);
    const Run old = run({C, QStringLiteral("import"), ws,
                         write(dir, QStringLiteral("old.json"), QJsonDocument(doc).toJson())});
    CHECK(old.code == 0);
    CHECK(old.out.contains(QStringLiteral("已移除的岗位定位")));
    CHECK(old.out.contains(QStringLiteral("部门 MKT 岗位「客户经理」：E2.2（主责，共创）")));
    CHECK(mktOutcome(ws).endsWith(QLatin1Char('|')));
}
