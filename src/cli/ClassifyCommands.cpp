// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "cli/Arguments.h"
#include "cli/Commands.h"
#include "core/AttributeDictionary.h"
#include "core/Error.h"
#include "core/Language.h"
#include "core/Workspace.h"
#include "engine/ClassificationEngine.h"
#include "engine/Explainer.h"
#include "storage/ClassificationRepository.h"
#include "storage/Reclassification.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <ctime>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::ClassifyCommands)
};

const QString kDataDate = QStringLiteral("data_date");

QJsonObject toJson(const QMap<QString, qint64> &counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

void printCounts(const CommandContext &c, const QString &title, const QMap<QString, qint64> &counts,
                 const std::function<QString(const QString &)> &name)
{
    c.out << title << '\n';
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        c.out << "  " << it.key().leftJustified(8) << ' ' << QString::number(it.value()).rightJustified(9)
              << "  " << name(it.key()) << '\n';
}

QJsonArray conditionsJson(const RuleTrace &t)
{
    QJsonArray list;
    for (const ConditionTrace &ct : t.conditions) {
        QJsonObject o{{QStringLiteral("path"), ct.path},
                      {QStringLiteral("kind"), ct.kind},
                      {QStringLiteral("text"), ct.text},
                      {QStringLiteral("held"), ct.held}};
        if (ct.kind == QLatin1String("leaf")) {
            o.insert(QStringLiteral("attr"), ct.attr);
            o.insert(QStringLiteral("value"), ct.missing ? QJsonValue() : QJsonValue(ct.actual));
            o.insert(QStringLiteral("missing"), ct.missing);
        }
        list.append(o);
    }
    return list;
}

QJsonObject ruleJson(const RuleTrace &t)
{
    return QJsonObject{{QStringLiteral("rule"), t.ruleId},
                       {QStringLiteral("group"), t.group},
                       {QStringLiteral("outcome"), t.outcome},
                       {QStringLiteral("matched"), t.matched},
                       {QStringLiteral("missing_data"), t.missingData},
                       {QStringLiteral("conditions"), conditionsJson(t)}};
}

void printRule(const CommandContext &c, const RuleTrace &t)
{
    c.out << "  " << t.ruleId << ' ' << localized(t.nameZh, t.nameEn) << QStringLiteral("：")
          << (t.matched ? Tr::tr("成立") : t.missingData ? Tr::tr("不成立（数据缺失）") : Tr::tr("不成立"))
          << '\n';
    for (const ConditionTrace &ct : t.conditions) {
        c.out << "    " << QString(ct.depth * 2, QLatin1Char(' ')) << (ct.held ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) << ct.text;
        if (ct.kind == QLatin1String("leaf"))
            c.out << QStringLiteral("  ← ") << (ct.missing ? Tr::tr("值缺失") : Tr::tr("实际值 %1").arg(ct.actual));
        c.out << '\n';
    }
}

} // namespace

