// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "TestWorkspace.h"

#include "core/Error.h"
#include "core/Workspace.h"
#include "storage/Database.h"
#include "storage/ImportWriter.h"
#include "storage/Schema.h"

#include <QFile>
#include <QTemporaryDir>

using namespace portrait;

TEST_CASE("a new workspace is seeded with the default content")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    CHECK(ws->db().userVersion() == Schema::currentVersion);
    CHECK(queryCount(*ws, "PRAGMA application_id") == Schema::applicationId);
    CHECK(queryText(*ws, "PRAGMA journal_mode") == QStringLiteral("wal"));
    CHECK(queryCount(*ws, "PRAGMA foreign_keys") == 1);
    CHECK(queryCount(*ws, "SELECT count(*) FROM departments") == 16);
    CHECK(queryCount(*ws, "SELECT count(*) FROM taxonomy") == 35);
    CHECK(queryCount(*ws, "SELECT count(*) FROM attributes WHERE canonical = 1") == 35);
    // Every article example is there.
    for (const char *sql : {"SELECT count(*) FROM services WHERE name_zh LIKE '%成本测算工具模板%'",
                            "SELECT count(*) FROM services WHERE name_zh LIKE '%回款风险评估模型%'",
                            "SELECT count(*) FROM services WHERE name_zh LIKE '%人才精准供给体系%'",
                            "SELECT count(*) FROM services WHERE name_zh LIKE '%标准化数据服务包%'",
                            "SELECT count(*) FROM services WHERE name_zh LIKE '%碳排放抵消%'",
                            "SELECT count(*) FROM services WHERE name_zh LIKE '%源网荷储%'",
                            "SELECT count(*) FROM resources WHERE code = 'RA5'",
                            "SELECT count(*) FROM taxonomy WHERE code IN ('C1', 'C2')"})
        CHECK(queryCount(*ws, sql) >= 1);
    // Internal customers exist for every department, so functional departments serve someone.
    CHECK(queryCount(*ws, "SELECT count(*) FROM departments d WHERE NOT EXISTS (SELECT 1 FROM "
                          "customers c WHERE c.entity_kind = '内部部门' AND c.name = d.name_zh)") == 0);
    CHECK(queryCount(*ws, "SELECT count(*) FROM customers WHERE entity_kind = '基层单位'") > 0);
    CHECK(queryCount(*ws, "SELECT count(*) FROM customers WHERE entity_kind = '岗位'") > 0);
    CHECK(queryText(*ws, "PRAGMA integrity_check") == QStringLiteral("ok"));
    CHECK(queryCount(*ws, "SELECT count(*) FROM pragma_foreign_key_check") == 0);
}

TEST_CASE("files that are not workspaces are refused with a clear message")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.pwb"));
    QFile f(text);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    REQUIRE_THROWS_WITH(Workspace::open(text), Catch::Contains("不是工作区文件"));

    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    Database::open(other, Database::Mode::Create)->exec("CREATE TABLE t (v)");
    REQUIRE_THROWS_WITH(Workspace::open(other), Catch::Contains("不是客户画像工作台的工作区文件"));

    const QString newer = dir.filePath(QStringLiteral("newer.pwb"));
    makeSeededWorkspace(dir.path()).reset();
    QFile::copy(dir.filePath(QStringLiteral("test.pwb")), newer);
    Database::open(newer, Database::Mode::ReadWrite)->exec("PRAGMA user_version = 99");
    REQUIRE_THROWS_WITH(Workspace::open(newer), Catch::Contains("更新的版本"));
    REQUIRE_THROWS_WITH(Workspace::open(dir.filePath(QStringLiteral("missing.pwb"))),
                        Catch::Contains("文件不存在"));
}

TEST_CASE("a read-only workspace opens, and refuses writes without changing")
{
    QTemporaryDir dir;
    makeSeededWorkspace(dir.path()).reset();
    const QString path = dir.filePath(QStringLiteral("test.pwb"));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup);
    if (QFileInfo(path).isWritable()) // running as root: permissions do not bind
        return;
    auto ws = Workspace::open(path);
    CHECK(ws->isReadOnly());
    REQUIRE_THROWS_WITH(ws->setSetting(QStringLiteral("x"), QStringLiteral("y")),
                        Catch::Contains("只读"));
}

TEST_CASE("a locked workspace gives a clear message")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    auto other = Database::open(ws->path(), Database::Mode::ReadWrite);
    other->exec("PRAGMA busy_timeout = 0");
    other->exec("BEGIN IMMEDIATE");
    REQUIRE_THROWS_WITH(ws->db().transaction([&] { ws->setSetting(QStringLiteral("k"), QStringLiteral("v")); }),
                        Catch::Contains("锁定"));
    other->exec("ROLLBACK");
    CHECK(ws->setting(QStringLiteral("k")).isEmpty());
}

