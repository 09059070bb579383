// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "cli/CommandLine.h"

#include "cli/Commands.h"
#include "core/Language.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>
#include <QTranslator>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::CommandLine)
};

struct Entry
{
    QStringList words;
    int (*run)(const CommandContext &);
};

const QList<Entry> &commands()
{
    static const QList<Entry> list{
        {{QStringLiteral("init")}, &Commands::init},
        {{QStringLiteral("info")}, &Commands::info},
        {{QStringLiteral("departments")}, &Commands::departments},
        {{QStringLiteral("config"), QStringLiteral("export")}, &Commands::configExport},
        {{QStringLiteral("config"), QStringLiteral("import")}, &Commands::configImport},
        {{QStringLiteral("classify")}, &Commands::classify},
        {{QStringLiteral("explain")}, &Commands::explain},
        {{QStringLiteral("customers"), QStringLiteral("import")}, &Commands::customersImport},
        {{QStringLiteral("customers"), QStringLiteral("export")}, &Commands::customersExport},
        {{QStringLiteral("imports"), QStringLiteral("list")}, &Commands::importsList},
        {{QStringLiteral("imports"), QStringLiteral("revert")}, &Commands::importsRevert},
        {{QStringLiteral("generate")}, &Commands::generate},
        {{QStringLiteral("portrait")}, &Commands::portrait},
        {{QStringLiteral("report")}, &Commands::report},
        {{QStringLiteral("snapshot"), QStringLiteral("save")}, &Commands::snapshotSave},
        {{QStringLiteral("snapshot"), QStringLiteral("list")}, &Commands::snapshotList},
        {{QStringLiteral("snapshot"), QStringLiteral("compare")}, &Commands::snapshotCompare},
        {{QStringLiteral("workshop"), QStringLiteral("import")}, &Commands::workshopImport},
        {{QStringLiteral("workshop"), QStringLiteral("list")}, &Commands::workshopList},
        {{QStringLiteral("workshop"), QStringLiteral("summary")}, &Commands::workshopSummary},
        {{QStringLiteral("workshop"), QStringLiteral("adopt")}, &Commands::workshopAdopt},
        {{QStringLiteral("workshop"), QStringLiteral("export")}, &Commands::workshopExport},
    };
    return list;
}

QString help()
{
    return Tr::tr("客户画像工作台 %1\n"
              "\n"
              "用法：\n"
              "  portrait-workbench [--workspace 文件]            打开图形界面\n"
              "  portrait-workbench init 工作区 [--sample]         新建工作区并填入默认内容\n"
              "  portrait-workbench info 工作区 [--json]           结构版本与数量\n"
              "  portrait-workbench departments 工作区 [--json]    部门列表\n"
              "  portrait-workbench config export 工作区 -o 文件.json\n"
              "  portrait-workbench config import 工作区 文件.json\n"
              "  portrait-workbench classify 工作区 [--data-date YYYY-MM-DD] [--json]\n"
              "                                                  分类全部客户并保存结果\n"
              "  portrait-workbench explain 工作区 户号 [--json]    解释一位客户的分类\n"
              "  portrait-workbench customers import 工作区 文件 [--encoding auto|utf-8|gb18030]\n"
              "      [--delimiter auto|,|;|tab] [--mode create|update|upsert] [--key 属性]\n"
              "      [--mapping 映射.json] [--skip-invalid] [--dry-run] [--errors 问题.csv]\n"
              "      [--data-date YYYY-MM-DD]\n"
              "  portrait-workbench customers export 工作区 -o 文件.csv|文件.json\n"
              "      [--encoding utf-8-bom|gb18030] [--headers keys|zh]\n"
              "  portrait-workbench imports list 工作区 [--json]\n"
              "  portrait-workbench imports revert 工作区 批次号 [--force]\n"
              "  portrait-workbench generate --count N [--seed S] -o 文件.csv\n"
              "      [--encoding utf-8|gb18030] [--headers keys|zh]\n"
              "  portrait-workbench portrait 工作区 --department 部门代码 [--json]\n"
              "                                                  部门客户画像\n"
              "  portrait-workbench report 工作区 --department 部门代码 -o 文件.pdf [--mask-names]\n"
              "  portrait-workbench report 工作区 --all-departments -o 目录 [--mask-names]\n"
              "                                                  PDF 画像报告\n"
              "  portrait-workbench snapshot save 工作区 --department 部门代码 --title 标题\n"
              "      [--date YYYY-MM-DD]\n"
              "  portrait-workbench snapshot list 工作区 --department 部门代码 [--json]\n"
              "  portrait-workbench snapshot compare 工作区 快照编号 [快照编号] [--changed] [--json]\n"
              "                                                  画像快照：保存、列出、与当前画像比较\n"
              "  portrait-workbench workshop import 工作区 文件.json   导入共创会，输出其编号\n"
              "  portrait-workbench workshop list 工作区 [--json]\n"
              "  portrait-workbench workshop summary 工作区 共创会编号 [--json]\n"
              "                                                  认知错位：一致度、岗位分歧、草案\n"
              "  portrait-workbench workshop adopt 工作区 共创会编号 [--date YYYY-MM-DD]\n"
              "      [--approver 姓名] [--json]                   采纳草案为部门客户清单与岗位定位\n"
              "  portrait-workbench workshop export 工作区 共创会编号 -o 文件.json\n"
              "\n"
              "通用选项：--lang zh|en 输出语言；--help；--version\n"
              "退出码：0 成功，1 输入有误或操作被拒绝，2 用法错误\n")
        .arg(QStringLiteral(PORTRAIT_VERSION));
}

} // namespace

