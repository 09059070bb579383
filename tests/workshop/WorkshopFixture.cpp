// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "WorkshopFixture.h"

#include "core/Workspace.h"
#include "io/WorkshopReader.h"
#include "storage/WorkshopRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace portrait;

namespace {

WorkshopParticipant person(const QString &name, const QString &position, QMap<QString, int> answers)
{
    WorkshopParticipant p;
    p.name = name;
    p.position = position;
    p.initial = std::move(answers);
    return p;
}

QJsonObject participant(const char *name, const char *position,
                        std::initializer_list<std::pair<const char *, int>> choices)
{
    QJsonArray list;
    for (const auto &[node, priority] : choices)
        list.append(QJsonObject{{QStringLiteral("node"), QString::fromUtf8(node)},
                                {QStringLiteral("priority"), priority}});
    return QJsonObject{{QStringLiteral("name"), QString::fromUtf8(name)},
                       {QStringLiteral("position"), QString::fromUtf8(position)},
                       {QStringLiteral("choices"), list}};
}

QJsonObject painPoint(const char *text, const char *segment, const char *need, int votes)
{
    return QJsonObject{{QStringLiteral("text"), QString::fromUtf8(text)},
                       {QStringLiteral("segment"), QString::fromUtf8(segment)},
                       {QStringLiteral("need"), QString::fromUtf8(need)},
                       {QStringLiteral("votes"), votes}};
}

} // namespace

WorkshopSession twoPositionSession()
{
    const QString a = QStringLiteral("市场专责"), b = QStringLiteral("客户经理");
    const QString e22 = QStringLiteral("E2.2"), e24 = QStringLiteral("E2.4"),
                  e1 = QStringLiteral("E1");
    WorkshopSession s;
    s.department = QStringLiteral("MKT");
    s.offered = {e22, e24, e1};
    s.participants = {person(QStringLiteral("A1"), a, {{e22, 1}, {e24, 1}}),
                      person(QStringLiteral("A2"), a, {{e22, 1}, {e24, 2}}),
                      person(QStringLiteral("B1"), b, {{e22, 2}, {e1, 1}}),
                      person(QStringLiteral("B2"), b, {{e22, 1}})};
    return s;
}

QJsonObject marketingWorkshop()
{
    QJsonObject p6 = participant("孙", "数据分析", {{"E2.2", 3}, {"E2.4", 2}, {"E1", 2}});
    p6.insert(QStringLiteral("proposals"), QJsonArray{QStringLiteral("园区虚拟电厂运营商")});
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("portrait-workshop")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("department"), QStringLiteral("MKT")},
        {QStringLiteral("title"), QStringLiteral("营销部客户共创会")},
        {QStringLiteral("date"), QStringLiteral("2026-11-20")},
        {QStringLiteral("participants"),
         QJsonArray{
             participant("张", "部门负责人", {{"E2.2", 1}, {"E2.4", 1}, {"E1", 2}, {"E3.1", 2}}),
             participant("李", "市场专责", {{"E2.2", 1}, {"E2.4", 2}, {"E1", 1}, {"E2.6", 3}}),
             participant("王", "市场专责", {{"E2.2", 2}, {"E2.4", 1}, {"E1", 1}}),
             participant("赵", "客户经理", {{"E2.2", 2}, {"E1", 1}, {"E3.1", 3}}),
             participant("钱", "客户经理", {{"E2.2", 1}, {"E1", 1}, {"E4.2", 2}}), p6}},
        {QStringLiteral("pain_points"),
         QJsonArray{painPoint("储能并网排队时间长", "E2.2", "N04", 5),
                    painPoint("聚合商拿不到需求响应结算明细", "E2.4", "N06", 7),
                    painPoint("电费账单看不懂", "E1", "", 2)}}};
}

QByteArray bytes(const QJsonObject &document)
{
    return QJsonDocument(document).toJson();
}

qint64 insertMarketingWorkshop(portrait::Workspace &ws)
{
    using namespace portrait;
    return WorkshopRepository(ws.db()).insert(WorkshopReader::read(
        bytes(marketingWorkshop()), QStringLiteral("m.json"), WorkshopReader::vocabulary(ws.db())));
}