int Commands::explain(const CommandContext &c)
{
    const Arguments args(c.args, {QStringLiteral("--json")}, {});
    if (!args.ok() || args.positional().size() != 2)
        return c.usage(args.ok() ? Tr::tr("用法：portrait-workbench explain 工作区 户号 [--json]") : args.error());
    try {
        auto ws = Workspace::open(args.positional().first());
        const QString customerNo = args.positional().at(1);
        Statement find(ws->db(), "SELECT id, name FROM customers WHERE customer_no = ?");
        find.bind(1, customerNo);
        if (!find.step())
            return c.refuse(Tr::tr("%1：没有户号为 %2 的客户").arg(ws->path(), customerNo));
        const qint64 id = find.integer(0);
        const QString name = find.text(1);
        bool today = false;
        const QDate date = Reclassification::dataDate(*ws, &today);
        const Config config = ConfigRepository::load(ws->db());
        const AttributeDictionary dictionary = AttributeDictionary::load(ws->db());
        const CustomerFrame frame = ClassificationRepository::loadFrame(
            ws->db(), dictionary, ClassificationRepository::attributesUsed(config.rules), id);
        const ClassificationEngine engine(
            frame, ClassificationSetup::fromConfig(config, date, ClassificationRepository::overrides(ws->db())));
        const ClassificationResult result = *engine.run();
        const Explanation e = Explainer::explain(engine, result, 0);
        const CustomerOutcome &o = e.outcome;
        const RuleCatalog &cat = engine.catalog();
        if (args.flag(QStringLiteral("--json"))) {
            QJsonObject primary = ruleJson(e.primary);
            primary.insert(QStringLiteral("category"), o.category);
            primary.insert(QStringLiteral("name"), cat.nodeName(o.category));
            primary.insert(QStringLiteral("rule"), o.categoryRule);
            primary.insert(QStringLiteral("pinned"), bool(o.pinnedCategory));
            QJsonArray earlier, outcomes, roles, tags, needs;
            for (const RuleTrace &t : e.notMatched)
                earlier.append(ruleJson(t));
            primary.insert(QStringLiteral("not_matched"), earlier);
            for (const RuleTrace &t : e.outcomes)
                outcomes.append(ruleJson(t));
            for (const auto &[code, rule] : o.roles)
                roles.append(QJsonObject{{QStringLiteral("role"), code}, {QStringLiteral("rule"), rule}});
            for (const auto &[tag, rule] : o.tags)
                tags.append(QJsonObject{{QStringLiteral("tag"), tag}, {QStringLiteral("rule"), rule}});
            for (const CustomerOutcome::Need &n : o.needs)
                needs.append(QJsonObject{{QStringLiteral("need"), n.code},
                                         {QStringLiteral("sources"), QJsonArray::fromStringList(n.sources)}});
            auto single = [](const QString &v, const QString &rule) {
                return QJsonObject{{QStringLiteral("value"), v.isEmpty() ? QJsonValue() : QJsonValue(v)},
                                   {QStringLiteral("rule"), rule.isEmpty() ? QJsonValue() : QJsonValue(rule)}};
            };
            QJsonObject stage = single(o.stage, o.stageRule);
            stage.insert(QStringLiteral("excluded"), o.excluded);
            c.printJson(QJsonDocument(QJsonObject{
                {QStringLiteral("customer_no"), customerNo},
                {QStringLiteral("name"), name},
                {QStringLiteral("data_date"), date.toString(Qt::ISODate)},
                {QStringLiteral("primary"), primary},
                {QStringLiteral("evaluable"), e.evaluable},
                {QStringLiteral("missing_attributes"), QJsonArray::fromStringList(e.missingAttributes)},
                {QStringLiteral("stage"), stage},
                {QStringLiteral("credit"), single(o.credit, o.creditRule)},
                {QStringLiteral("dr"), single(o.dr, o.drRule)},
                {QStringLiteral("roles"), roles},
                {QStringLiteral("tags"), tags},
                {QStringLiteral("needs"), needs},
                {QStringLiteral("outcomes"), outcomes},
                {QStringLiteral("notes"), QJsonArray::fromStringList(e.notes)}}));
            return CommandContext::Success;
        }
        c.out << Tr::tr("客户 %1 %2（数据日期 %3）").arg(customerNo, name, date.toString(Qt::ISODate)) << '\n'
              << Tr::tr("主类：%1 %2（规则 %3）").arg(o.category, cat.nodeName(o.category), o.categoryRule) << '\n';
        for (const QString &note : e.notes)
            c.out << "  " << note << '\n';
        if (!e.primary.ruleId.isEmpty())
            printRule(c, e.primary);
        if (!e.notMatched.isEmpty())
            c.out << Tr::tr("之前未命中的规则：") << '\n';
        for (const RuleTrace &t : e.notMatched)
            printRule(c, t);
        if (!e.evaluable)
            c.out << Tr::tr("注意：主类依赖缺失数据（%1）").arg(e.missingAttributes.join(Tr::tr("、"))) << '\n';
        c.out << Tr::tr("阶段：%1").arg(o.excluded ? Tr::tr("已退出生命周期（%1）").arg(o.stageRule)
                                     : o.stage.isEmpty() ? Tr::tr("未知")
                                     : QStringLiteral("%1 %2（%3）").arg(o.stage, cat.stageName(o.stage), o.stageRule)) << '\n'
              << Tr::tr("信用等级：%1").arg(o.credit.isEmpty() ? Tr::tr("未评") : QStringLiteral("%1（%2）").arg(o.credit, o.creditRule)) << '\n'
              << Tr::tr("需求响应潜力：%1").arg(o.dr.isEmpty() ? Tr::tr("未评") : QStringLiteral("%1（%2）").arg(drPotentialName(o.dr), o.drRule)) << '\n';
        QStringList roleTexts, needTexts;
        for (const auto &[code, rule] : o.roles)
            roleTexts << QStringLiteral("%1 %2（%3）").arg(code, cat.nodeName(code), rule);
        for (const auto &[tag, rule] : o.tags)
            roleTexts << QStringLiteral("%1（%2）").arg(tag, rule);
        for (const CustomerOutcome::Need &n : o.needs)
            needTexts << QStringLiteral("%1 %2（%3）").arg(n.code, cat.needName(cat.needIndex(n.code)),
                                                         n.sources.join(QStringLiteral(", ")));
        c.out << Tr::tr("角色与标签：%1").arg(roleTexts.isEmpty() ? Tr::tr("无") : roleTexts.join(QStringLiteral("；"))) << '\n'
              << Tr::tr("需求：") << '\n';
        for (const QString &n : needTexts)
            c.out << "  " << n << '\n';
        c.out << Tr::tr("各项结果的规则：") << '\n';
        for (const RuleTrace &t : e.outcomes)
            printRule(c, t);
    } catch (const Error &e) {
        return c.refuse(e.message());
    }
    return CommandContext::Success;
}

