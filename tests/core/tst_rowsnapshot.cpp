// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "TestWorkspace.h"

#include "commands/RowCommands.h"
#include "commands/SetValueCommand.h"
#include "core/Workspace.h"

#include <QTemporaryDir>
#include <QUndoStack>

using namespace portrait;

TEST_CASE("deleting a taxonomy subtree takes its links along and undo restores every row")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    const QString before = dumpWorkspace(*ws);
    REQUIRE(queryCount(*ws, "SELECT count(*) FROM service_targets WHERE node_code LIKE 'E2.%'") > 0);

    REQUIRE(ws->execute(new DeleteRowsCommand(ws.get(), QStringLiteral("taxonomy"),
                                              QStringLiteral("code"), QStringLiteral("E2"),
                                              QStringLiteral("delete E2"))));
    CHECK(queryCount(*ws, "SELECT count(*) FROM taxonomy WHERE code LIKE 'E2%'") == 0);
    CHECK(queryCount(*ws, "SELECT count(*) FROM service_targets WHERE node_code LIKE 'E2%'") == 0);
    CHECK(queryCount(*ws, "SELECT count(*) FROM dept_scope WHERE node_code LIKE 'E2%'") == 0);

    ws->undoStack()->undo();
    CHECK(dumpWorkspace(*ws) == before);
    ws->undoStack()->redo();
    CHECK(queryCount(*ws, "SELECT count(*) FROM taxonomy WHERE code LIKE 'E2%'") == 0);
    ws->undoStack()->undo();
    CHECK(dumpWorkspace(*ws) == before);
}

TEST_CASE("deleting a department restores positions, services and the owners that pointed at them")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    const QString before = dumpWorkspace(*ws);
    REQUIRE(ws->execute(new DeleteRowsCommand(ws.get(), QStringLiteral("departments"),
                                              QStringLiteral("code"), QStringLiteral("FIN"),
                                              QStringLiteral("delete FIN"))));
    CHECK(queryCount(*ws, "SELECT count(*) FROM services WHERE dept_code = 'FIN'") == 0);
    CHECK(queryCount(*ws, "SELECT count(*) FROM positions WHERE dept_code = 'FIN'") == 0);
    ws->undoStack()->undo();
    CHECK(dumpWorkspace(*ws) == before);
    CHECK(queryCount(*ws, "SELECT count(*) FROM pragma_foreign_key_check") == 0);
}

TEST_CASE("typing in one field merges into one undo step; links replace as one step")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    const QString original = queryText(*ws, "SELECT name_zh FROM needs WHERE code = 'N01'");
    for (const char *text : {"用", "用上", "用上电！"})
        ws->execute(new SetValueCommand(ws.get(), QStringLiteral("needs"), QStringLiteral("code"),
                                        QStringLiteral("N01"), QStringLiteral("name_zh"),
                                        QString::fromUtf8(text), QStringLiteral("rename")));
    CHECK(ws->undoStack()->count() == 1);
    CHECK(queryText(*ws, "SELECT name_zh FROM needs WHERE code = 'N01'") == QStringLiteral("用上电！"));
    ws->undoStack()->undo();
    CHECK(queryText(*ws, "SELECT name_zh FROM needs WHERE code = 'N01'") == original);

    const QString links = queryText(*ws, "SELECT group_concat(need_code) FROM service_needs "
                                         "WHERE service_code = 'MKT-01'");
    ws->execute(new SetLinksCommand(ws.get(), QStringLiteral("service_needs"),
                                    QStringLiteral("service_code"), QStringLiteral("MKT-01"),
                                    QStringLiteral("need_code"), {QStringLiteral("N02")},
                                    QStringLiteral("links")));
    CHECK(queryText(*ws, "SELECT group_concat(need_code) FROM service_needs "
                         "WHERE service_code = 'MKT-01'") == QStringLiteral("N02"));
    ws->undoStack()->undo();
    CHECK(queryText(*ws, "SELECT group_concat(need_code) FROM service_needs "
                         "WHERE service_code = 'MKT-01' ORDER BY ord") == links);
}

TEST_CASE("an edit that fails is dropped and reported, the workspace unchanged")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    const QString before = dumpWorkspace(*ws);
    QString error;
    // A department type outside the allowed set violates the schema's CHECK constraint.
    CHECK_FALSE(ws->execute(new SetValueCommand(ws.get(), QStringLiteral("departments"),
                                                QStringLiteral("code"), QStringLiteral("MKT"),
                                                QStringLiteral("type"), QStringLiteral("team"),
                                                QStringLiteral("bad")),
                            &error));
    CHECK(error.contains(QStringLiteral("约束")));
    CHECK(ws->undoStack()->count() == 0);
    CHECK(dumpWorkspace(*ws) == before);
}
