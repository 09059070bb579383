// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "cli/Arguments.h"
#include "cli/Commands.h"
#include "core/AttributeDictionary.h"
#include "core/Error.h"
#include "core/Workspace.h"
#include "engine/ClassificationEngine.h"
#include "portrait/PortraitBuilder.h"
#include "portrait/ReportDataBuilder.h"
#include "storage/ClassificationRepository.h"
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
#include <QJsonArray>
#include <QJsonObject>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::PortraitCommands)
};

// Portraits need classification results: a workspace without any is classified first.
void ensureClassified(const CommandContext &c, Workspace &ws)
{
    if (PortraitDataLoader::hasClassifications(ws.db()))
        return;
    c.err << Tr::tr("工作区还没有分类结果，先分类全部客户…") << '\n';
    c.err.flush();
    const Config config = ConfigRepository::load(ws.db());
    QDate date = QDate::fromString(ws.setting(QStringLiteral("data_date")), Qt::ISODate);
    if (!date.isValid())
        date = QDate::currentDate();
    const AttributeDictionary dictionary = AttributeDictionary::load(ws.db());
    const CustomerFrame frame = ClassificationRepository::loadFrame(
        ws.db(), dictionary, ClassificationRepository::attributesUsed(config.rules));
    const ClassificationEngine engine(
        frame, ClassificationSetup::fromConfig(config, date, ClassificationRepository::overrides(ws.db())));
    const ClassificationResult result = *engine.run();
    ClassificationRepository::store(ws.db(), frame, result);
}

QJsonArray sharesJson(const QList<ValueShare> &list)
{
    QJsonArray a;
    for (const ValueShare &v : list)
        a.append(QJsonObject{{QStringLiteral("code"), v.code}, {QStringLiteral("name"), v.name},
                             {QStringLiteral("count"), v.count}, {QStringLiteral("share"), v.share}});
    return a;
}

QJsonObject portraitJson(const Portrait &p)
{
    QJsonArray segments;
    for (const Segment &s : p.segments) {
        QJsonArray needs;
        for (const NeedIncidence &n : s.needs)
            needs.append(QJsonObject{{QStringLiteral("need"), n.code}, {QStringLiteral("count"), n.count},
                                     {QStringLiteral("share"), n.share}, {QStringLiteral("match"), n.match},
                                     {QStringLiteral("best_service"), n.bestService},
                                     {QStringLiteral("sources"), QJsonArray::fromStringList(n.sources)},
                                     {QStringLiteral("gap"), n.gap}});
        QJsonObject stages;
        for (const StageCell &st : s.stages)
            stages.insert(st.stage.isEmpty() ? QStringLiteral("unknown") : st.stage,
                          QJsonObject{{QStringLiteral("count"), st.count},
                                      {QStringLiteral("services"), QJsonArray::fromStringList(st.services)},
                                      {QStringLiteral("gap"), st.gap}});
        QJsonArray services;
        for (const CoveringService &k : s.services)
            services.append(QJsonObject{{QStringLiteral("service"), k.code}, {QStringLiteral("partner"), k.partner},
                                        {QStringLiteral("mark"), k.full ? QStringLiteral("●") : QStringLiteral("◐")}});
        segments.append(QJsonObject{
            {QStringLiteral("category"), s.node}, {QStringLiteral("name"), s.name}, {QStringLiteral("kind"), s.kind},
            {QStringLiteral("priority"), s.priority}, {QStringLiteral("count"), s.count},
            {QStringLiteral("share"), s.shareOfScope}, {QStringLiteral("annual_kwh"), s.kwh},
            {QStringLiteral("kwh_share"), s.shareOfKwh}, {QStringLiteral("completeness"), s.completeness},
            {QStringLiteral("resource_match"), s.match}, {QStringLiteral("needs"), needs},
            {QStringLiteral("stages"), stages}, {QStringLiteral("services"), services},
            {QStringLiteral("gap_needs"), QJsonArray::fromStringList(s.gapNeeds)},
            {QStringLiteral("gap_stages"), QJsonArray::fromStringList(s.gapStages)}});
    }
    QJsonObject resources;
    for (const ResourceUse &r : p.resources)
        resources.insert(r.code, r.utilisation);
    return QJsonObject{{QStringLiteral("department"), p.department},
                       {QStringLiteral("department_name"), p.departmentName},
                       {QStringLiteral("data_date"), p.dataDate},
                       {QStringLiteral("customers"), p.companyCustomers},
                       {QStringLiteral("in_scope"), p.inScope},
                       {QStringLiteral("out_of_scope"), p.outOfScope},
                       {QStringLiteral("unclassified"), p.unclassified},
                       {QStringLiteral("segments"), segments},
                       {QStringLiteral("resource_match"), p.resourceMatch},
                       {QStringLiteral("resource_match_by_goal"), sharesJson(p.matchByGoal)},
                       {QStringLiteral("resource_utilisation"), resources},
                       {QStringLiteral("completeness"), p.completeness},
                       {QStringLiteral("classification_coverage"), p.classificationCoverage},
                       {QStringLiteral("rule_evaluability"), p.evaluability},
                       {QStringLiteral("needs"), sharesJson(p.needRanking)},
                       {QStringLiteral("shared_with"), sharesJson(p.sharedWith)},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(p.notes)}};
}

bool knownDepartment(const Config &config, const QString &code)
{
    return std::any_of(config.departments.begin(), config.departments.end(),
                       [&](const Department &d) { return d.code == code; });
}

QString departmentType(const Config &config, const QString &code)
{
    for (const Department &d : config.departments) {
        if (d.code == code)
            return d.type;
    }
    return {};
}

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
        if (!knownDepartment(config, code))
            return c.refuse(Tr::tr("没有代码为 %1 的部门；用 departments 命令查看部门列表").arg(code));
        ensureClassified(c, *ws);
        QElapsedTimer timer;
        timer.start();
        const PortraitData data = PortraitDataLoader::load(ws->db(), {departmentType(config, code)});
        const qint64 loaded = timer.restart();
        Portrait p = PortraitBuilder(data).build(code);
        if (qEnvironmentVariableIsSet("PORTRAIT_TIMING"))
            c.err << "load " << loaded << " ms\nbuild " << timer.elapsed() << " ms\n";
        PortraitDataLoader::fillLargest(ws->db(), p);
        if (args.flag(QStringLiteral("--json"))) {
            c.printJson(QJsonDocument(portraitJson(p)));
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
            if (!knownDepartment(config, codes.first()))
                return c.refuse(Tr::tr("没有代码为 %1 的部门；用 departments 命令查看部门列表").arg(codes.first()));
        }
        ensureClassified(c, *ws);
        QStringList types;
        for (const QString &code : std::as_const(codes))
            types << departmentType(config, code);
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