void mapLargeBlocksApart()
{
#ifdef __GLIBC__
    malloc_trim(0);
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
}

int CommandContext::usage(const QString &message) const
{
    err << message << '\n' << Tr::tr("用 portrait-workbench --help 查看用法") << '\n';
    err.flush();
    return Usage;
}

int CommandContext::refuse(const QString &message) const
{
    err << message << '\n';
    err.flush();
    return Refused;
}

void CommandContext::printJson(const QJsonDocument &document) const
{
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out.flush();
}

bool CommandLine::isCommand(const QStringList &arguments)
{
    // Options of the window (and Qt's own) that take a value; anything else positional is a
    // command word.
    static const QStringList withValue{
        QStringLiteral("--workspace"), QStringLiteral("--lang"), QStringLiteral("-platform"),
        QStringLiteral("-style"), QStringLiteral("-stylesheet"), QStringLiteral("-display"),
        QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowtitle")};
    const QStringList args = arguments.mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (withValue.contains(a)) {
            ++i;
            continue;
        }
        // A workspace file given alone (a double-click in a file manager) opens the window.
        if (!a.startsWith(QLatin1Char('-')) && a.endsWith(QLatin1String(".pwb"), Qt::CaseInsensitive) &&
            QFileInfo(a).isFile())
            continue;
        if (a == QLatin1String("--help") || a == QLatin1String("-h") ||
            a == QLatin1String("--version") || !a.startsWith(QLatin1Char('-')))
            return true;
    }
    return false;
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList args = arguments.mid(1);
    // --lang applies to every command; take it out before the command sees its arguments.
    if (const int i = int(args.indexOf(QLatin1String("--lang"))); i >= 0) {
        if (i + 1 >= args.size() ||
            !QStringList{QStringLiteral("zh"), QStringLiteral("en")}.contains(args[i + 1])) {
            err << Tr::tr("--lang 须为 zh 或 en") << '\n';
            return CommandContext::Usage;
        }
        setCurrentLanguage(languageFromCode(args[i + 1]));
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (currentLanguage() == Language::English &&
            translator->load(QStringLiteral(":/i18n/portrait_en.qm")))
            QCoreApplication::installTranslator(translator);
        args.remove(i, 2);
    }
    if (args.contains(QLatin1String("--version"))) {
        out << "portrait-workbench " << PORTRAIT_VERSION << '\n';
        return CommandContext::Success;
    }
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        out << help();
        return CommandContext::Success;
    }
    for (const Entry &e : commands()) {
        if (args.mid(0, e.words.size()) == e.words)
            return e.run(CommandContext{args.mid(e.words.size()), out, err});
    }
    err << Tr::tr("未知命令：%1").arg(args.value(0)) << '\n' << help();
    return CommandContext::Usage;
}

} // namespace portrait
