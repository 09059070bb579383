// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "cli/Arguments.h"
#include "cli/Commands.h"
#include "commands/ReplaceConfigCommand.h"
#include "core/Error.h"
#include "core/Workspace.h"
#include "io/ConfigReader.h"
#include "io/ConfigWriter.h"
#include "storage/ConfigRepository.h"
#include "storage/Reclassification.h"

#include <QCoreApplication>

namespace portrait {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::ConfigCommands)
};
} // namespace

int Commands::configExport(const CommandContext &c)
{
    const Arguments args(c.args, {}, {QStringLiteral("-o"), QStringLiteral("--output")});
    const QString output = args.option(QStringLiteral("-o"), args.option(QStringLiteral("--output")));
    if (!args.ok() || args.positional().size() != 1 || output.isEmpty())
        return c.usage(args.ok() ? Tr::tr("用法：portrait-workbench config export 工作区 -o 文件.json")
                                 : args.error());
    try {
        auto ws = Workspace::open(args.positional().first());
        ConfigWriter::writeFile(ConfigRepository::load(ws->db()), output);
        c.out << Tr::tr("已导出配置到 %1").arg(output) << '\n';
    } catch (const Error &e) {
        return c.refuse(e.message());
    }
    return CommandContext::Success;
}

int Commands::configImport(const CommandContext &c)
{
    const Arguments args(c.args, {}, {});
    if (!args.ok() || args.positional().size() != 2)
        return c.usage(args.ok() ? Tr::tr("用法：portrait-workbench config import 工作区 文件.json")
                                 : args.error());
    try {
        auto ws = Workspace::open(args.positional().first());
        // The whole file is validated before anything is written.
        Config config = ConfigReader::readFile(args.positional().at(1));
        const QStringList dangling = ConfigRepository::danglingReferences(ws->db(), config);
        if (!dangling.isEmpty()) {
            c.err << Tr::tr("%1：拒绝导入，工作区里的客户引用了新配置中没有的代码：")
                         .arg(args.positional().at(1))
                  << '\n';
            for (const QString &line : dangling)
                c.err << "  - " << line << '\n';
            c.err.flush();
            return CommandContext::Refused;
        }
        const QStringList dropped = ConfigRepository::droppedAssignments(ws->db(), config);
        ReplaceConfigCommand(ws.get(), std::move(config), QString()).redo();
        c.out << Tr::tr("已导入配置 %1").arg(args.positional().at(1)) << '\n';
        // The file replaces the positions' assignments too (docs/config-format.md): say which
        // ones it did not carry, e.g. from a file written before a workshop was adopted.
        if (!dropped.isEmpty()) {
            c.out << Tr::tr("文件中没有、因此已移除的岗位定位 %n 条：", nullptr, int(dropped.size())) << '\n';
            for (const QString &line : dropped)
                c.out << "  - " << line << '\n';
        }
        // New rules or taxonomy: the stored results follow at once.
        c.out << Tr::tr("已重新分类 %n 位客户", nullptr, int(Reclassification::run(*ws))) << '\n';
    } catch (const Error &e) {
        return c.refuse(e.message());
    }
    return CommandContext::Success;
}

} // namespace portrait
