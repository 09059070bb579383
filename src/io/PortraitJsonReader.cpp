// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "io/PortraitJsonReader.h"

#include "core/Error.h"
#include "io/PortraitJsonWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::PortraitJsonReader)
};

using S = QLatin1String;

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

qint64 integer(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger();
}

double real(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toDouble();
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QList<ValueShare> shares(const QJsonValue &v)
{
    QList<ValueShare> out;
    for (const QJsonValue &x : v.toArray()) {
        const QJsonObject o = x.toObject();
        out << ValueShare{text(o, "code"), text(o, "name"), integer(o, "count"), real(o, "share")};
    }
    return out;
}

Segment segment(const QJsonObject &o)
{
    Segment s;
    s.node = text(o, "category");
    s.name = text(o, "name");
    s.kind = text(o, "kind");
    s.definition = text(o, "definition");
    s.priority = int(integer(o, "priority"));
    s.scopeEvidence = PortraitJsonReader::evidence(text(o, "evidence"), Evidence::Manual);
    s.leads = strings(o.value(S("leads")));
    s.supports = strings(o.value(S("supports")));
    s.count = integer(o, "count");
    s.shareOfScope = real(o, "share");
    s.kwh = real(o, "annual_kwh");
    s.shareOfKwh = real(o, "kwh_share");
    s.completeness = real(o, "completeness");
    s.evaluability = real(o, "evaluability");
    for (const QJsonValue &x : o.value(S("numbers")).toArray()) {
        const QJsonObject n = x.toObject();
        s.numbers << NumberStat{text(n, "key"), text(n, "name"), text(n, "unit"), integer(n, "count"),
                                real(n, "median"), real(n, "p25"), real(n, "p75")};
    }
    for (const QJsonValue &x : o.value(S("enums")).toArray())
        s.enums.insert(text(x.toObject(), "attribute"), shares(x.toObject().value(S("values"))));
    s.credit = shares(o.value(S("credit")));
    s.dr = shares(o.value(S("dr")));
    s.labels = shares(o.value(S("labels")));
    s.match = real(o, "resource_match");
    for (const QJsonValue &x : o.value(S("needs")).toArray()) {
        const QJsonObject n = x.toObject();
        NeedIncidence ni;
        ni.code = text(n, "need");
        ni.name = text(n, "name");
        ni.count = integer(n, "count");
        ni.share = real(n, "share");
        ni.match = real(n, "match");
        ni.bestService = text(n, "best_service");
        ni.sources = strings(n.value(S("sources")));
        ni.evidence = PortraitJsonReader::evidence(text(n, "evidence"));
        ni.gap = n.value(S("gap")).toBool();
        s.needs << ni;
    }
    s.scenarios = strings(o.value(S("scenarios")));
    s.goals = shares(o.value(S("goals")));
    const QJsonObject stages = o.value(S("stages")).toObject();
    QStringList order = strings(o.value(S("stage_order")));
    if (order.isEmpty())
        order = stages.keys();
    for (const QString &key : std::as_const(order)) {
        const QJsonObject c = stages.value(key).toObject();
        s.stages << StageCell{key == QLatin1String("unknown") ? QString() : key, integer(c, "count"),
                              real(c, "share"), strings(c.value(S("services"))), c.value(S("gap")).toBool()};
    }
    for (const QJsonValue &x : o.value(S("services")).toArray()) {
        const QJsonObject k = x.toObject();
        s.services << CoveringService{text(k, "service"), text(k, "name"), text(k, "department"),
                                      k.value(S("partner")).toBool(), text(k, "mark") == QStringLiteral("●"),
                                      strings(k.value(S("needs")))};
    }
    s.references = shares(o.value(S("references")));
    s.gapNeeds = strings(o.value(S("gap_needs")));
    s.gapStages = strings(o.value(S("gap_stages")));
    return s;
}

void coverage(Portrait &p, const QJsonObject &o)
{
    for (const QJsonValue &x : o.value(S("columns")).toArray()) {
        const QJsonObject c = x.toObject();
        p.columns << CoverageColumn{text(c, "service"), text(c, "name"), text(c, "department"),
                                    c.value(S("partner")).toBool(), integer(c, "reached"),
                                    c.value(S("retire")).toBool()};
    }
    for (const QJsonValue &x : o.value(S("rows")).toArray()) {
        const QJsonObject r = x.toObject();
        p.rows << CoverageRow{text(r, "need"), text(r, "name"), real(r, "demand"), real(r, "match"),
                              r.value(S("gap")).toBool(), strings(r.value(S("cells"))),
                              strings(r.value(S("partners")))};
    }
}

} // namespace

Evidence PortraitJsonReader::evidence(const QString &key, Evidence fallback)
{
    for (Evidence e : {Evidence::Data, Evidence::Rule, Evidence::Workshop, Evidence::Manual}) {
        if (PortraitJsonWriter::evidenceKey(e) == key)
            return e;
    }
    return fallback;
}

Portrait PortraitJsonReader::fromJson(const QJsonObject &o)
{
    if (o.value(S("department")).toString().isEmpty() || !o.value(S("segments")).isArray())
        throw Error(Tr::tr("不是部门画像：缺少 department 或 segments"));
    if (integer(o, "version") > PortraitJsonWriter::kVersion)
        throw Error(Tr::tr("画像来自更新的版本（格式版本 %1，本程序支持到 %2），请升级程序")
                        .arg(integer(o, "version"))
                        .arg(PortraitJsonWriter::kVersion));
    Portrait p;
    p.department = text(o, "department");
    p.departmentName = text(o, "department_name");
    p.departmentType = text(o, "department_type");
    p.dataDate = text(o, "data_date");
    p.classifiedAt = text(o, "classified_at");
    p.companyCustomers = integer(o, "customers");
    p.classified = integer(o, "classified");
    p.inScope = integer(o, "in_scope");
    p.outOfScope = integer(o, "out_of_scope");
    p.unclassified = integer(o, "unclassified");
    p.inScopeKwh = real(o, "in_scope_kwh");
    p.companyKwh = real(o, "company_kwh");
    for (const QJsonValue &x : o.value(S("segments")).toArray())
        p.segments << segment(x.toObject());
    coverage(p, o.value(S("coverage")).toObject());
    p.resourceMatch = real(o, "resource_match");
    p.matchByGoal = shares(o.value(S("resource_match_by_goal")));
    for (const QJsonValue &x : o.value(S("resources")).toArray())
        p.resources << ResourceUse{text(x.toObject(), "code"), text(x.toObject(), "name"),
                                   real(x.toObject(), "utilisation")};
    p.completeness = real(o, "completeness");
    p.classificationCoverage = real(o, "classification_coverage");
    p.evaluability = real(o, "rule_evaluability");
    p.attributeCoverage = shares(o.value(S("attribute_coverage")));
    p.needRanking = shares(o.value(S("needs")));
    p.sharedWith = shares(o.value(S("shared_with")));
    p.notes = strings(o.value(S("notes")));
    return p;
}

Portrait PortraitJsonReader::fromText(const QByteArray &utf8)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError)
        throw Error(Tr::tr("画像 JSON 无法读取：%1（位置 %2）").arg(error.errorString()).arg(error.offset));
    return fromJson(doc.object());
}

} // namespace portrait
