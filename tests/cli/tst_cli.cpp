// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// The command line as a user runs it: the real executable, exit codes, stdout and stderr.
#include "TestWorkspace.h"

#include "cli/CommandLine.h"
#include "core/Workspace.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {
using Run = CliRun;

Run run(const QStringList &args)
{
    return runCli(args);
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

TEST_CASE("version, help and usage errors")
{
    CHECK(run({QStringLiteral("--version")}).out.startsWith(QStringLiteral("portrait-workbench ")));
    CHECK(run({QStringLiteral("--help")}).out.contains(QStringLiteral("config export")));
    const Run unknown = run({QStringLiteral("frobnicate")});
    CHECK(unknown.code == 2);
    CHECK(unknown.err.contains(QStringLiteral("frobnicate")));
    CHECK(run({QStringLiteral("info")}).code == 2);
    CHECK(run({QStringLiteral("info"), QStringLiteral("a"), QStringLiteral("--bogus")}).code == 2);
}

TEST_CASE("a workspace file given alone opens the window; a command word does not")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("客户.pwb"));
    REQUIRE(run({QStringLiteral("init"), file}).code == 0);
    const QString app = QStringLiteral("portrait-workbench");
    CHECK_FALSE(portrait::CommandLine::isCommand({app, file}));
    CHECK_FALSE(portrait::CommandLine::isCommand({app, file, QStringLiteral("--lang"), QStringLiteral("en")}));
    CHECK(portrait::CommandLine::isCommand({app, dir.filePath(QStringLiteral("missing.pwb"))}));
    CHECK(portrait::CommandLine::isCommand({app, QStringLiteral("info"), file}));
    CHECK(portrait::CommandLine::isCommand({app, dir.path()}));
}

TEST_CASE("counts read right in English: one customer, two customers")
{
    QTemporaryDir dir;
    const QString en = QStringLiteral("--lang"), lang = QStringLiteral("en");
    const Run one = run({QStringLiteral("generate"), QStringLiteral("--count"), QStringLiteral("1"),
                         QStringLiteral("-o"), dir.filePath(QStringLiteral("1.csv")), en, lang});
    CHECK(one.out.contains(QStringLiteral("Generated 1 customer into")));
    const Run two = run({QStringLiteral("generate"), QStringLiteral("--count"), QStringLiteral("2"),
                         QStringLiteral("-o"), dir.filePath(QStringLiteral("2.csv")), en, lang});
    CHECK(two.out.contains(QStringLiteral("Generated 2 customers into")));
    const Run zh = run({QStringLiteral("generate"), QStringLiteral("--count"), QStringLiteral("2"),
                        QStringLiteral("-o"), dir.filePath(QStringLiteral("3.csv"))});
    CHECK(zh.out.contains(QStringLiteral("已生成 2 位客户到")));
}

TEST_CASE("init, info and departments")
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("w.pwb"));
    REQUIRE(run({QStringLiteral("init"), ws}).code == 0);
    const Run again = run({QStringLiteral("init"), ws});
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("不会覆盖")));

    const Run info = run({QStringLiteral("info"), ws, QStringLiteral("--json")});
    REQUIRE(info.code == 0);
    const QJsonObject o = QJsonDocument::fromJson(info.out.toUtf8()).object();
    for (const char *key : {"schema_version", "customers", "categories", "departments", "services", "rules"})
        CHECK(o.contains(QLatin1String(key)));
    CHECK(o.value(QStringLiteral("departments")).toInt() == 16);

    const Run deps = run({QStringLiteral("departments"), ws, QStringLiteral("--json")});
    REQUIRE(deps.code == 0);
    const QJsonArray list = QJsonDocument::fromJson(deps.out.toUtf8()).array();
    REQUIRE(list.size() == 16);
    for (const auto &v : list) {
        const QString type = v.toObject().value(QStringLiteral("type")).toString();
        CHECK(QStringList{QStringLiteral("business"), QStringLiteral("functional"),
                          QStringLiteral("collective"), QStringLiteral("affiliated")}
                  .contains(type));
    }
    CHECK(run({QStringLiteral("departments"), ws}).out.contains(QStringLiteral("人力资源部")));
    CHECK(run({QStringLiteral("departments"), ws, QStringLiteral("--lang"), QStringLiteral("en")})
              .out.contains(QStringLiteral("uman")));
    CHECK(run({QStringLiteral("info"), dir.filePath(QStringLiteral("none.pwb"))}).code == 1);
}

TEST_CASE("config export and import through the command line")
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("w.pwb"));
    REQUIRE(run({QStringLiteral("init"), ws}).code == 0);
    const QString a = dir.filePath(QStringLiteral("a.json")), b = dir.filePath(QStringLiteral("b.json"));
    REQUIRE(run({QStringLiteral("config"), QStringLiteral("export"), ws, QStringLiteral("-o"), a}).code == 0);
    REQUIRE(run({QStringLiteral("config"), QStringLiteral("import"), ws, a}).code == 0);
    REQUIRE(run({QStringLiteral("config"), QStringLiteral("export"), ws, QStringLiteral("-o"), b}).code == 0);
    CHECK(fileBytes(a) == fileBytes(b));

    const QString bad = testDataPath(QStringLiteral("config/bad/unknown-need-in-service.json"));
    const Run refused = run({QStringLiteral("config"), QStringLiteral("import"), ws, bad});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("$.services[0].needs[0]")));
    REQUIRE(run({QStringLiteral("config"), QStringLiteral("export"), ws, QStringLiteral("-o"), b}).code == 0);
    CHECK(fileBytes(a) == fileBytes(b));

    // Dropping a label that customers carry is refused, listing it.
    const Run dangling = run({QStringLiteral("config"), QStringLiteral("import"), ws,
                              testDataPath(QStringLiteral("config/minimal.json"))});
    CHECK(dangling.code == 1);
    CHECK(dangling.err.contains(QStringLiteral("主业单位")));
}