int Commands::classify(const CommandContext &c)
{
    const Arguments args(c.args, {QStringLiteral("--json")}, {QStringLiteral("--data-date")});
    if (!args.ok() || args.positional().size() != 1)
        return c.usage(args.ok() ? Tr::tr("用法：portrait-workbench classify 工作区 [--data-date YYYY-MM-DD] [--json]")
                                 : args.error());
    const QString dateText = args.option(QStringLiteral("--data-date"));
    if (args.has(QStringLiteral("--data-date")) &&
        !QDate::fromString(dateText, Qt::ISODate).isValid())
        return c.usage(Tr::tr("--data-date：“%1”不是 YYYY-MM-DD 格式的日期").arg(dateText));
    const bool json = args.flag(QStringLiteral("--json"));
    try {
        auto ws = Workspace::open(args.positional().first());
        if (!dateText.isEmpty())
            ws->setSetting(kDataDate, dateText);
        bool today = false;
        const QDate date = Reclassification::dataDate(*ws, &today);
        if (today)
            (json ? c.err : c.out) << Tr::tr("工作区未设置数据日期，按今天（%1）计算相对日期")
                                         .arg(date.toString(Qt::ISODate))
                                   << '\n';
        // PORTRAIT_TIMING=1 prints the time of each phase (benchmarks).
        QElapsedTimer timer;
        timer.start();
        std::clock_t cpu = std::clock();
        auto phase = [&](const char *name) {
            if (!qEnvironmentVariableIsSet("PORTRAIT_TIMING"))
                return;
            const std::clock_t now = std::clock();
            c.err << name << ' ' << timer.restart() << " ms (cpu "
                  << qint64((now - cpu) * 1000 / CLOCKS_PER_SEC) << " ms)\n";
            cpu = now;
        };
        const Config config = ConfigRepository::load(ws->db());
        const AttributeDictionary dictionary = AttributeDictionary::load(ws->db());
        mapLargeBlocksApart();
        CustomerFrame frame = ClassificationRepository::loadFrame(
            ws->db(), dictionary, ClassificationRepository::attributesUsed(config.rules));
        phase("load");
        const ClassificationEngine engine(
            frame, ClassificationSetup::fromConfig(config, date, ClassificationRepository::overrides(ws->db())));
        for (const QString &p : engine.problems())
            c.err << Tr::tr("警告：%1").arg(p) << '\n';
        const ClassificationResult result = *engine.run();
        phase("classify");
        frame.dropValues(); // the engine is done with them
        ClassificationRepository::store(ws->db(), frame, result);
        phase("store");
        qint64 missing = 0;
        for (size_t row = 0; row < result.rowCount(); ++row)
            missing += result.dependsOnMissingData(row) ? 1 : 0;
        const RuleCatalog &cat = engine.catalog();
        if (json) {
            c.printJson(QJsonDocument(QJsonObject{
                {QStringLiteral("customers"), qint64(frame.rowCount())},
                {QStringLiteral("data_date"), date.toString(Qt::ISODate)},
                {QStringLiteral("data_date_is_today"), today},
                {QStringLiteral("primary"), toJson(result.categoryCounts())},
                {QStringLiteral("stages"), toJson(result.stageCounts())},
                {QStringLiteral("stage_excluded"), result.excludedCount()},
                {QStringLiteral("roles"), toJson(result.roleCounts())},
                {QStringLiteral("credit"), toJson(result.creditCounts())},
                {QStringLiteral("dr"), toJson(result.drCounts())},
                {QStringLiteral("depends_on_missing_data"), missing},
                {QStringLiteral("warnings"), QJsonArray::fromStringList(engine.problems())}}));
            return CommandContext::Success;
        }
        c.out << Tr::tr("已分类 %n 位客户（数据日期 %1）", nullptr, int(frame.rowCount())).arg(date.toString(Qt::ISODate))
              << '\n';
        printCounts(c, Tr::tr("主类："), result.categoryCounts(), [&](const QString &k) { return cat.nodeName(k); });
        printCounts(c, Tr::tr("生命周期阶段："), result.stageCounts(), [&](const QString &k) {
            return k == QLatin1String("unknown") ? Tr::tr("未知（其中已销户 %1）").arg(result.excludedCount())
                                                 : cat.stageName(k);
        });
        printCounts(c, Tr::tr("角色与标签："), result.roleCounts(), [&](const QString &k) {
            for (const CatalogRule &r : cat.rules()) {
                if (r.group == RuleGroup::Tag && r.id == k)
                    return r.value;
            }
            return cat.nodeName(k);
        });
        printCounts(c, Tr::tr("信用等级："), result.creditCounts(), [](const QString &) { return QString(); });
        printCounts(c, Tr::tr("需求响应潜力："), result.drCounts(), drPotentialName);
        c.out << Tr::tr("主类依赖缺失数据的客户：%1").arg(missing) << '\n';
    } catch (const Error &e) {
        return c.refuse(e.message());
    }
    return CommandContext::Success;
}

} // namespace portrait
