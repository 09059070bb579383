// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// The `portrait-workshop` file: a round trip, and bad files, each with its message and JSON path.
#include "TestWorkspace.h"
#include "WorkshopFixture.h"

#include "core/Error.h"
#include "core/Workspace.h"
#include "io/WorkshopReader.h"
#include "io/WorkshopWriter.h"
#include "storage/WorkshopRepository.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace portrait;

namespace {

QString readError(Workspace &ws, const QJsonObject &document)
{
    try {
        WorkshopReader::read(bytes(document), QStringLiteral("bad.json"),
                             WorkshopReader::vocabulary(ws.db()));
    } catch (const Error &e) {
        return e.message();
    }
    return QString();
}

// The document with participant i's field replaced.
QJsonObject withParticipant(QJsonObject doc, int i, const QString &key, const QJsonValue &value)
{
    QJsonArray list = doc.value(QStringLiteral("participants")).toArray();
    QJsonObject p = list[i].toObject();
    p.insert(key, value);
    list[i] = p;
    doc.insert(QStringLiteral("participants"), list);
    return doc;
}

QJsonObject withPainPoint(QJsonObject doc, const QString &key, const QJsonValue &value)
{
    QJsonArray list = doc.value(QStringLiteral("pain_points")).toArray();
    QJsonObject p = list[0].toObject();
    p.insert(key, value);
    list[0] = p;
    doc.insert(QStringLiteral("pain_points"), list);
    return doc;
}

QJsonArray choice(const char *node, const QJsonValue &priority)
{
    return QJsonArray{QJsonObject{{QStringLiteral("node"), QString::fromUtf8(node)},
                                  {QStringLiteral("priority"), priority}}};
}

} // namespace

TEST_CASE("a workshop file round-trips through the workspace")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    QJsonObject doc = marketingWorkshop();
    doc = withParticipant(doc, 0, QStringLiteral("revote"), choice("E2.2", 1));
    const WorkshopSession read = WorkshopReader::read(bytes(doc), QStringLiteral("m.json"),
                                                      WorkshopReader::vocabulary(ws->db()));
    CHECK(read.status == QStringLiteral("running"));
    CHECK(read.participants[0].revote.value(QStringLiteral("E2.2")) == 1);
    WorkshopRepository repository(ws->db());
    const qint64 id = repository.insert(read);
    CHECK(repository.load(id).participants[0].revote.size() == 1);
    CHECK(repository.load(id).participants[1].revote.isEmpty()); // no 复评: nothing stored for it
    const QByteArray first = WorkshopWriter::write(repository.load(id));
    const qint64 again = repository.insert(WorkshopReader::read(
        first, QStringLiteral("e.json"), WorkshopReader::vocabulary(ws->db())));
    CHECK(WorkshopWriter::write(repository.load(again)) == first);
    CHECK(first.contains("\"format\": \"portrait-workshop\""));
    CHECK(first.contains("\"version\": 1"));
    CHECK(repository.list(QStringLiteral("MKT")).size() == 2);
}

