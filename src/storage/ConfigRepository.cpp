// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "storage/ConfigRepository.h"

#include "core/CanonicalAttributes.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSet>

namespace portrait::ConfigRepository {

namespace {

const QChar kLine = QLatin1Char('\n');

QStringList lines(const QString &text)
{
    return text.split(kLine, Qt::SkipEmptyParts);
}

QStringList links(Database &db, const char *sql, const QVariant &owner)
{
    Statement st(db, sql);
    st.bind(1, owner);
    QStringList result;
    while (st.step())
        result << st.text(0);
    return result;
}

// Inserts rows of one statement; `rows` supplies the bound values of each row.
void insertAll(Database &db, std::string_view sql, const QList<QVariantList> &rows)
{
    Statement st(db, sql);
    for (const QVariantList &row : rows) {
        for (int i = 0; i < row.size(); ++i)
            st.bind(i + 1, row[i]);
        st.run();
        st.reset();
    }
}

void insertLinks(Database &db, const char *table, const char *ownerColumn, const char *valueColumn,
                 const QString &owner, const QStringList &values)
{
    QList<QVariantList> rows;
    for (int i = 0; i < values.size(); ++i)
        rows.append({owner, values[i], i});
    insertAll(db,
              "INSERT INTO " + std::string(table) + " (" + ownerColumn + ", " + valueColumn +
                  ", ord) VALUES (?, ?, ?)",
              rows);
}

QVariant optionalNumber(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

Config load(Database &db)
{
    Config c;
    {
        Statement st(db, "SELECT key, value FROM settings");
        while (st.step()) {
            if (st.text(0) == QLatin1String("data_date"))
                c.settings.dataDate = st.text(1);
            else if (st.text(0) == QLatin1String("grid_unit_credit_codes"))
                c.settings.gridUnitCreditCodes = lines(st.text(1));
        }
    }
    {
        Statement st(db, "SELECT code, name_zh, name_en, description_zh, description_en "
                         "FROM value_goals ORDER BY ord, rowid");
        while (st.step())
            c.valueGoals.append({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4)});
    }
    {
        Statement st(db, "SELECT code, name_zh, name_en, kind FROM need_groups ORDER BY ord, rowid");
        while (st.step())
            c.needGroups.append({st.text(0), st.text(1), st.text(2), st.text(3)});
    }
    {
        Statement st(db, "SELECT code, name_zh, name_en, group_code FROM needs ORDER BY ord, rowid");
        while (st.step()) {
            Need n{st.text(0), st.text(1), st.text(2), st.text(3), {}, {}};
            n.goals = links(db, "SELECT goal_code FROM need_goals WHERE need_code = ? "
                                "ORDER BY ord, rowid", n.code);
            n.stages = links(db, "SELECT stage_code FROM need_stages WHERE need_code = ? "
                                 "ORDER BY ord, rowid", n.code);
            c.needs << n;
        }
    }
    {
        Statement st(db, "SELECT code, name_zh, name_en, role_zh, role_en, offerings_zh, "
                         "offerings_en FROM resources ORDER BY ord, rowid");
        while (st.step())
            c.resources.append({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4),
                                st.text(5), st.text(6)});
    }
    {
        Statement st(db, "SELECT code, name_zh, name_en, situation_zh, situation_en, "
                         "companionship_zh, companionship_en, aliases FROM stages "
                         "ORDER BY ord, rowid");
        while (st.step())
            c.stages.append({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4),
                             st.text(5), st.text(6), lines(st.text(7))});
    }
    {
        Statement st(db, "SELECT code, parent_code, name_zh, name_en, kind, definition_zh, "
                         "definition_en, scenarios_zh, scenarios_en FROM taxonomy "
                         "ORDER BY ord, rowid");
        while (st.step()) {
            TaxonomyNode n{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4),
                           st.text(5), st.text(6), {}, lines(st.text(7)), lines(st.text(8))};
            n.coreNeeds = links(db, "SELECT need_code FROM node_needs WHERE node_code = ? "
                                    "ORDER BY ord, rowid", n.code);
            c.taxonomy << n;
        }
    }
    {
        Statement st(db, "SELECT key, name_zh, name_en, type, unit, enum_values, synonyms, "
                         "min_value, max_value, required, description_zh, description_en "
                         "FROM attributes ORDER BY ord, rowid");
        while (st.step()) {
            Attribute a;
            a.key = st.text(0);
            a.nameZh = st.text(1);
            a.nameEn = st.text(2);
            a.type = st.text(3);
            a.unit = st.text(4);
            a.values = lines(st.text(5));
            a.synonyms = lines(st.text(6));
            if (!st.isNull(7))
                a.min = st.real(7);
            if (!st.isNull(8))
                a.max = st.real(8);
            a.required = st.integer(9) != 0;
            a.descriptionZh = st.text(10);
            a.descriptionEn = st.text(11);
            c.attributes << a;
        }
    }
    {
        Statement st(db, "SELECT name, name_en FROM labels ORDER BY ord, rowid");
        while (st.step())
            c.labels.append({st.text(0), st.text(1)});
    }
    {
        // Every position's nodes in one query (load() runs on every explanation and load).
        QHash<qint64, decltype(Position::nodes)> nodesOf;
        Statement nodes(db, "SELECT position_id, node_code, role, evidence FROM position_nodes "
                            "ORDER BY position_id, ord, rowid");
        while (nodes.step())
            nodesOf[nodes.integer(0)].append({nodes.text(1), nodes.text(2), nodes.text(3)});
        Statement pos(db, "SELECT id, name_zh, name_en FROM positions WHERE dept_code = ? ORDER BY ord, id");
        Statement scope(db, "SELECT node_code, priority, evidence FROM dept_scope "
                            "WHERE dept_code = ? ORDER BY ord, rowid");
        Statement st(db, "SELECT code, name_zh, name_en, type, parent_code FROM departments "
                         "ORDER BY ord, rowid");
        while (st.step()) {
            Department d{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), {}, {}};
            pos.bind(1, d.code);
            while (pos.step())
                d.positions << Position{pos.text(1), pos.text(2), nodesOf.value(pos.integer(0))};
            pos.reset();
            scope.bind(1, d.code);
            while (scope.step())
                d.scope.append({scope.text(0), int(scope.integer(1)), scope.text(2)});
            scope.reset();
            c.departments << d;
        }
    }
    {
        Statement st(db, "SELECT s.code, s.dept_code, s.name_zh, s.name_en, s.kind, "
                         "s.description_zh, s.description_en, p.name_zh FROM services s "
                         "LEFT JOIN positions p ON p.id = s.owner_position ORDER BY s.ord, s.rowid");
        while (st.step()) {
            Service s;
            s.code = st.text(0);
            s.department = st.text(1);
            s.nameZh = st.text(2);
            s.nameEn = st.text(3);
            s.kind = st.text(4);
            s.descriptionZh = st.text(5);
            s.descriptionEn = st.text(6);
            s.ownerPosition = st.text(7);
            s.needs = links(db, "SELECT need_code FROM service_needs WHERE service_code = ? "
                                "ORDER BY ord, rowid", s.code);
            s.stages = links(db, "SELECT stage_code FROM service_stages WHERE service_code = ? "
                                 "ORDER BY ord, rowid", s.code);
            s.targets = links(db, "SELECT node_code FROM service_targets WHERE service_code = ? "
                                  "ORDER BY ord, rowid", s.code);
            s.resources = links(db, "SELECT resource_code FROM service_resources "
                                    "WHERE service_code = ? ORDER BY ord, rowid", s.code);
            Statement steps(db, "SELECT text_zh, text_en FROM toolkit_steps WHERE service_code = ? "
                                "ORDER BY ord, id");
            steps.bind(1, s.code);
            while (steps.step())
                s.steps.append({steps.text(0), steps.text(1)});
            c.services << s;
        }
    }
    {
        Statement st(db, "SELECT id, grp, name_zh, name_en, when_json, outcome, dept_types, "
                         "enabled, why FROM rules ORDER BY "
                         "CASE grp WHEN 'primary' THEN 0 WHEN 'role' THEN 1 WHEN 'tag' THEN 2 "
                         "WHEN 'need' THEN 3 WHEN 'credit' THEN 4 WHEN 'dr' THEN 5 ELSE 6 END, "
                         "ord, rowid");
        while (st.step()) {
            Rule r;
            r.id = st.text(0);
            r.group = st.text(1);
            r.nameZh = st.text(2);
            r.nameEn = st.text(3);
            r.whenJson = st.text(4);
            if (!st.isNull(5))
                r.outcome = st.text(5);
            r.deptTypes = lines(st.text(6));
            r.enabled = st.integer(7) != 0;
            r.why = st.text(8);
            c.rules << r;
        }
    }
    return c;
}

