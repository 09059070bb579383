// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "cli/Arguments.h"
#include "cli/Commands.h"
#include "core/Error.h"
#include "core/Language.h"
#include "core/Workspace.h"
#include "io/CustomerGenerator.h"
#include "io/DefaultContent.h"
#include "storage/Database.h"
#include "storage/Reclassification.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::WorkspaceCommands)
};

qint64 count(Workspace &ws, const char *table)
{
    Statement st(ws.db(), std::string("SELECT count(*) FROM ") + table);
    return st.step() ? st.integer(0) : 0;
}

QString departmentTypeName(const QString &type)
{
    if (type == QLatin1String("business"))
        return Tr::tr("业务部门");
    if (type == QLatin1String("functional"))
        return Tr::tr("职能部门");
    if (type == QLatin1String("collective"))
        return Tr::tr("原集体企业");
    return Tr::tr("直属单位");
}

} // namespace

int Commands::init(const CommandContext &c)
{
    const Arguments args(c.args, {QStringLiteral("--sample")}, {});
    if (!args.ok() || args.positional().size() != 1)
        return c.usage(args.ok() ? Tr::tr("用法：portrait-workbench init 工作区 [--sample]") : args.error());
    const QString path = args.positional().first();
    if (QFileInfo::exists(path))
        return c.refuse(Tr::tr("%1：文件已存在，不会覆盖").arg(path));
    try {
        auto ws = DefaultContent::createWorkspace(path);
        if (args.flag(QStringLiteral("--sample"))) {
            CustomerGenerator::addDemoCustomers(*ws, CustomerGenerator::kSampleSize);
            Reclassification::run(*ws); // results are never stale: the sample opens classified
        }
        c.out << Tr::tr("已创建工作区 %1：%2 个分类，%3 个部门，%4 项服务，%5 条规则，%6 位客户")
                     .arg(path)
                     .arg(count(*ws, "taxonomy"))
                     .arg(count(*ws, "departments"))
                     .arg(count(*ws, "services"))
                     .arg(count(*ws, "rules"))
                     .arg(count(*ws, "customers"))
              << '\n';
    } catch (const Error &e) {
        return c.refuse(e.message());
    }
    return CommandContext::Success;
}

int Commands::info(const CommandContext &c)
{
    const Arguments args(c.args, {QStringLiteral("--json")}, {});
    if (!args.ok() || args.positional().size() != 1)
        return c.usage(args.ok() ? Tr::tr("用法：portrait-workbench info 工作区 [--json]") : args.error());
    try {
        auto ws = Workspace::open(args.positional().first());
        const QString dataDate = ws->setting(QStringLiteral("data_date"));
        if (args.flag(QStringLiteral("--json"))) {
            c.printJson(QJsonDocument(QJsonObject{
                {QStringLiteral("path"), ws->path()},
                {QStringLiteral("schema_version"), ws->db().userVersion()},
                {QStringLiteral("customers"), count(*ws, "customers")},
                {QStringLiteral("categories"), count(*ws, "taxonomy")},
                {QStringLiteral("departments"), count(*ws, "departments")},
                {QStringLiteral("positions"), count(*ws, "positions")},
                {QStringLiteral("services"), count(*ws, "services")},
                {QStringLiteral("rules"), count(*ws, "rules")},
                {QStringLiteral("needs"), count(*ws, "needs")},
                {QStringLiteral("attributes"), count(*ws, "attributes")},
                {QStringLiteral("labels"), count(*ws, "labels")},
                {QStringLiteral("data_date"),
                 dataDate.isEmpty() ? QJsonValue() : QJsonValue(dataDate)}}));
            return CommandContext::Success;
        }
        c.out << Tr::tr("工作区：%1").arg(ws->path()) << '\n'
              << Tr::tr("结构版本：%1").arg(ws->db().userVersion()) << '\n'
              << Tr::tr("客户：%1").arg(count(*ws, "customers")) << '\n'
              << Tr::tr("分类：%1").arg(count(*ws, "taxonomy")) << '\n'
              << Tr::tr("部门：%1（岗位 %2）").arg(count(*ws, "departments")).arg(count(*ws, "positions")) << '\n'
              << Tr::tr("服务：%1").arg(count(*ws, "services")) << '\n'
              << Tr::tr("规则：%1").arg(count(*ws, "rules")) << '\n'
              << Tr::tr("需求：%1").arg(count(*ws, "needs")) << '\n'
              << Tr::tr("属性：%1，标签：%2").arg(count(*ws, "attributes")).arg(count(*ws, "labels")) << '\n'
              << Tr::tr("数据日期：%1").arg(dataDate.isEmpty() ? Tr::tr("未设置") : dataDate) << '\n';
    } catch (const Error &e) {
        return c.refuse(e.message());
    }
    return CommandContext::Success;
}

int Commands::departments(const CommandContext &c)
{
    const Arguments args(c.args, {QStringLiteral("--json")}, {});
    if (!args.ok() || args.positional().size() != 1)
        return c.usage(args.ok() ? Tr::tr("用法：portrait-workbench departments 工作区 [--json]")
                                 : args.error());
    try {
        auto ws = Workspace::open(args.positional().first());
        Statement st(ws->db(), "SELECT code, name_zh, name_en, type, parent_code, "
                               "(SELECT count(*) FROM services s WHERE s.dept_code = d.code) "
                               "FROM departments d ORDER BY ord, rowid");
        QJsonArray list;
        while (st.step()) {
            if (args.flag(QStringLiteral("--json"))) {
                list.append(QJsonObject{
                    {QStringLiteral("code"), st.text(0)},
                    {QStringLiteral("name"), localized(st.text(1), st.text(2))},
                    {QStringLiteral("name_zh"), st.text(1)},
                    {QStringLiteral("name_en"), st.text(2)},
                    {QStringLiteral("type"), st.text(3)},
                    {QStringLiteral("parent"), st.isNull(4) ? QJsonValue() : QJsonValue(st.text(4))},
                    {QStringLiteral("services"), st.integer(5)}});
            } else {
                c.out << st.text(0).leftJustified(6) << "  "
                      << departmentTypeName(st.text(3)).leftJustified(6, QChar(0x3000)) << "  "
                      << localized(st.text(1), st.text(2)) << '\n';
            }
        }
        if (args.flag(QStringLiteral("--json")))
            c.printJson(QJsonDocument(list));
    } catch (const Error &e) {
        return c.refuse(e.message());
    }
    return CommandContext::Success;
}

} // namespace portrait