TEST_CASE("bad workshop files: each gives its message and path")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    const QJsonObject good = marketingWorkshop();
    REQUIRE(readError(*ws, good).isEmpty());
    const QJsonArray people = good.value(QStringLiteral("participants")).toArray();

    struct Case
    {
        const char *name;
        QJsonObject document;
        const char *path;
        const char *reason;
    };
    QJsonObject wrongFormat = good, wrongVersion = good, unknownDept = good, badDate = good,
                noPeople = good, duplicate = good, tooManyVotes = good, unknownOffered = good,
                notOffered = good;
    wrongFormat.insert(QStringLiteral("format"), QStringLiteral("portrait-config"));
    wrongVersion.insert(QStringLiteral("version"), 2);
    unknownDept.insert(QStringLiteral("department"), QStringLiteral("NOPE"));
    badDate.insert(QStringLiteral("date"), QStringLiteral("2026-13-01"));
    noPeople.insert(QStringLiteral("participants"), QJsonArray());
    QJsonArray twice = people;
    twice.append(people[2]);
    duplicate.insert(QStringLiteral("participants"), twice);
    tooManyVotes.insert(QStringLiteral("votes_per_participant"), 2); // 14 votes > 6 × 2
    unknownOffered.insert(QStringLiteral("offered"),
                          QJsonArray{QStringLiteral("E2.2"), QStringLiteral("Z1")});
    notOffered.insert(QStringLiteral("offered"),
                      QJsonArray{QStringLiteral("E2.2"), QStringLiteral("E2.4")});

    const Case cases[] = {
        {"wrong format", wrongFormat, "$.format", "portrait-workshop"},
        {"wrong version", wrongVersion, "$.version", "不支持的版本 2"},
        {"unknown department", unknownDept, "$.department", "未知的部门代码 NOPE"},
        {"bad date", badDate, "$.date", "YYYY-MM-DD"},
        {"no participants", noPeople, "$.participants", "至少需要一位参与者"},
        {"duplicate participant", duplicate, "$.participants[6].name",
         "参与者「王」重复（已在 $.participants[2]）"},
        {"unknown node", withParticipant(good, 1, QStringLiteral("choices"), choice("E9.9", 1)),
         "$.participants[1].choices[0].node", "未知的分类代码 E9.9"},
        {"duplicate choice",
         withParticipant(good, 1, QStringLiteral("choices"),
                         QJsonArray{choice("E1", 1)[0], choice("E1", 2)[0]}),
         "$.participants[1].choices[1].node", "分类 E1 重复选择"},
        {"priority 0", withParticipant(good, 0, QStringLiteral("choices"), choice("E1", 0)),
         "$.participants[0].choices[0].priority", "优先级应为 1（高）、2 或 3，实际是 0"},
        {"priority 4 in revote",
         withParticipant(good, 3, QStringLiteral("revote"), choice("E1", 4)),
         "$.participants[3].revote[0].priority", "实际是 4"},
        {"priority as text",
         withParticipant(good, 0, QStringLiteral("choices"), choice("E1", QStringLiteral("1"))),
         "$.participants[0].choices[0].priority", "应为整数"},
        {"missing priority",
         withParticipant(good, 0, QStringLiteral("choices"),
                         QJsonArray{QJsonObject{{QStringLiteral("node"), QStringLiteral("E1")}}}),
         "$.participants[0].choices[0].priority", "缺少必填字段"},
        {"missing position", withParticipant(good, 0, QStringLiteral("position"), QJsonValue()),
         "$.participants[0].position", "缺少必填字段"},
        {"unknown role", withParticipant(good, 0, QStringLiteral("role"), QStringLiteral("boss")),
         "$.participants[0].role", "boss"},
        {"empty proposal",
         withParticipant(good, 5, QStringLiteral("proposals"), QJsonArray{QStringLiteral(" ")}),
         "$.participants[5].proposals[0]", "新类型的名称不能为空"},
        {"unknown segment", withPainPoint(good, QStringLiteral("segment"), QStringLiteral("E7")),
         "$.pain_points[0].segment", "未知的分类代码 E7"},
        {"unknown need", withPainPoint(good, QStringLiteral("need"), QStringLiteral("N99")),
         "$.pain_points[0].need", "未知的需求代码 N99"},
        {"negative votes", withPainPoint(good, QStringLiteral("votes"), -1),
         "$.pain_points[0].votes", "票数不能为负数"},
        {"too many votes", tooManyVotes, "$.pain_points", "共 14 票，超过 6 位参与者 × 每人 2 票"},
        {"unknown offered node", unknownOffered, "$.offered[1]", "未知的分类代码 Z1"},
        {"choice outside the offer", notOffered, "$.participants[0].choices[2].node",
         "分类 E1 不在本次共创会提供的分类中"},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const QString message = readError(*ws, c.document);
        CHECK(message.startsWith(QStringLiteral("bad.json：") + QString::fromUtf8(c.path) +
                                 QStringLiteral("：")));
        CHECK(message.contains(QString::fromUtf8(c.reason)));
    }
    CHECK(queryCount(*ws, "SELECT count(*) FROM workshop_sessions") == 0);
}

TEST_CASE("a syntax error names line and column")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    try {
        WorkshopReader::read("{\"format\": \"portrait-workshop\",\n  \"version\": }",
                             QStringLiteral("x.json"), WorkshopReader::vocabulary(ws->db()));
        FAIL("no error");
    } catch (const Error &e) {
        CHECK(e.message().startsWith(QStringLiteral("x.json:2:")));
    }
}

TEST_CASE("a session prepared for live answers offers the department's scope")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    QJsonObject doc = marketingWorkshop();
    QJsonArray people = doc.value(QStringLiteral("participants")).toArray();
    for (qsizetype i = 0; i < people.size(); ++i) {
        QJsonObject p = people[i].toObject();
        p.remove(QStringLiteral("choices"));
        people[i] = p;
    }
    doc.insert(QStringLiteral("participants"), people);
    const WorkshopSession s = WorkshopReader::read(bytes(doc), QStringLiteral("live.json"),
                                                   WorkshopReader::vocabulary(ws->db()));
    // MKT serves E1, E2.1–E2.6, E3.1–E3.3, I2 and I3 (domain.md §6).
    CHECK(s.offered.size() == 12);
    CHECK(s.offered.first() == QStringLiteral("E1"));
    CHECK(s.subjects() == s.offered);
}
