// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "TestWorkspace.h"

#include "core/Error.h"
#include "storage/Database.h"

#include <QTemporaryDir>

using namespace portrait;

TEST_CASE("a failed transaction leaves nothing behind, nested ones roll back alone")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("t.db")), Database::Mode::Create);
    db->exec("CREATE TABLE t (v INTEGER)");
    REQUIRE_THROWS_AS(db->transaction([&] {
        db->exec("INSERT INTO t VALUES (1)");
        throw Error(QStringLiteral("boom"));
    }),
                      Error);
    Statement count(*db, "SELECT count(*) FROM t");
    REQUIRE(count.step());
    CHECK(count.integer(0) == 0);

    db->transaction([&] {
        db->exec("INSERT INTO t VALUES (1)");
        try {
            db->transaction([&] {
                db->exec("INSERT INTO t VALUES (2)");
                throw Error(QStringLiteral("inner"));
            });
        } catch (const Error &) {
        }
    });
    Statement sum(*db, "SELECT group_concat(v) FROM t");
    REQUIRE(sum.step());
    CHECK(sum.text(0) == QStringLiteral("1"));
    CHECK_FALSE(db->inTransaction());
}

TEST_CASE("statements bind values and never splice them into SQL")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("t.db")), Database::Mode::Create);
    db->exec("CREATE TABLE t (a, b, c, d)");
    const QString hostile = QStringLiteral("x'); DROP TABLE t; --");
    Statement ins(*db, "INSERT INTO t VALUES (?, ?, ?, ?)");
    ins.bindAll(hostile, qint64(42), 2.5, QVariant()).run();
    Statement sel(*db, "SELECT a, b, c, d FROM t");
    REQUIRE(sel.step());
    CHECK(sel.text(0) == hostile);
    CHECK(sel.integer(1) == 42);
    CHECK(sel.real(2) == 2.5);
    CHECK(sel.isNull(3));
}

TEST_CASE("opening refuses what is not there and never overwrites")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.db"));
    REQUIRE_THROWS_WITH(Database::open(path, Database::Mode::ReadWrite),
                        Catch::Contains("文件不存在"));
    Database::open(path, Database::Mode::Create)->exec("CREATE TABLE t (v)");
    REQUIRE_THROWS_WITH(Database::open(path, Database::Mode::Create), Catch::Contains("不会覆盖"));
}