TEST_CASE("generate, import with a report, export, list and revert through the command line")
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("w.pwb"));
    const QString csv = dir.filePath(QStringLiteral("g.csv"));
    REQUIRE(run({QStringLiteral("init"), ws}).code == 0);
    REQUIRE(run({QStringLiteral("generate"), QStringLiteral("--count"), QStringLiteral("300"),
                 QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("-o"), csv})
                .code == 0);
    const QString again = dir.filePath(QStringLiteral("g2.csv"));
    run({QStringLiteral("generate"), QStringLiteral("--count"), QStringLiteral("300"),
         QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("-o"), again});
    CHECK(fileBytes(csv) == fileBytes(again)); // deterministic for a seed
    CHECK(run({QStringLiteral("generate"), QStringLiteral("--count"), QStringLiteral("x"),
               QStringLiteral("-o"), csv})
              .code == 2);

    const Run dry = run({QStringLiteral("customers"), QStringLiteral("import"), ws, csv,
                         QStringLiteral("--dry-run")});
    CHECK(dry.code == 0);
    CHECK(dry.out.contains(QStringLiteral("新建 300")));
    const Run imported = run({QStringLiteral("customers"), QStringLiteral("import"), ws, csv});
    CHECK(imported.code == 0);
    CHECK(imported.out.trimmed().split(QLatin1Char('\n')).last().contains(QStringLiteral("新建 300，更新 0，未变 0，拒绝 0")));
    {
        // Results are never stale: the import classified what it brought.
        auto opened = portrait::Workspace::open(ws);
        CHECK(queryCount(*opened, "SELECT count(*) FROM customer_classifications") == 330);
        CHECK(queryCount(*opened, "SELECT count(DISTINCT category) FROM customer_classifications") > 10);
    }
    const Run second = run({QStringLiteral("customers"), QStringLiteral("import"), ws, csv, QStringLiteral("--mode"), QStringLiteral("create")});
    CHECK(second.code == 1); // create refuses customers that exist
    const Run upsert = run({QStringLiteral("customers"), QStringLiteral("import"), ws, csv});
    CHECK(upsert.out.contains(QStringLiteral("未变 300")));

    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    {
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("户号,户名,电压等级\n1,甲,10\n2,乙,很高\n");
    }
    const QString errors = dir.filePath(QStringLiteral("errors.csv"));
    const Run refused = run({QStringLiteral("customers"), QStringLiteral("import"), ws, bad,
                             QStringLiteral("--errors"), errors});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("bad.csv:3")));
    CHECK(QString::fromUtf8(fileBytes(errors)).contains(QStringLiteral("很高")));
    const Run skipped = run({QStringLiteral("customers"), QStringLiteral("import"), ws, bad,
                             QStringLiteral("--skip-invalid")});
    CHECK(skipped.code == 0);
    CHECK(skipped.out.contains(QStringLiteral("新建 1")));

    const Run list = run({QStringLiteral("imports"), QStringLiteral("list"), ws, QStringLiteral("--json")});
    const QJsonArray batches = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(batches.size() == 3);
    for (const char *key : {"id", "file", "created", "updated"})
        CHECK(batches.last().toObject().contains(QLatin1String(key)));
    const QString last = QString::number(batches.last().toObject().value(QStringLiteral("id")).toInt());
    CHECK(run({QStringLiteral("imports"), QStringLiteral("revert"), ws, last}).code == 0);
    CHECK(run({QStringLiteral("imports"), QStringLiteral("revert"), ws, last}).code == 1);

    const QString out = dir.filePath(QStringLiteral("out.csv"));
    REQUIRE(run({QStringLiteral("customers"), QStringLiteral("export"), ws, QStringLiteral("-o"), out,
                 QStringLiteral("--headers"), QStringLiteral("zh"), QStringLiteral("--encoding"),
                 QStringLiteral("gb18030")})
                .code == 0);
    CHECK(fileBytes(out).size() > 10000);
}

TEST_CASE("init --sample leaves every sample customer classified")
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("sample.pwb"));
    REQUIRE(run({QStringLiteral("init"), ws, QStringLiteral("--sample")}).code == 0);
    auto db = portrait::Database::open(ws, portrait::Database::Mode::ReadOnly);
    portrait::Statement st(*db, "SELECT (SELECT count(*) FROM customers), "
                                "(SELECT count(*) FROM customer_classifications WHERE category IS NOT NULL)");
    REQUIRE(st.step());
    CHECK(st.integer(0) > 5000);
    CHECK(st.integer(1) == st.integer(0));
}
