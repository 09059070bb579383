// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// Snapshots and drill-down, headless: the portrait JSON read back, the snapshot undo commands,
// the comparison of two portraits, and the customers behind every kind of figure, whose number
// must be the figure, for every default department.
#include "TestWorkspace.h"

#include "commands/SnapshotCommands.h"
#include "core/Error.h"
#include "core/Workspace.h"
#include "io/CustomerGenerator.h"
#include "io/PortraitJsonReader.h"
#include "io/PortraitJsonWriter.h"
#include "portrait/PortraitBuilder.h"
#include "portrait/PortraitComparison.h"
#include "portrait/PortraitDrillDown.h"
#include "storage/Database.h"
#include "storage/PortraitDataLoader.h"
#include "storage/Reclassification.h"
#include "storage/SnapshotRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace portrait;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws = makeSeededWorkspace(dir.path());
    PortraitData data;
    Fixture()
    {
        REQUIRE(CustomerGenerator::addDemoCustomers(*ws, 600) == 600);
        Reclassification::run(*ws);
        data = PortraitDataLoader::load(ws->db());
    }
    Portrait build(const QString &code) const { return PortraitBuilder(data).build(code); }
};

QByteArray json(const Portrait &p)
{
    return QJsonDocument(PortraitJsonWriter::toJson(p)).toJson(QJsonDocument::Indented);
}

const ComparisonRow *find(const QList<ComparisonRow> &rows, ComparisonRow::Section section, const QString &code)
{
    for (const ComparisonRow &r : rows)
        if (r.section == section && r.code == code)
            return &r;
    return nullptr;
}

} // namespace

TEST_CASE("portrait JSON: write, read back, write again gives the same text")
{
    Fixture f;
    for (const Department &d : f.data.config.departments) {
        const Portrait p = f.build(d.code);
        const QByteArray first = json(p);
        const Portrait back = PortraitJsonReader::fromText(first);
        CHECK(json(back) == first);
        REQUIRE(back.segments.size() == p.segments.size());
        CHECK(back.rows.size() == p.rows.size());
        CHECK(back.inScope == p.inScope);
        CHECK(back.resourceMatch == p.resourceMatch);
    }
    const QJsonObject o = PortraitJsonWriter::toJson(f.build(QStringLiteral("MKT")));
    CHECK(o.value(QStringLiteral("format")).toString() == QStringLiteral("portrait-workbench-portrait"));
    CHECK(o.value(QStringLiteral("segments")).toArray().first().toObject().contains(QStringLiteral("count")));

    REQUIRE_THROWS_WITH(PortraitJsonReader::fromText("{\"a\": 1}"), Catch::Contains("不是部门画像"));
    REQUIRE_THROWS_WITH(PortraitJsonReader::fromText("{"), Catch::Contains("无法读取"));
    REQUIRE_THROWS_WITH(PortraitJsonReader::fromText("{\"department\": \"MKT\", \"segments\": [], \"version\": 9}"),
                        Catch::Contains("更新的版本"));
}

TEST_CASE("snapshots: save, rename and delete are undo steps; a deleted one comes back whole")
{
    Fixture f;
    const Portrait p = f.build(QStringLiteral("MKT"));
    QUndoStack *undo = f.ws->undoStack();
    SnapshotRepository repo(f.ws->db());

    auto *add = new AddSnapshotCommand(f.ws.get(), PortraitSnapshot::freeze(p, QStringLiteral("2026 年三季度 <初版> & “共创前”"),
                                                                           QStringLiteral("2026-09-30")));
    REQUIRE(f.ws->execute(add));
    const qint64 id = add->snapshotId();
    REQUIRE(repo.list(QStringLiteral("MKT")).size() == 1);
    CHECK(repo.list(QStringLiteral("FIN")).isEmpty());
    const PortraitSnapshot stored = repo.get(id);
    CHECK(stored.title == QStringLiteral("2026 年三季度 <初版> & “共创前”"));
    CHECK(stored.createdAt == QStringLiteral("2026-09-30"));
    CHECK(stored.inScope == p.inScope);
    CHECK(json(repo.load(id)) == json(p));

    undo->undo();
    CHECK(repo.list(QStringLiteral("MKT")).isEmpty());
    undo->redo();
    REQUIRE(repo.list(QStringLiteral("MKT")).size() == 1);
    CHECK(repo.list(QStringLiteral("MKT")).first().id == id);

    REQUIRE(f.ws->execute(new RenameSnapshotCommand(f.ws.get(), id, QStringLiteral("三季度"))));
    CHECK(repo.get(id).title == QStringLiteral("三季度"));
    undo->undo();
    CHECK(repo.get(id).title == stored.title);

    REQUIRE(f.ws->execute(new RemoveSnapshotCommand(f.ws.get(), id)));
    CHECK(repo.list(QStringLiteral("MKT")).isEmpty());
    REQUIRE_THROWS_AS(repo.get(id), Error);
    undo->undo();
    const PortraitSnapshot back = repo.get(id);
    CHECK(back.title == stored.title);
    CHECK(back.portrait == stored.portrait);
    REQUIRE_THROWS_AS(RemoveSnapshotCommand(f.ws.get(), 9999), Error);
}