TEST_CASE("save a copy writes a consistent self-contained file while the workspace is open")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    ws->setSetting(QStringLiteral("marker"), QStringLiteral("42"));
    const QString copy = dir.filePath(QStringLiteral("copy.pwb"));
    ws->saveCopy(copy);
    CHECK_FALSE(QFile::exists(copy + QStringLiteral("-wal")));
    auto reopened = Workspace::open(copy);
    CHECK(reopened->setting(QStringLiteral("marker")) == QStringLiteral("42"));
    CHECK(dumpWorkspace(*reopened) == dumpWorkspace(*ws));
    CHECK(queryText(*reopened, "PRAGMA integrity_check") == QStringLiteral("ok"));
}

TEST_CASE("a version 3 workspace migrates to the current version: snapshots table added, two indexes dropped, data and backup kept")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.pwb"));
    REQUIRE(QFile::copy(testDataPath(QStringLiteral("workspaces/v3.pwb")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        REQUIRE(db->userVersion() == 3);
    }
    auto ws = Workspace::open(path);
    CHECK(ws->db().userVersion() == Schema::currentVersion);
    CHECK(Schema::currentVersion >= 4);
    CHECK(QFile::exists(path + QStringLiteral(".v3.bak")));
    // What version 3 held is still there: customers, their classification, the workshop.
    CHECK(queryCount(*ws, "SELECT count(*) FROM customers") == 30);
    CHECK(queryCount(*ws, "SELECT count(*) FROM classifications") == 30);
    CHECK(queryText(*ws, "SELECT title FROM workshop_sessions") == QStringLiteral("市场部客户共创会"));
    CHECK(queryCount(*ws, "SELECT count(*) FROM portrait_snapshots") == 0);
    // Version 5: the customer indexes a new workspace has, no more.
    CHECK(queryText(*ws, "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema WHERE "
                         "type = 'index' AND tbl_name = 'customers' AND sql IS NOT NULL ORDER BY name)") ==
          QStringLiteral("customers_credit customers_demo customers_kind customers_name customers_no"));
    // Version 6: the column cache, empty, with the triggers that keep it current.
    CHECK(queryCount(*ws, "SELECT count(*) FROM column_cache") == 0);
    CHECK(queryCount(*ws, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'customers_cache_%'") == 5);
    ws->db().exec("INSERT INTO portrait_snapshots(dept_code, title, created_at, portrait) "
                  "VALUES ('MKT', 't', '2026-11-26', '{}')");
    CHECK(queryCount(*ws, "SELECT count(*) FROM portrait_snapshots WHERE dept_code = 'MKT'") == 1);
    CHECK(queryText(*ws, "PRAGMA integrity_check") == QStringLiteral("ok"));
    CHECK(queryCount(*ws, "SELECT count(*) FROM pragma_foreign_key_check") == 0);
    auto backup = Database::open(path + QStringLiteral(".v3.bak"), Database::Mode::ReadOnly);
    CHECK(backup->userVersion() == 3);
}

TEST_CASE("a bulk import writes through a rollback journal only while it is the workspace's only user")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    Database &db = ws->db();
    {
        const ImportWriter::BulkJournal journal(db, true);
        CHECK(journal.active());
        CHECK(queryText(*ws, "PRAGMA journal_mode") == QStringLiteral("delete"));
        CHECK(queryCount(*ws, "PRAGMA synchronous") == 2); // FULL
        db.transaction([&] { db.exec("INSERT INTO labels (name, ord) VALUES ('批量', 99)"); });
    }
    CHECK(queryText(*ws, "PRAGMA journal_mode") == QStringLiteral("wal"));
    CHECK(queryCount(*ws, "PRAGMA synchronous") == 1); // NORMAL
    CHECK(queryCount(*ws, "SELECT count(*) FROM labels WHERE name = '批量'") == 1);

    {
        const ImportWriter::BulkJournal small(db, false);
        CHECK_FALSE(small.active());
        CHECK(queryText(*ws, "PRAGMA journal_mode") == QStringLiteral("wal"));
    }
    // A second connection (the window's, a reader's) keeps the WAL: nothing changes.
    auto reader = Database::open(ws->path(), Database::Mode::ReadOnly);
    Statement read(*reader, "SELECT count(*) FROM customers");
    REQUIRE(read.step());
    read.reset();
    {
        const ImportWriter::BulkJournal journal(db, true);
        CHECK_FALSE(journal.active());
        CHECK(queryText(*ws, "PRAGMA journal_mode") == QStringLiteral("wal"));
    }
}
