// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// `snapshot save|list|compare`: portrait snapshots (快照) from the command line, the same
// records the 快照 tab of the portrait panel shows.
#include "cli/Arguments.h"
#include "cli/Commands.h"
#include "cli/PortraitSource.h"
#include "core/Error.h"
#include "core/Workspace.h"
#include "portrait/PortraitBuilder.h"
#include "portrait/PortraitComparison.h"
#include "storage/ConfigRepository.h"
#include "storage/PortraitDataLoader.h"
#include "storage/SnapshotRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::SnapshotCommands)
};

// The department's portrait as it is now. Unlike `portrait` and `report`, a snapshot does not
// classify on its own: it records results someone has run (and seen), so an unclassified
// workspace is refused with the way out.
Portrait currentPortrait(Workspace &ws, const QString &code)
{
    const QString type = PortraitSource::departmentType(ConfigRepository::load(ws.db()), code);
    if (type.isEmpty())
        throw Error(Tr::tr("没有代码为 %1 的部门；用 departments 命令查看部门列表").arg(code));
    if (!PortraitDataLoader::hasClassifications(ws.db()))
        throw Error(Tr::tr("工作区还没有分类结果；先运行 classify"));
    return PortraitBuilder(PortraitDataLoader::load(ws.db(), {type})).build(code);
}

QString value(const ComparisonRow &r, const std::optional<double> &v)
{
    if (!v)
        return QStringLiteral("—");
    return r.unit == ComparisonRow::Unit::Count ? QString::number(qRound64(*v))
                                                : QString::number(*v * 100, 'f', 1) + QLatin1Char('%');
}

QJsonValue json(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

} // namespace

int Commands::snapshotSave(const CommandContext &c)
{
    const Arguments args(c.args, {}, {QStringLiteral("--department"), QStringLiteral("--title"), QStringLiteral("--date")});
    const QString date = args.option(QStringLiteral("--date"), QDate::currentDate().toString(Qt::ISODate));
    if (!args.ok() || args.positional().size() != 1 || !args.has(QStringLiteral("--department")) ||
        args.option(QStringLiteral("--title")).trimmed().isEmpty() || !QDate::fromString(date, Qt::ISODate).isValid())
        return c.usage(args.ok() ? Tr::tr("用法：portrait-workbench snapshot save 工作区 --department 部门代码 "
                                          "--title 标题 [--date YYYY-MM-DD]")
                                 : args.error());
    try {
        auto ws = Workspace::open(args.positional().first());
        const Portrait p = currentPortrait(*ws, args.option(QStringLiteral("--department")));
        const qint64 id = SnapshotRepository(ws->db())
                              .insert(PortraitSnapshot::freeze(p, args.option(QStringLiteral("--title")).trimmed(), date));
        c.out << id << '\n';
    } catch (const Error &e) {
        return c.refuse(e.message());
    }
    return CommandContext::Success;
}

int Commands::snapshotList(const CommandContext &c)
{
    const Arguments args(c.args, {QStringLiteral("--json")}, {QStringLiteral("--department")});
    if (!args.ok() || args.positional().size() != 1 || !args.has(QStringLiteral("--department")))
        return c.usage(args.ok() ? Tr::tr("用法：portrait-workbench snapshot list 工作区 --department 部门代码 [--json]")
                                 : args.error());
    try {
        auto ws = Workspace::open(args.positional().first());
        QJsonArray list;
        for (const PortraitSnapshot &s : SnapshotRepository(ws->db()).list(args.option(QStringLiteral("--department")))) {
            if (args.flag(QStringLiteral("--json")))
                list.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("department"), s.department},
                                        {QStringLiteral("title"), s.title}, {QStringLiteral("date"), s.createdAt},
                                        {QStringLiteral("data_date"), s.dataDate},
                                        {QStringLiteral("in_scope"), s.inScope}});
            else
                c.out << QString::number(s.id).rightJustified(4) << "  " << s.createdAt << "  "
                      << QString::number(s.inScope).rightJustified(9) << "  " << s.title << '\n';
        }
        if (args.flag(QStringLiteral("--json")))
            c.printJson(QJsonDocument(list));
    } catch (const Error &e) {
        return c.refuse(e.message());
    }
    return CommandContext::Success;
}

int Commands::snapshotCompare(const CommandContext &c)
{
    const Arguments args(c.args, {QStringLiteral("--json"), QStringLiteral("--changed")}, {});
    const QStringList &pos = args.positional();
    bool ok = pos.size() == 2 || pos.size() == 3;
    for (int i = 1; ok && i < pos.size(); ++i)
        pos[i].toLongLong(&ok);
    if (!args.ok() || !ok)
        return c.usage(args.ok() ? Tr::tr("用法：portrait-workbench snapshot compare 工作区 快照编号 [快照编号] "
                                          "[--changed] [--json]\n      只给一个编号时与部门当前的画像比较")
                                 : args.error());
    try {
        auto ws = Workspace::open(pos.first());
        const SnapshotRepository repo(ws->db());
        const qint64 first = pos[1].toLongLong();
        const Portrait before = repo.load(first);
        const Portrait after = pos.size() == 3 ? repo.load(pos[2].toLongLong()) : currentPortrait(*ws, before.department);
        const bool changedOnly = args.flag(QStringLiteral("--changed"));
        QJsonArray rows;
        std::optional<ComparisonRow::Section> section;
        for (const ComparisonRow &r : PortraitComparison::compare(before, after)) {
            if (changedOnly && !r.changed())
                continue;
            if (args.flag(QStringLiteral("--json"))) {
                static const char *sections[] = {"summary", "segments", "needs", "coverage"};
                rows.append(QJsonObject{{QStringLiteral("section"), QLatin1String(sections[int(r.section)])},
                                        {QStringLiteral("code"), r.code}, {QStringLiteral("name"), r.name},
                                        {QStringLiteral("before"), json(r.before)},
                                        {QStringLiteral("after"), json(r.after)},
                                        {QStringLiteral("changed"), r.changed()}});
                continue;
            }
            if (section != r.section) {
                section = r.section;
                c.out << PortraitComparison::sectionName(r.section) << '\n';
            }
            const QString item = r.section == ComparisonRow::Section::Summary ? r.name : r.code + QLatin1Char(' ') + r.name;
            c.out << (r.changed() ? "* " : "  ") << item.leftJustified(28) << "  "
                  << value(r, r.before).rightJustified(9) << " → " << value(r, r.after).rightJustified(9) << '\n';
        }
        if (args.flag(QStringLiteral("--json")))
            c.printJson(QJsonDocument(rows));
    } catch (const Error &e) {
        return c.refuse(e.message());
    }
    return CommandContext::Success;
}

} // namespace portrait
