// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "TestWorkspace.h"

#include "commands/ReplaceConfigCommand.h"
#include "core/Error.h"
#include "core/Workspace.h"
#include "io/ConfigReader.h"
#include "io/ConfigWriter.h"
#include "io/DefaultContent.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"

#include <QDir>
#include <QTemporaryDir>

using namespace portrait;

TEST_CASE("config export, import, export gives identical JSON")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    const QByteArray first = ConfigWriter::write(ConfigRepository::load(ws->db()));
    const Config read = ConfigReader::read(first, QStringLiteral("first.json"));
    ReplaceConfigCommand(ws.get(), read, QString()).redo();
    const QByteArray second = ConfigWriter::write(ConfigRepository::load(ws->db()));
    CHECK(first == second);
    CHECK(queryCount(*ws, "SELECT count(*) FROM pragma_foreign_key_check") == 0);
}

TEST_CASE("the default content loads and every primary node has a rule")
{
    const Config c = DefaultContent::config();
    CHECK(c.valueGoals.size() == 3);
    CHECK(c.resources.size() == 5);
    CHECK(c.stages.size() == 4);
    CHECK(c.departments.size() == 16);
    QStringList outcomes;
    for (const Rule &r : c.rules) {
        if (r.group == QLatin1String("primary") && r.outcome)
            outcomes << *r.outcome;
    }
    for (const TaxonomyNode &n : c.taxonomy) {
        if (n.kind == QLatin1String("primary") || n.kind == QLatin1String("primary_role") ||
            n.kind == QLatin1String("group_fallback"))
            CHECK(outcomes.contains(n.code));
    }
}

TEST_CASE("a minimal configuration is accepted")
{
    const Config c = ConfigReader::readFile(testDataPath(QStringLiteral("config/minimal.json")));
    CHECK(c.services.size() == 1);
}

TEST_CASE("every bad configuration file is refused with its message and changes nothing")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    const QString before = dumpWorkspace(*ws);
    const QDir bad(testDataPath(QStringLiteral("config/bad")));
    const QStringList files = bad.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 30);
    for (const QString &name : files) {
        const QString path = bad.filePath(name);
        const QString expected =
            QString::fromUtf8(readFile(path.chopped(5) + QStringLiteral(".expected"))).trimmed();
        INFO(name.toStdString());
        REQUIRE_FALSE(expected.isEmpty());
        try {
            ReplaceConfigCommand(ws.get(), ConfigReader::readFile(path), QString()).redo();
            FAIL("accepted " << name.toStdString());
        } catch (const Error &e) {
            CHECK(e.message().contains(path));
            CHECK(e.message().contains(expected));
        }
        CHECK(dumpWorkspace(*ws) == before);
    }
}

TEST_CASE("a configuration that drops what customers use is reported")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    Config c = ConfigReader::readFile(testDataPath(QStringLiteral("config/minimal.json")));
    const QStringList dangling = ConfigRepository::danglingReferences(ws->db(), c);
    // The seeded internal customers carry the label 主业单位, which the minimal file lacks.
    CHECK(dangling.filter(QStringLiteral("主业单位")).size() == 1);
}