TEST_CASE("comparison: the same portrait has no changes; sizes, needs and coverage changes are found")
{
    Fixture f;
    const Portrait p = f.build(QStringLiteral("MKT"));
    for (const ComparisonRow &r : PortraitComparison::compare(p, p))
        CHECK_FALSE(r.changed());

    REQUIRE(p.segments.size() >= 2);
    REQUIRE(!p.rows.isEmpty());
    REQUIRE(!p.needRanking.isEmpty());
    Portrait later = p;
    later.inScope += 7;
    later.segments[0].count += 7;
    const QString dropped = later.segments.takeLast().node;
    Segment added;
    added.node = QStringLiteral("Z9");
    added.name = QStringLiteral("新客户群");
    added.count = 3;
    later.segments << added;
    later.needRanking[0].count += 5;
    later.rows[0].match = qMin(1.0, later.rows[0].match + 0.25);
    later.rows[0].gap = !later.rows[0].gap;

    const QList<ComparisonRow> rows = PortraitComparison::compare(p, later);
    using S = ComparisonRow::Section;
    const ComparisonRow *scope = find(rows, S::Summary, QStringLiteral("in_scope"));
    REQUIRE(scope);
    CHECK(scope->changed());
    CHECK(scope->delta() == 7);
    const ComparisonRow *first = find(rows, S::Segments, p.segments[0].node);
    REQUIRE(first);
    CHECK(first->changed());
    CHECK(first->delta() == 7);
    const ComparisonRow *gone = find(rows, S::Segments, dropped);
    REQUIRE(gone);
    CHECK((gone->before && !gone->after));
    const ComparisonRow *fresh = find(rows, S::Segments, QStringLiteral("Z9"));
    REQUIRE(fresh);
    CHECK((!fresh->before && fresh->after == 3.0));
    const ComparisonRow *need = find(rows, S::Needs, p.needRanking[0].code);
    REQUIRE(need);
    CHECK(need->delta() == 5);
    const ComparisonRow *cover = find(rows, S::Coverage, p.rows[0].need);
    REQUIRE(cover);
    CHECK(cover->changed());
    CHECK(cover->beforeGap != cover->afterGap);
    // An unchanged need stays unchanged.
    if (p.needRanking.size() > 1) {
        const ComparisonRow *same = find(rows, S::Needs, p.needRanking[1].code);
        REQUIRE(same);
        CHECK_FALSE(same->changed());
    }
}

