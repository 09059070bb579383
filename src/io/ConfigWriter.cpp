// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "io/ConfigWriter.h"

#include "core/Config.h"
#include "io/FileWriter.h"

#include <nlohmann/json.hpp>

namespace portrait::ConfigWriter {

namespace {

using json = nlohmann::ordered_json;

std::string s(const QString &text)
{
    return text.toStdString();
}

json list(const QStringList &items)
{
    json result = json::array();
    for (const QString &item : items)
        result.push_back(s(item));
    return result;
}

json optionalNumber(const std::optional<double> &v)
{
    return v ? json(*v) : json(nullptr);
}

json orNull(const QString &text)
{
    return text.isEmpty() ? json(nullptr) : json(s(text));
}

} // namespace

QByteArray write(const Config &c)
{
    json doc;
    doc["format"] = "portrait-config";
    doc["version"] = 1;
    doc["settings"] = {{"data_date", orNull(c.settings.dataDate)},
                       {"grid_unit_credit_codes", list(c.settings.gridUnitCreditCodes)}};
    json &goals = doc["value_goals"] = json::array();
    for (const ValueGoal &g : c.valueGoals)
        goals.push_back({{"code", s(g.code)}, {"name_zh", s(g.nameZh)}, {"name_en", s(g.nameEn)},
                         {"description_zh", s(g.descriptionZh)},
                         {"description_en", s(g.descriptionEn)}});
    json &groups = doc["need_groups"] = json::array();
    for (const NeedGroup &g : c.needGroups)
        groups.push_back({{"code", s(g.code)}, {"name_zh", s(g.nameZh)}, {"name_en", s(g.nameEn)},
                          {"kind", s(g.kind)}});
    json &needs = doc["needs"] = json::array();
    for (const Need &n : c.needs)
        needs.push_back({{"code", s(n.code)}, {"name_zh", s(n.nameZh)}, {"name_en", s(n.nameEn)},
                         {"group", orNull(n.group)}, {"goals", list(n.goals)},
                         {"stages", list(n.stages)}});
    json &resources = doc["resources"] = json::array();
    for (const Resource &r : c.resources)
        resources.push_back({{"code", s(r.code)}, {"name_zh", s(r.nameZh)},
                             {"name_en", s(r.nameEn)}, {"role_zh", s(r.roleZh)},
                             {"role_en", s(r.roleEn)}, {"offerings_zh", s(r.offeringsZh)},
                             {"offerings_en", s(r.offeringsEn)}});
    json &stages = doc["stages"] = json::array();
    for (const Stage &st : c.stages)
        stages.push_back({{"code", s(st.code)}, {"name_zh", s(st.nameZh)},
                          {"name_en", s(st.nameEn)}, {"situation_zh", s(st.situationZh)},
                          {"situation_en", s(st.situationEn)},
                          {"companionship_zh", s(st.companionshipZh)},
                          {"companionship_en", s(st.companionshipEn)},
                          {"aliases", list(st.aliases)}});
    json &taxonomy = doc["taxonomy"] = json::array();
    for (const TaxonomyNode &n : c.taxonomy)
        taxonomy.push_back({{"code", s(n.code)}, {"parent", orNull(n.parent)},
                            {"name_zh", s(n.nameZh)}, {"name_en", s(n.nameEn)},
                            {"kind", s(n.kind)}, {"definition_zh", s(n.definitionZh)},
                            {"definition_en", s(n.definitionEn)},
                            {"core_needs", list(n.coreNeeds)},
                            {"scenarios_zh", list(n.scenariosZh)},
                            {"scenarios_en", list(n.scenariosEn)}});
    json &attributes = doc["attributes"] = json::array();
    for (const Attribute &a : c.attributes)
        attributes.push_back({{"key", s(a.key)}, {"name_zh", s(a.nameZh)},
                              {"name_en", s(a.nameEn)}, {"type", s(a.type)}, {"unit", s(a.unit)},
                              {"values", list(a.values)}, {"synonyms", list(a.synonyms)},
                              {"min", optionalNumber(a.min)}, {"max", optionalNumber(a.max)},
                              {"required", a.required}, {"description_zh", s(a.descriptionZh)},
                              {"description_en", s(a.descriptionEn)}});
    json &labels = doc["labels"] = json::array();
    for (const Label &l : c.labels)
        labels.push_back({{"name", s(l.name)}, {"name_en", s(l.nameEn)}});
    json &departments = doc["departments"] = json::array();
    for (const Department &d : c.departments) {
        json positions = json::array(), scope = json::array();
        for (const Position &p : d.positions) {
            json nodes = json::array();
            for (const PositionNode &n : p.nodes)
                nodes.push_back(
                    {{"node", s(n.node)}, {"role", s(n.role)}, {"evidence", s(n.evidence)}});
            positions.push_back(
                {{"name_zh", s(p.nameZh)}, {"name_en", s(p.nameEn)}, {"nodes", nodes}});
        }
        for (const ScopeEntry &e : d.scope)
            scope.push_back(
                {{"node", s(e.node)}, {"priority", e.priority}, {"evidence", s(e.evidence)}});
        departments.push_back({{"code", s(d.code)}, {"name_zh", s(d.nameZh)},
                               {"name_en", s(d.nameEn)}, {"type", s(d.type)},
                               {"parent", orNull(d.parent)}, {"positions", positions},
                               {"scope", scope}});
    }
    json &services = doc["services"] = json::array();
    for (const Service &sv : c.services) {
        json steps = json::array();
        for (const ToolkitStep &t : sv.steps)
            steps.push_back({{"text_zh", s(t.textZh)}, {"text_en", s(t.textEn)}});
        services.push_back({{"code", s(sv.code)}, {"department", s(sv.department)},
                            {"name_zh", s(sv.nameZh)}, {"name_en", s(sv.nameEn)},
                            {"kind", s(sv.kind)}, {"description_zh", s(sv.descriptionZh)},
                            {"description_en", s(sv.descriptionEn)}, {"needs", list(sv.needs)},
                            {"stages", list(sv.stages)}, {"targets", list(sv.targets)},
                            {"resources", list(sv.resources)},
                            {"owner_position", orNull(sv.ownerPosition)}, {"steps", steps}});
    }
    json &rules = doc["rules"] = json::array();
    for (const Rule &r : c.rules) {
        json rule = {{"id", s(r.id)},
                     {"group", s(r.group)},
                     {"name_zh", s(r.nameZh)},
                     {"name_en", s(r.nameEn)},
                     {"when", json::parse(r.whenJson.toStdString())},
                     {"outcome", r.outcome ? json(s(*r.outcome)) : json(nullptr)}};
        if (!r.deptTypes.isEmpty())
            rule["dept_types"] = list(r.deptTypes);
        rule["enabled"] = r.enabled;
        rule["why"] = s(r.why);
        rules.push_back(rule);
    }
    return QByteArray::fromStdString(doc.dump(2)) + '\n';
}

void writeFile(const Config &config, const QString &path)
{
    FileWriter::write(path, write(config));
}

} // namespace portrait::ConfigWriter
