// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "io/ConfigReader.h"

#include "core/CanonicalAttributes.h"
#include "io/ConditionValidator.h"
#include "io/ConfigValidator.h"
#include "io/JsonSource.h"

#include <QCoreApplication>

namespace portrait::ConfigReader {

namespace {

using json = nlohmann::ordered_json;
using S = JsonSource;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::ConfigReader)
};

// Iterates an array of objects under `key`, calling read(item, path) for each.
template<typename F>
void forEachObject(const JsonSource &src, const json &doc, const char *key, F &&read)
{
    const json &items = src.array(doc, "$", key);
    for (size_t i = 0; i < items.size(); ++i) {
        const std::string path = S::at(S::at("$", key), i);
        if (!items[i].is_object())
            src.fail(path, Tr::tr("应为对象"));
        read(items[i], path);
    }
}

// An optional text field with its default.
QString textOr(const JsonSource &src, const json &o, const std::string &path, const char *key,
               const char *fallback)
{
    const QString value = src.text(o, path, key, false);
    return value.isEmpty() ? QString::fromLatin1(fallback) : value;
}

Config parse(const JsonSource &src, const json &doc)
{
    src.expectFormat(doc, "portrait-config", 1);
    Config c;
    const json &settings = src.object(doc, "$", "settings");
    c.settings.dataDate = src.text(settings, "$.settings", "data_date", false);
    c.settings.gridUnitCreditCodes = src.texts(settings, "$.settings", "grid_unit_credit_codes");

    forEachObject(src, doc, "value_goals", [&](const json &o, const std::string &p) {
        c.valueGoals.append({src.text(o, p, "code"), src.text(o, p, "name_zh"),
                             src.text(o, p, "name_en", false), src.text(o, p, "description_zh", false),
                             src.text(o, p, "description_en", false)});
    });
    forEachObject(src, doc, "need_groups", [&](const json &o, const std::string &p) {
        c.needGroups.append({src.text(o, p, "code"), src.text(o, p, "name_zh"),
                             src.text(o, p, "name_en", false), src.text(o, p, "kind")});
    });
    forEachObject(src, doc, "needs", [&](const json &o, const std::string &p) {
        c.needs.append({src.text(o, p, "code"), src.text(o, p, "name_zh"),
                        src.text(o, p, "name_en", false), src.text(o, p, "group", false),
                        src.texts(o, p, "goals"), src.texts(o, p, "stages")});
    });
    forEachObject(src, doc, "resources", [&](const json &o, const std::string &p) {
        c.resources.append({src.text(o, p, "code"), src.text(o, p, "name_zh"),
                            src.text(o, p, "name_en", false), src.text(o, p, "role_zh", false),
                            src.text(o, p, "role_en", false), src.text(o, p, "offerings_zh", false),
                            src.text(o, p, "offerings_en", false)});
    });
    forEachObject(src, doc, "stages", [&](const json &o, const std::string &p) {
        c.stages.append({src.text(o, p, "code"), src.text(o, p, "name_zh"),
                         src.text(o, p, "name_en", false), src.text(o, p, "situation_zh", false),
                         src.text(o, p, "situation_en", false),
                         src.text(o, p, "companionship_zh", false),
                         src.text(o, p, "companionship_en", false), src.texts(o, p, "aliases")});
    });
    forEachObject(src, doc, "taxonomy", [&](const json &o, const std::string &p) {
        c.taxonomy.append({src.text(o, p, "code"), src.text(o, p, "parent", false),
                           src.text(o, p, "name_zh"), src.text(o, p, "name_en", false),
                           src.text(o, p, "kind"), src.text(o, p, "definition_zh", false),
                           src.text(o, p, "definition_en", false), src.texts(o, p, "core_needs"),
                           src.texts(o, p, "scenarios_zh"), src.texts(o, p, "scenarios_en")});
    });
    forEachObject(src, doc, "attributes", [&](const json &o, const std::string &p) {
        Attribute a;
        a.key = src.text(o, p, "key");
        a.nameZh = src.text(o, p, "name_zh");
        a.nameEn = src.text(o, p, "name_en", false);
        a.type = src.text(o, p, "type");
        a.unit = src.text(o, p, "unit", false);
        a.values = src.texts(o, p, "values");
        a.synonyms = src.texts(o, p, "synonyms");
        a.min = src.number(o, p, "min");
        a.max = src.number(o, p, "max");
        a.required = src.boolean(o, p, "required", false);
        a.descriptionZh = src.text(o, p, "description_zh", false);
        a.descriptionEn = src.text(o, p, "description_en", false);
        c.attributes << a;
    });
    forEachObject(src, doc, "labels", [&](const json &o, const std::string &p) {
        c.labels.append({src.text(o, p, "name"), src.text(o, p, "name_en", false)});
    });
    forEachObject(src, doc, "departments", [&](const json &o, const std::string &p) {
        Department d{src.text(o, p, "code"), src.text(o, p, "name_zh"),
                     src.text(o, p, "name_en", false), src.text(o, p, "type"),
                     src.text(o, p, "parent", false), {}, {}};
        const json &positions = src.array(o, p, "positions", false);
        for (size_t i = 0; i < positions.size(); ++i) {
            const std::string pp = S::at(S::at(p, "positions"), i);
            if (!positions[i].is_object())
                src.fail(pp, Tr::tr("应为对象"));
            Position position{src.text(positions[i], pp, "name_zh"),
                              src.text(positions[i], pp, "name_en", false), {}};
            const json &nodes = src.array(positions[i], pp, "nodes", false);
            for (size_t n = 0; n < nodes.size(); ++n) {
                const std::string np = S::at(S::at(pp, "nodes"), n);
                if (!nodes[n].is_object())
                    src.fail(np, Tr::tr("应为对象"));
                position.nodes.append({src.text(nodes[n], np, "node"),
                                       textOr(src, nodes[n], np, "role", "lead"),
                                       textOr(src, nodes[n], np, "evidence", "manual")});
            }
            d.positions << position;
        }
        const json &scope = src.array(o, p, "scope", false);
        for (size_t i = 0; i < scope.size(); ++i) {
            const std::string sp = S::at(S::at(p, "scope"), i);
            if (!scope[i].is_object())
                src.fail(sp, Tr::tr("应为对象"));
            d.scope.append({src.text(scope[i], sp, "node"), src.integer(scope[i], sp, "priority", 1),
                            textOr(src, scope[i], sp, "evidence", "manual")});
        }
        c.departments << d;
    });
    forEachObject(src, doc, "services", [&](const json &o, const std::string &p) {
        Service s;
        s.code = src.text(o, p, "code");
        s.department = src.text(o, p, "department");
        s.nameZh = src.text(o, p, "name_zh");
        s.nameEn = src.text(o, p, "name_en", false);
        s.kind = src.text(o, p, "kind");
        s.descriptionZh = src.text(o, p, "description_zh", false);
        s.descriptionEn = src.text(o, p, "description_en", false);
        s.needs = src.texts(o, p, "needs");
        s.stages = src.texts(o, p, "stages");
        s.targets = src.texts(o, p, "targets");
        s.resources = src.texts(o, p, "resources");
        s.ownerPosition = src.text(o, p, "owner_position", false);
        const json &steps = src.array(o, p, "steps", false);
        for (size_t i = 0; i < steps.size(); ++i) {
            const std::string sp = S::at(S::at(p, "steps"), i);
            if (!steps[i].is_object())
                src.fail(sp, Tr::tr("应为对象"));
            s.steps.append({src.text(steps[i], sp, "text_zh"), src.text(steps[i], sp, "text_en", false)});
        }
        c.services << s;
    });
    forEachObject(src, doc, "rules", [&](const json &o, const std::string &p) {
        Rule r;
        r.id = src.text(o, p, "id");
        r.group = src.text(o, p, "group");
        r.nameZh = src.text(o, p, "name_zh");
        r.nameEn = src.text(o, p, "name_en", false);
        const auto when = o.find("when");
        if (when == o.end())
            src.fail(S::at(p, "when"), Tr::tr("缺少必填字段"));
        r.whenJson = QString::fromStdString(when->dump());
        const auto outcome = o.find("outcome");
        if (outcome != o.end() && !outcome->is_null())
            r.outcome = src.text(o, p, "outcome");
        r.deptTypes = src.texts(o, p, "dept_types");
        r.enabled = src.boolean(o, p, "enabled", true);
        r.why = src.text(o, p, "why", false);
        c.rules << r;
    });
    ConfigValidator::validate(src, c);
    // Conditions are checked against the file's own attribute dictionary.
    const json &rules = src.array(doc, "$", "rules");
    for (size_t i = 0; i < rules.size(); ++i)
        ConditionValidator::validate(src, rules[i]["when"], S::at(S::at(S::at("$", "rules"), i), "when"),
                                     c.attributes);
    return c;
}

} // namespace

Config read(const QByteArray &bytes, const QString &fileName)
{
    const JsonSource src(fileName);
    return parse(src, JsonSource::parse(bytes, fileName));
}

Config readFile(const QString &path)
{
    const JsonSource src(path);
    return parse(src, JsonSource::parseFile(path));
}

} // namespace portrait::ConfigReader
