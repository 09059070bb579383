// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "io/PortraitJsonWriter.h"

#include <QJsonArray>

namespace portrait {

namespace {

using S = QLatin1String;

QJsonArray sharesJson(const QList<ValueShare> &list)
{
    QJsonArray a;
    for (const ValueShare &v : list)
        a.append(QJsonObject{{S("code"), v.code}, {S("name"), v.name}, {S("count"), v.count},
                             {S("share"), v.share}});
    return a;
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject segmentJson(const Segment &s)
{
    QJsonArray needs;
    for (const NeedIncidence &n : s.needs)
        needs.append(QJsonObject{{S("need"), n.code}, {S("name"), n.name}, {S("count"), n.count},
                                 {S("share"), n.share}, {S("match"), n.match},
                                 {S("best_service"), n.bestService}, {S("sources"), strings(n.sources)},
                                 {S("evidence"), PortraitJsonWriter::evidenceKey(n.evidence)},
                                 {S("gap"), n.gap}});
    // Stages as an object keyed by stage (scripts look them up), and their order as a list.
    QJsonObject stages;
    QJsonArray stageOrder;
    for (const StageCell &st : s.stages) {
        const QString key = st.stage.isEmpty() ? QStringLiteral("unknown") : st.stage;
        stageOrder.append(key);
        stages.insert(key, QJsonObject{{S("count"), st.count}, {S("share"), st.share},
                                       {S("services"), strings(st.services)}, {S("gap"), st.gap}});
    }
    QJsonArray services;
    for (const CoveringService &k : s.services)
        services.append(QJsonObject{{S("service"), k.code}, {S("name"), k.name},
                                    {S("department"), k.department}, {S("partner"), k.partner},
                                    {S("mark"), k.full ? QStringLiteral("●") : QStringLiteral("◐")},
                                    {S("needs"), strings(k.needs)}});
    QJsonArray numbers;
    for (const NumberStat &n : s.numbers)
        numbers.append(QJsonObject{{S("key"), n.key}, {S("name"), n.name}, {S("unit"), n.unit},
                                   {S("count"), n.count}, {S("median"), n.median}, {S("p25"), n.p25},
                                   {S("p75"), n.p75}});
    QJsonArray enums; // a list: the attribute names are the map's keys, in its order
    for (auto it = s.enums.cbegin(); it != s.enums.cend(); ++it)
        enums.append(QJsonObject{{S("attribute"), it.key()}, {S("values"), sharesJson(it.value())}});
    return QJsonObject{
        {S("category"), s.node}, {S("name"), s.name}, {S("kind"), s.kind},
        {S("definition"), s.definition}, {S("priority"), s.priority},
        {S("evidence"), PortraitJsonWriter::evidenceKey(s.scopeEvidence)},
        {S("leads"), strings(s.leads)}, {S("supports"), strings(s.supports)},
        {S("count"), s.count}, {S("share"), s.shareOfScope}, {S("annual_kwh"), s.kwh},
        {S("kwh_share"), s.shareOfKwh}, {S("completeness"), s.completeness},
        {S("evaluability"), s.evaluability}, {S("numbers"), numbers}, {S("enums"), enums},
        {S("credit"), sharesJson(s.credit)}, {S("dr"), sharesJson(s.dr)},
        {S("labels"), sharesJson(s.labels)}, {S("resource_match"), s.match}, {S("needs"), needs},
        {S("scenarios"), strings(s.scenarios)}, {S("goals"), sharesJson(s.goals)},
        {S("stages"), stages}, {S("stage_order"), stageOrder}, {S("services"), services},
        {S("references"), sharesJson(s.references)}, {S("gap_needs"), strings(s.gapNeeds)},
        {S("gap_stages"), strings(s.gapStages)}};
}

QJsonObject coverageJson(const Portrait &p)
{
    QJsonArray columns, rows;
    for (const CoverageColumn &c : p.columns)
        columns.append(QJsonObject{{S("service"), c.service}, {S("name"), c.name},
                                   {S("department"), c.department}, {S("partner"), c.partner},
                                   {S("reached"), c.reached}, {S("retire"), c.retire}});
    for (const CoverageRow &r : p.rows)
        rows.append(QJsonObject{{S("need"), r.need}, {S("name"), r.name}, {S("demand"), r.demand},
                                {S("match"), r.match}, {S("gap"), r.gap}, {S("cells"), strings(r.cells)},
                                {S("partners"), strings(r.partners)}});
    return QJsonObject{{S("columns"), columns}, {S("rows"), rows}};
}

} // namespace

QString PortraitJsonWriter::evidenceKey(Evidence evidence)
{
    switch (evidence) {
    case Evidence::Data:
        return QStringLiteral("data");
    case Evidence::Rule:
        return QStringLiteral("rule");
    case Evidence::Workshop:
        return QStringLiteral("workshop");
    case Evidence::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

QJsonObject PortraitJsonWriter::toJson(const Portrait &p)
{
    QJsonArray segments;
    for (const Segment &s : p.segments)
        segments.append(segmentJson(s));
    QJsonObject utilisation;
    QJsonArray resources;
    for (const ResourceUse &r : p.resources) {
        utilisation.insert(r.code, r.utilisation);
        resources.append(QJsonObject{{S("code"), r.code}, {S("name"), r.name}, {S("utilisation"), r.utilisation}});
    }
    return QJsonObject{{S("format"), QStringLiteral("portrait-workbench-portrait")},
                       {S("version"), kVersion},
                       {S("department"), p.department},
                       {S("department_name"), p.departmentName},
                       {S("department_type"), p.departmentType},
                       {S("data_date"), p.dataDate},
                       {S("classified_at"), p.classifiedAt},
                       {S("customers"), p.companyCustomers},
                       {S("classified"), p.classified},
                       {S("in_scope"), p.inScope},
                       {S("out_of_scope"), p.outOfScope},
                       {S("unclassified"), p.unclassified},
                       {S("in_scope_kwh"), p.inScopeKwh},
                       {S("company_kwh"), p.companyKwh},
                       {S("segments"), segments},
                       {S("coverage"), coverageJson(p)},
                       {S("resource_match"), p.resourceMatch},
                       {S("resource_match_by_goal"), sharesJson(p.matchByGoal)},
                       {S("resource_utilisation"), utilisation},
                       {S("resources"), resources},
                       {S("completeness"), p.completeness},
                       {S("classification_coverage"), p.classificationCoverage},
                       {S("rule_evaluability"), p.evaluability},
                       {S("attribute_coverage"), sharesJson(p.attributeCoverage)},
                       {S("needs"), sharesJson(p.needRanking)},
                       {S("shared_with"), sharesJson(p.sharedWith)},
                       {S("notes"), strings(p.notes)}};
}

} // namespace portrait
