// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "cli/Arguments.h"
#include "cli/Commands.h"
#include "cli/PortraitSource.h"
#include "core/Error.h"
#include "core/Workspace.h"
#include "io/PortraitJsonWriter.h"
#include "portrait/PortraitBuilder.h"
#include "portrait/ReportDataBuilder.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"
#include "storage/PortraitDataLoader.h"

#ifdef PORTRAIT_WITH_REPORT
#include "report/PdfReportWriter.h"
#endif

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::PortraitCommands)
};

} // namespace

int Commands::portrait(const CommandContext &c)
{
    const Arguments args(c.args, {QStringLiteral("--json")}, {QStringLiteral("--department")});
    if (!args.ok() || args.positional().size() != 1 || !args.has(QStringLiteral("--department")))
        return c.usage(args.ok() ? Tr::tr("用法：portrait-workbench portrait 工作区 --department 部门代码 [--json]") : args.error());
    const QString code = args.option(QStringLiteral("--department"));
    try {
        auto ws = Workspace::open(args.positional().first());
        const Config config = ConfigRepository::load(ws->db());
        if (PortraitSource::departmentType(config, code).isEmpty())
            return c.refuse(Tr::tr("没有代码为 %1 的部门；用 departments 命令查看部门列表").arg(code));
        PortraitSource::ensureClassified(c, *ws);
        QElapsedTimer timer;
        timer.start();
        const PortraitData data = PortraitDataLoader::load(ws->db(), {PortraitSource::departmentType(config, code)});
        const qint64 loaded = timer.restart();
        Portrait p = PortraitBuilder(data).build(code);
        if (qEnvironmentVariableIsSet("PORTRAIT_TIMING"))
            c.err << "load " << loaded << " ms\nbuild " << timer.elapsed() << " ms\n";
        PortraitDataLoader::fillLargest(ws->db(), p);
        if (args.flag(QStringLiteral("--json"))) {
            c.printJson(QJsonDocument(PortraitJsonWriter::toJson(p)));
            return CommandContext::Success;
        }
        c.out << Tr::tr("%1（%2）：范围内 %3 位客户，资源匹配度 %4%")
                     .arg(p.departmentName, p.department).arg(p.inScope).arg(qRound(p.resourceMatch * 100))
              << '\n';
        for (const Segment &s : p.segments)
            c.out << "  " << s.node.leftJustified(8) << QString::number(s.count).rightJustified(9) << "  "
                  << QString::number(s.shareOfScope * 100, 'f', 1).rightJustified(5) << "%  " << s.name << '\n';
        for (const QString &n : p.notes)
            c.out << Tr::tr("说明：%1").arg(n) << '\n';
    } catch (const Error &e) {
        return c.refuse(e.message());
    }
    return CommandContext::Success;
}

int Commands::report(const CommandContext &c)
{
#ifdef PORTRAIT_WITH_REPORT
    const Arguments args(c.args, {QStringLiteral("--all-departments"), QStringLiteral("--mask-names")},
                         {QStringLiteral("--department"), QStringLiteral("-o")});
    const bool all = args.flag(QStringLiteral("--all-departments"));
    if (!args.ok() || args.positional().size() != 1 || !args.has(QStringLiteral("-o")) ||
        all == args.has(QStringLiteral("--department")))
        return c.usage(args.ok() ? Tr::tr("用法：portrait-workbench report 工作区 --department 部门代码 -o 文件.pdf "
                                          "[--lang zh|en] [--mask-names]\n"
                                          "      portrait-workbench report 工作区 --all-departments -o 目录")
                                 : args.error());
    const QString target = args.option(QStringLiteral("-o"));
    try {
        auto ws = Workspace::open(args.positional().first());
        const Config config = ConfigRepository::load(ws->db());
        QStringList codes;
        if (all) {
            for (const Department &d : config.departments)
                codes << d.code;
            if (!QDir().mkpath(target))
                return c.refuse(Tr::tr("%1：无法创建目录").arg(target));
        } else {
            codes << args.option(QStringLiteral("--department"));
            if (PortraitSource::departmentType(config, codes.first()).isEmpty())
                return c.refuse(Tr::tr("没有代码为 %1 的部门；用 departments 命令查看部门列表").arg(codes.first()));
        }
        PortraitSource::ensureClassified(c, *ws);
        QStringList types;
        for (const QString &code : std::as_const(codes))
            types << PortraitSource::departmentType(config, code);
        const PortraitData data = PortraitDataLoader::load(ws->db(), types);
        const PortraitBuilder builder(data);
        ReportDataBuilder::Options options;
        options.workspace = QFileInfo(ws->path()).fileName();
        options.maskNames = args.flag(QStringLiteral("--mask-names"));
        for (const QString &code : std::as_const(codes)) {
            Portrait p = builder.build(code);
            PortraitDataLoader::fillLargest(ws->db(), p);
            const ReportData report = ReportDataBuilder::build(p, data.config, options);
            const QString file = all ? QDir(target).filePath(code + QStringLiteral(".pdf")) : target;
            PdfReportWriter::write(report, file);
            c.out << Tr::tr("已生成 %1").arg(file) << '\n';
        }
    } catch (const Error &e) {
        return c.refuse(e.message());
    }
    return CommandContext::Success;
#else
    return c.refuse(Tr::tr("此版本不含报告输出"));
#endif
}

} // namespace portrait
