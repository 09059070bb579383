// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// `classify` and `explain` as a user runs them: the real executable, exit codes and output.
#include "TestWorkspace.h"

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
} // namespace

TEST_CASE("classify stores results and prints counts; explain shows the conditions")
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("w.pwb"));
    REQUIRE(run({QStringLiteral("init"), ws}).code == 0);

    const Run noDate = run({QStringLiteral("classify"), ws});
    CHECK(noDate.code == 0);
    CHECK(noDate.out.contains(QStringLiteral("未设置数据日期")));
    CHECK(noDate.out.contains(QStringLiteral("业务部门")));

    const Run c = run({QStringLiteral("classify"), ws, QStringLiteral("--data-date"),
                       QStringLiteral("2025-06-30"), QStringLiteral("--json")});
    REQUIRE(c.code == 0);
    const QJsonObject o = c.json();
    for (const char *key : {"customers", "primary", "stages", "roles", "credit", "dr"})
        CHECK(o.contains(QLatin1String(key)));
    CHECK(o.value(QStringLiteral("customers")).toInt() == 30);
    CHECK(o.value(QStringLiteral("primary")).toObject().value(QStringLiteral("I1")).toInt() == 16);
    CHECK(o.value(QStringLiteral("stages")).toObject().value(QStringLiteral("L3")).toInt() == 30);
    CHECK(o.value(QStringLiteral("data_date")).toString() == QStringLiteral("2025-06-30"));
    CHECK(run({QStringLiteral("info"), ws, QStringLiteral("--json")}).json().value(QStringLiteral("data_date")).toString() ==
          QStringLiteral("2025-06-30"));

    const Run e = run({QStringLiteral("explain"), ws, QStringLiteral("INT-MKT"), QStringLiteral("--json")});
    REQUIRE(e.code == 0);
    const QJsonObject x = e.json();
    CHECK(x.value(QStringLiteral("customer_no")).toString() == QStringLiteral("INT-MKT"));
    const QJsonObject primary = x.value(QStringLiteral("primary")).toObject();
    CHECK(primary.value(QStringLiteral("category")).toString() == QStringLiteral("I1"));
    CHECK(primary.value(QStringLiteral("rule")).toString() == QStringLiteral("P03"));
    const QJsonObject leaf = primary.value(QStringLiteral("conditions")).toArray().first().toObject();
    CHECK(leaf.value(QStringLiteral("attr")).toString() == QStringLiteral("entity_kind"));
    CHECK(leaf.value(QStringLiteral("value")).toString() == QStringLiteral("内部部门"));
    CHECK(leaf.value(QStringLiteral("held")).toBool());

    const Run plain = run({QStringLiteral("explain"), ws, QStringLiteral("INT-MKT")});
    CHECK(plain.out.contains(QStringLiteral("主类：I1 业务部门（规则 P03）")));
    const Run english = run({QStringLiteral("explain"), ws, QStringLiteral("INT-MKT"), QStringLiteral("--lang"),
                             QStringLiteral("en")});
    CHECK(english.code == 0);
    CHECK(english.out.contains(QStringLiteral("Business departments")));

    CHECK(run({QStringLiteral("explain"), ws, QStringLiteral("NO-SUCH")}).code == 1);
    CHECK(run({QStringLiteral("explain"), ws}).code == 2);
    CHECK(run({QStringLiteral("classify"), ws, QStringLiteral("--data-date"), QStringLiteral("2025-13-01")}).code == 2);
    CHECK(run({QStringLiteral("classify"), dir.filePath(QStringLiteral("none.pwb"))}).code == 1);
    CHECK(run({QStringLiteral("--help")}).out.contains(QStringLiteral("classify")));
}