TEST_CASE("drill-down: the customers behind each figure are as many as the figure, in every department")
{
    Fixture f;
    const PortraitDrillDown drill(f.data);
    int checked = 0;
    for (const Department &d : f.data.config.departments) {
        const Portrait p = f.build(d.code);
        INFO("department " << d.code.toStdString());
        CHECK(qint64(drill.customers({d.code, {}, {}, {}, {}, {}}).size()) == p.inScope);
        for (const Segment &s : p.segments) {
            INFO("segment " << s.node.toStdString());
            CHECK(qint64(drill.customers({d.code, s.node, {}, {}, {}, {}}).size()) == s.count);
            for (const NeedIncidence &n : s.needs)
                CHECK(qint64(drill.customers({d.code, s.node, {n.code}, {}, {}, {}}).size()) == n.count);
            for (const StageCell &c : s.stages)
                CHECK(qint64(drill.customers({d.code, s.node, {}, {}, c.stage, {}}).size()) == c.count);
            ++checked;
        }
        for (const CoverageColumn &c : p.columns) {
            QStringList needs;
            for (const Service &k : f.data.config.services)
                if (k.code == c.service)
                    needs = k.needs;
            CHECK(qint64(drill.customers({d.code, {}, needs, c.service, {}, {}}).size()) == c.reached);
        }
        if (d.type != QLatin1String("collective"))
            for (const ValueShare &v : p.needRanking)
                CHECK(qint64(drill.customers({d.code, {}, {v.code}, {}, {}, {}}).size()) == v.count);
    }
    CHECK(checked > 20);
    // Ids are sorted and belong to customers.
    const std::vector<qint64> ids = drill.customers({QStringLiteral("MKT"), {}, {}, {}, {}, {}});
    CHECK(std::is_sorted(ids.begin(), ids.end()));
    REQUIRE_THROWS_AS(drill.customers({QStringLiteral("NOPE"), {}, {}, {}, {}, {}}), Error);
}

TEST_CASE("snapshot commands: save, list, compare with the current portrait")
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("w.pwb"));
    REQUIRE(runCli({QStringLiteral("init"), ws, QStringLiteral("--sample")}).code == 0);
    const QStringList mkt{QStringLiteral("--department"), QStringLiteral("MKT")};
    // Not classified (the sample's results taken away): refused with the way out.
    Database::open(ws, Database::Mode::ReadWrite)
        ->exec("DELETE FROM classifications; DELETE FROM classification_profiles");
    CliRun save = runCli(QStringList{QStringLiteral("snapshot"), QStringLiteral("save"), ws} + mkt +
                         QStringList{QStringLiteral("--title"), QStringLiteral("初版")});
    CHECK(save.code == 1);
    CHECK(save.err.contains(QStringLiteral("classify")));
    REQUIRE(runCli({QStringLiteral("classify"), ws}).code == 0);
    save = runCli(QStringList{QStringLiteral("snapshot"), QStringLiteral("save"), ws} + mkt +
                  QStringList{QStringLiteral("--title"), QStringLiteral("初版 <A&B>"), QStringLiteral("--date"),
                              QStringLiteral("2026-09-30")});
    REQUIRE(save.code == 0);
    const QString id = save.out.trimmed();
    CHECK(id.toLongLong() > 0);

    const CliRun list = runCli(QStringList{QStringLiteral("snapshot"), QStringLiteral("list"), ws} + mkt +
                               QStringList{QStringLiteral("--json")});
    REQUIRE(list.code == 0);
    const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].toObject().value(QStringLiteral("title")).toString() == QStringLiteral("初版 <A&B>"));
    CHECK(rows[0].toObject().value(QStringLiteral("date")).toString() == QStringLiteral("2026-09-30"));

    // Nothing changed since: no line is marked.
    const CliRun same = runCli({QStringLiteral("snapshot"), QStringLiteral("compare"), ws, id, QStringLiteral("--changed")});
    REQUIRE(same.code == 0);
    CHECK(same.out.trimmed().isEmpty());
    const CliRun all = runCli({QStringLiteral("snapshot"), QStringLiteral("compare"), ws, id, QStringLiteral("--json")});
    REQUIRE(all.code == 0);
    const QJsonArray compared = QJsonDocument::fromJson(all.out.toUtf8()).array();
    REQUIRE(!compared.isEmpty());
    CHECK(compared[0].toObject().value(QStringLiteral("code")).toString() == QStringLiteral("in_scope"));
    CHECK(compared[0].toObject().value(QStringLiteral("before")) == compared[0].toObject().value(QStringLiteral("after")));

    CHECK(runCli({QStringLiteral("snapshot"), QStringLiteral("compare"), ws, QStringLiteral("999")}).code == 1);
    CHECK(runCli({QStringLiteral("snapshot"), QStringLiteral("compare"), ws, QStringLiteral("x")}).code == 2);
}
