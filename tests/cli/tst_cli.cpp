// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// The command line as a user runs it: the real executable, exit codes, stdout and stderr.
#include "TestWorkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {
struct Run
{
    int code;
    QString out, err;
};

Run run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PORTRAIT_BINARY), args);
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
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
