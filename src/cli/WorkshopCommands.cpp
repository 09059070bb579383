// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "cli/Arguments.h"
#include "cli/Commands.h"
#include "cli/WorkshopSummaryPrinter.h"
#include "commands/AdoptWorkshopCommand.h"
#include "commands/ImportWorkshopCommand.h"
#include "core/Error.h"
#include "core/Workspace.h"
#include "io/WorkshopReader.h"
#include "io/WorkshopWriter.h"
#include "storage/WorkshopRepository.h"
#include "workshop/AdoptionDraft.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::WorkshopCommands)
};

// A session id on the command line: a positive integer, else 0.
qint64 sessionId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

QJsonArray toJson(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

int Commands::workshopImport(const CommandContext &c)
{
    const Arguments args(c.args, {QStringLiteral("--json")}, {});
    if (!args.ok() || args.positional().size() != 2)
        return c.usage(args.ok()
                           ? Tr::tr("用法：portrait-workbench workshop import 工作区 文件.json")
                           : args.error());
    try {
        auto ws = Workspace::open(args.positional().first());
        // The whole file is validated against the workspace before anything is written.
        WorkshopSession session =
            WorkshopReader::readFile(args.positional().at(1), WorkshopReader::vocabulary(ws->db()));
        const QStringList before = WorkshopRepository(ws->db()).positions(session.department);
        ImportWorkshopCommand command(ws.get(), session, QString());
        command.redo();
        QStringList created = WorkshopRepository(ws->db()).positions(session.department);
        for (const QString &p : before)
            created.removeOne(p);
        if (args.flag(QStringLiteral("--json"))) {
            c.printJson(
                QJsonDocument(QJsonObject{{QStringLiteral("session"), command.sessionId()},
                                          {QStringLiteral("positions_created"), toJson(created)}}));
            return CommandContext::Success;
        }
        c.out << command.sessionId() << '\n';
        c.out << Tr::tr("已导入共创会「%1」：%2 位参与者，%3 个分类")
                     .arg(session.title)
                     .arg(session.participants.size())
                     .arg(session.subjects().size());
        if (!created.isEmpty())
            c.out << Tr::tr("；新建岗位：%1").arg(created.join(Tr::tr("、")));
        c.out << '\n';
    } catch (const Error &e) {
        return c.refuse(e.message());
    }
    return CommandContext::Success;
}

int Commands::workshopExport(const CommandContext &c)
{
    const Arguments args(c.args, {}, {QStringLiteral("-o"), QStringLiteral("--output")});
    const QString output =
        args.option(QStringLiteral("-o"), args.option(QStringLiteral("--output")));
    if (!args.ok() || args.positional().size() != 2 || output.isEmpty() ||
        !sessionId(args.positional().at(1)))
        return c.usage(
            args.ok()
                ? Tr::tr("用法：portrait-workbench workshop export 工作区 共创会编号 -o 文件.json")
                : args.error());
    try {
        auto ws = Workspace::open(args.positional().first());
        WorkshopWriter::writeFile(
            WorkshopRepository(ws->db()).load(sessionId(args.positional().at(1))), output);
        c.out << Tr::tr("已导出共创会到 %1").arg(output) << '\n';
    } catch (const Error &e) {
        return c.refuse(e.message());
    }
    return CommandContext::Success;
}

int Commands::workshopList(const CommandContext &c)
{
    const Arguments args(c.args, {QStringLiteral("--json")}, {});
    if (!args.ok() || args.positional().size() != 1)
        return c.usage(args.ok() ? Tr::tr("用法：portrait-workbench workshop list 工作区 [--json]")
                                 : args.error());
    try {
        auto ws = Workspace::open(args.positional().first());
        QJsonArray list;
        for (const WorkshopRepository::Listed &s : WorkshopRepository(ws->db()).list()) {
            if (args.flag(QStringLiteral("--json"))) {
                list.append(QJsonObject{{QStringLiteral("id"), s.id},
                                        {QStringLiteral("department"), s.department},
                                        {QStringLiteral("title"), s.title},
                                        {QStringLiteral("date"), s.date},
                                        {QStringLiteral("status"), s.status},
                                        {QStringLiteral("participants"), s.participants}});
            } else {
                c.out << QString::number(s.id).rightJustified(4) << "  " << s.date << "  "
                      << s.department.leftJustified(6) << "  "
                      << WorkshopSummaryPrinter::statusName(s.status) << "  " << s.title
                      << Tr::tr("（%1 人）").arg(s.participants) << '\n';
            }
        }
        if (args.flag(QStringLiteral("--json")))
            c.printJson(QJsonDocument(list));
    } catch (const Error &e) {
        return c.refuse(e.message());
    }
    return CommandContext::Success;
}

int Commands::workshopSummary(const CommandContext &c)
{
    const Arguments args(c.args, {QStringLiteral("--json")}, {});
    if (!args.ok() || args.positional().size() != 2 || !sessionId(args.positional().at(1)))
        return c.usage(
            args.ok()
                ? Tr::tr("用法：portrait-workbench workshop summary 工作区 共创会编号 [--json]")
                : args.error());
    try {
        auto ws = Workspace::open(args.positional().first());
        const WorkshopSummaryPrinter summary(ws->db(), sessionId(args.positional().at(1)));
        if (args.flag(QStringLiteral("--json")))
            c.printJson(QJsonDocument(summary.toJson()));
        else
            summary.print(c.out);
    } catch (const Error &e) {
        return c.refuse(e.message());
    }
    return CommandContext::Success;
}

int Commands::workshopAdopt(const CommandContext &c)
{
    const Arguments args(c.args, {QStringLiteral("--json")},
                         {QStringLiteral("--date"), QStringLiteral("--approver")});
    if (!args.ok() || args.positional().size() != 2 || !sessionId(args.positional().at(1)))
        return c.usage(args.ok()
                           ? Tr::tr("用法：portrait-workbench workshop adopt 工作区 共创会编号 "
                                    "[--date YYYY-MM-DD] [--approver 姓名] [--json]")
                           : args.error());
    try {
        auto ws = Workspace::open(args.positional().first());
        WorkshopRepository repository(ws->db());
        const WorkshopSession session = repository.load(sessionId(args.positional().at(1)));
        // The latest round decides: the re-vote when there was one.
        const AdoptionDraft draft(
            session, session.hasRevote() ? WorkshopRound::Revote : WorkshopRound::Initial,
            repository.positions(session.department));
        const QString date =
            args.option(QStringLiteral("--date"), QDate::currentDate().toString(Qt::ISODate));
        AdoptWorkshopCommand command(
            ws.get(), draft.decision(date, args.option(QStringLiteral("--approver"))), QString());
        command.redo();
        const QStringList adopted = draft.nodes(AdoptionDraft::Band::Adopted);
        const QStringList discussion = draft.nodes(AdoptionDraft::Band::Discussion);
        const QStringList dropped = draft.nodes(AdoptionDraft::Band::Dropped);
        if (args.flag(QStringLiteral("--json"))) {
            c.printJson(QJsonDocument(QJsonObject{
                {QStringLiteral("session"), session.id},
                {QStringLiteral("department"), session.department},
                {QStringLiteral("decision"), command.record().decision},
                {QStringLiteral("adopted"), toJson(adopted)},
                {QStringLiteral("discussion"), toJson(discussion)},
                {QStringLiteral("dropped"), toJson(dropped)},
                {QStringLiteral("positions_without_node"), toJson(draft.positionsWithoutNode())}}));
            return CommandContext::Success;
        }
        c.out << Tr::tr("已采纳共创会「%1」为部门 %2 的客户清单（%3 个分类，证据：共创）")
                     .arg(session.title, session.department)
                     .arg(adopted.size())
              << '\n';
        const WorkshopSummaryPrinter names(ws->db(), session.id);
        c.out << Tr::tr("采纳：%1")
                     .arg(adopted.isEmpty() ? Tr::tr("（无）") : names.nodeNames(adopted))
              << '\n';
        if (!discussion.isEmpty())
            c.out << Tr::tr("待讨论、未纳入：%1").arg(names.nodeNames(discussion)) << '\n';
        if (!dropped.isEmpty())
            c.out << Tr::tr("未采纳：%1").arg(names.nodeNames(dropped)) << '\n';
        if (!draft.positionsWithoutNode().isEmpty())
            c.out << Tr::tr("请部门负责人确认，以下岗位还没有客户：%1")
                         .arg(draft.positionsWithoutNode().join(Tr::tr("、")))
                  << '\n';
    } catch (const Error &e) {
        return c.refuse(e.message());
    }
    return CommandContext::Success;
}

} // namespace portrait