void replace(Database &db, const Config &c)
{
    db.transaction([&] {
        // Children first, so that no foreign key ever points at a deleted row.
        for (const char *table :
             {"toolkit_steps", "service_needs", "service_stages", "service_targets",
              "service_resources", "services", "dept_scope", "position_nodes", "positions",
              "departments",
              "node_needs", "taxonomy", "need_goals", "need_stages", "needs", "need_groups",
              "value_goals", "resources", "stages", "attributes", "labels", "rules"})
            db.exec("DELETE FROM " + std::string(table));
        db.exec("DELETE FROM settings WHERE key IN ('data_date', 'grid_unit_credit_codes')");
        insertAll(db, "INSERT INTO settings (key, value) VALUES (?, ?)",
                  {{QStringLiteral("data_date"), nullIfEmpty(c.settings.dataDate)},
                   {QStringLiteral("grid_unit_credit_codes"),
                    c.settings.gridUnitCreditCodes.join(kLine)}});

        QList<QVariantList> rows;
        int ord = 0;
        for (const ValueGoal &g : c.valueGoals)
            rows.append({g.code, ++ord, g.nameZh, g.nameEn, g.descriptionZh, g.descriptionEn});
        insertAll(db, "INSERT INTO value_goals (code, ord, name_zh, name_en, description_zh, "
                      "description_en) VALUES (?, ?, ?, ?, ?, ?)", rows);
        rows.clear();
        ord = 0;
        for (const NeedGroup &g : c.needGroups)
            rows.append({g.code, ++ord, g.nameZh, g.nameEn, g.kind});
        insertAll(db, "INSERT INTO need_groups (code, ord, name_zh, name_en, kind) "
                      "VALUES (?, ?, ?, ?, ?)", rows);
        rows.clear();
        ord = 0;
        for (const Stage &s : c.stages)
            rows.append({s.code, ++ord, s.nameZh, s.nameEn, s.situationZh, s.situationEn,
                         s.companionshipZh, s.companionshipEn, s.aliases.join(kLine)});
        insertAll(db, "INSERT INTO stages (code, ord, name_zh, name_en, situation_zh, situation_en, "
                      "companionship_zh, companionship_en, aliases) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        rows.clear();
        ord = 0;
        for (const Resource &r : c.resources)
            rows.append({r.code, ++ord, r.nameZh, r.nameEn, r.roleZh, r.roleEn, r.offeringsZh,
                         r.offeringsEn});
        insertAll(db, "INSERT INTO resources (code, ord, name_zh, name_en, role_zh, role_en, "
                      "offerings_zh, offerings_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
        rows.clear();
        ord = 0;
        for (const Need &n : c.needs)
            rows.append({n.code, ++ord, n.nameZh, n.nameEn, nullIfEmpty(n.group)});
        insertAll(db, "INSERT INTO needs (code, ord, name_zh, name_en, group_code) "
                      "VALUES (?, ?, ?, ?, ?)", rows);
        for (const Need &n : c.needs) {
            insertLinks(db, "need_goals", "need_code", "goal_code", n.code, n.goals);
            insertLinks(db, "need_stages", "need_code", "stage_code", n.code, n.stages);
        }
        // Taxonomy parents may come after children in the file: insert, then link parents.
        rows.clear();
        ord = 0;
        for (const TaxonomyNode &n : c.taxonomy)
            rows.append({n.code, ++ord, n.nameZh, n.nameEn, n.kind, n.definitionZh,
                         n.definitionEn, n.scenariosZh.join(kLine), n.scenariosEn.join(kLine)});
        insertAll(db, "INSERT INTO taxonomy (code, ord, name_zh, name_en, kind, definition_zh, "
                      "definition_en, scenarios_zh, scenarios_en) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        rows.clear();
        for (const TaxonomyNode &n : c.taxonomy) {
            if (!n.parent.isEmpty())
                rows.append({n.parent, n.code});
            insertLinks(db, "node_needs", "node_code", "need_code", n.code, n.coreNeeds);
        }
        insertAll(db, "UPDATE taxonomy SET parent_code = ? WHERE code = ?", rows);
        rows.clear();
        ord = 0;
        for (const Attribute &a : c.attributes)
            rows.append({a.key, ++ord, a.nameZh, a.nameEn, a.type, a.unit, a.values.join(kLine),
                         a.synonyms.join(kLine), optionalNumber(a.min), optionalNumber(a.max),
                         a.required ? 1 : 0, CanonicalAttributes::indexOf(a.key) >= 0 ? 1 : 0,
                         a.descriptionZh, a.descriptionEn});
        insertAll(db, "INSERT INTO attributes (key, ord, name_zh, name_en, type, unit, enum_values, "
                      "synonyms, min_value, max_value, required, canonical, description_zh, "
                      "description_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        rows.clear();
        ord = 0;
        for (const Label &l : c.labels)
            rows.append({l.name, ++ord, l.nameEn});
        insertAll(db, "INSERT INTO labels (name, ord, name_en) VALUES (?, ?, ?)", rows);
        rows.clear();
        ord = 0;
        for (const Department &d : c.departments)
            rows.append({d.code, ++ord, d.nameZh, d.nameEn, d.type});
        insertAll(db, "INSERT INTO departments (code, ord, name_zh, name_en, type) "
                      "VALUES (?, ?, ?, ?, ?)", rows);
        for (const Department &d : c.departments) {
            if (!d.parent.isEmpty()) {
                Statement st(db, "UPDATE departments SET parent_code = ? WHERE code = ?");
                st.bindAll(d.parent, d.code).run();
            }
            rows.clear();
            ord = 0;
            for (const Position &p : d.positions)
                rows.append({d.code, ++ord, p.nameZh, p.nameEn});
            insertAll(db, "INSERT INTO positions (dept_code, ord, name_zh, name_en) "
                          "VALUES (?, ?, ?, ?)", rows);
            rows.clear();
            for (const Position &p : d.positions) {
                int nodeOrd = 0;
                for (const PositionNode &n : p.nodes)
                    rows.append({d.code, p.nameZh, n.node, ++nodeOrd, n.role, n.evidence});
            }
            insertAll(db, "INSERT INTO position_nodes (position_id, node_code, ord, role, "
                          "evidence) VALUES ((SELECT id FROM positions WHERE dept_code = ? AND "
                          "name_zh = ?), ?, ?, ?, ?)", rows);
            rows.clear();
            ord = 0;
            for (const ScopeEntry &s : d.scope)
                rows.append({d.code, s.node, ++ord, s.priority, s.evidence});
            insertAll(db, "INSERT INTO dept_scope (dept_code, node_code, ord, priority, evidence) "
                          "VALUES (?, ?, ?, ?, ?)", rows);
        }
        ord = 0;
        for (const Service &s : c.services) {
            Statement st(db, "INSERT INTO services (code, dept_code, ord, name_zh, name_en, kind, "
                             "description_zh, description_en, owner_position) VALUES "
                             "(?, ?, ?, ?, ?, ?, ?, ?, (SELECT id FROM positions "
                             "WHERE dept_code = ? AND name_zh = ?))");
            st.bindAll(s.code, s.department, ++ord, s.nameZh, s.nameEn, s.kind, s.descriptionZh,
                       s.descriptionEn, s.department, s.ownerPosition)
                .run();
            insertLinks(db, "service_needs", "service_code", "need_code", s.code, s.needs);
            insertLinks(db, "service_stages", "service_code", "stage_code", s.code, s.stages);
            insertLinks(db, "service_targets", "service_code", "node_code", s.code, s.targets);
            insertLinks(db, "service_resources", "service_code", "resource_code", s.code,
                        s.resources);
            rows.clear();
            int step = 0;
            for (const ToolkitStep &t : s.steps)
                rows.append({s.code, ++step, t.textZh, t.textEn});
            insertAll(db, "INSERT INTO toolkit_steps (service_code, ord, text_zh, text_en) "
                          "VALUES (?, ?, ?, ?)", rows);
        }
        rows.clear();
        QHash<QString, int> groupOrd;
        for (const Rule &r : c.rules)
            rows.append({r.id, r.group, ++groupOrd[r.group], r.nameZh, r.nameEn, r.whenJson,
                         r.outcome ? QVariant(*r.outcome) : QVariant(), r.deptTypes.join(kLine),
                         r.enabled ? 1 : 0, r.why});
        insertAll(db, "INSERT INTO rules (id, grp, ord, name_zh, name_en, when_json, outcome, "
                      "dept_types, enabled, why) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    });
}

} // namespace portrait::ConfigRepository
