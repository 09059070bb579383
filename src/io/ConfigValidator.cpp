// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "io/ConfigValidator.h"

#include "core/CanonicalAttributes.h"
#include "core/Config.h"
#include "io/JsonSource.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace portrait::ConfigValidator {

namespace {

using S = JsonSource;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::ConfigValidator)
};

std::string path(const char *list, qsizetype index, const char *field = nullptr)
{
    std::string p = S::at(S::at("$", list), size_t(index));
    return field ? S::at(p, field) : p;
}

// The codes of one kind of record: checks syntax and uniqueness while collecting them.
class CodeSet
{
public:
    CodeSet(const JsonSource &src, const char *list, const char *field)
        : m_src(src), m_list(list), m_field(field)
    {
    }
    void add(qsizetype index, const QString &code)
    {
        static const QRegularExpression syntax(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$"));
        if (!syntax.match(code).hasMatch())
            m_src.fail(path(m_list, index, m_field),
                       Tr::tr("代码「%1」不合规（字母或数字开头，只含字母、数字、. _ -，最多 32 个字符）")
                           .arg(code));
        if (m_codes.contains(code))
            m_src.fail(path(m_list, index, m_field), Tr::tr("代码 %1 重复").arg(code));
        m_codes.insert(code);
    }
    bool contains(const QString &code) const { return m_codes.contains(code); }

private:
    const JsonSource &m_src;
    const char *m_list, *m_field;
    QSet<QString> m_codes;
};

void checkRefs(const JsonSource &src, const std::string &at, const QStringList &codes,
               const CodeSet &known, const QString &what)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        if (!known.contains(codes[i]))
            src.fail(S::at(at, size_t(i)), Tr::tr("未知的%1代码 %2").arg(what, codes[i]));
        if (seen.contains(codes[i]))
            src.fail(S::at(at, size_t(i)), Tr::tr("%1 重复").arg(codes[i]));
        seen.insert(codes[i]);
    }
}

void checkChoice(const JsonSource &src, const std::string &at, const QString &value,
                 const QStringList &choices)
{
    if (!choices.contains(value))
        src.fail(at, Tr::tr("「%1」不是可选值（可选：%2）").arg(value, choices.join(QStringLiteral(", "))));
}

const QStringList &evidences()
{
    static const QStringList list{QStringLiteral("manual"), QStringLiteral("workshop")};
    return list;
}

// The segments a position serves: known nodes, each once, with a role and an evidence.
void checkPositionNodes(const JsonSource &src, const std::string &at, const Position &position,
                        const CodeSet &nodes)
{
    static const QStringList roles{QStringLiteral("lead"), QStringLiteral("support")};
    QSet<QString> seen;
    for (qsizetype n = 0; n < position.nodes.size(); ++n) {
        const PositionNode &pn = position.nodes[n];
        const std::string np = S::at(S::at(at, "nodes"), size_t(n));
        if (!nodes.contains(pn.node))
            src.fail(S::at(np, "node"), Tr::tr("岗位「%1」服务的分类代码 %2 不存在")
                                            .arg(position.nameZh, pn.node));
        if (seen.contains(pn.node))
            src.fail(S::at(np, "node"),
                     Tr::tr("岗位「%1」的分类 %2 重复").arg(position.nameZh, pn.node));
        seen.insert(pn.node);
        checkChoice(src, S::at(np, "role"), pn.role, roles);
        checkChoice(src, S::at(np, "evidence"), pn.evidence, evidences());
    }
}

} // namespace

void validate(const JsonSource &src, const Config &c)
{
    if (!c.settings.dataDate.isEmpty() &&
        !QDate::fromString(c.settings.dataDate, Qt::ISODate).isValid())
        src.fail("$.settings.data_date", Tr::tr("「%1」不是有效日期（YYYY-MM-DD）").arg(c.settings.dataDate));

    CodeSet goals(src, "value_goals", "code"), groups(src, "need_groups", "code"),
        needs(src, "needs", "code"), resources(src, "resources", "code"),
        stages(src, "stages", "code"), nodes(src, "taxonomy", "code"),
        attributes(src, "attributes", "key"),
        departments(src, "departments", "code"), services(src, "services", "code"),
        rules(src, "rules", "id");
    for (qsizetype i = 0; i < c.valueGoals.size(); ++i)
        goals.add(i, c.valueGoals[i].code);
    for (qsizetype i = 0; i < c.needGroups.size(); ++i) {
        groups.add(i, c.needGroups[i].code);
        checkChoice(src, path("need_groups", i, "kind"), c.needGroups[i].kind,
                    {QStringLiteral("traditional"), QStringLiteral("new"),
                     QStringLiteral("internal"), QStringLiteral("collective")});
    }
    for (qsizetype i = 0; i < c.resources.size(); ++i)
        resources.add(i, c.resources[i].code);
    for (qsizetype i = 0; i < c.stages.size(); ++i)
        stages.add(i, c.stages[i].code);
    for (qsizetype i = 0; i < c.needs.size(); ++i) {
        const Need &n = c.needs[i];
        needs.add(i, n.code);
        if (!n.group.isEmpty() && !groups.contains(n.group))
            src.fail(path("needs", i, "group"), Tr::tr("未知的需求分组代码 %1").arg(n.group));
        checkRefs(src, path("needs", i, "goals"), n.goals, goals, Tr::tr("价值目标"));
        checkRefs(src, path("needs", i, "stages"), n.stages, stages, Tr::tr("生命周期阶段"));
    }

    static const QStringList nodeKinds{QStringLiteral("group"), QStringLiteral("group_fallback"),
                                       QStringLiteral("primary"), QStringLiteral("role"),
                                       QStringLiteral("primary_role"), QStringLiteral("local")};
    QHash<QString, QString> parents;
    for (qsizetype i = 0; i < c.taxonomy.size(); ++i) {
        nodes.add(i, c.taxonomy[i].code);
        checkChoice(src, path("taxonomy", i, "kind"), c.taxonomy[i].kind, nodeKinds);
        parents.insert(c.taxonomy[i].code, c.taxonomy[i].parent);
    }
    for (qsizetype i = 0; i < c.taxonomy.size(); ++i) {
        const TaxonomyNode &n = c.taxonomy[i];
        if (!n.parent.isEmpty() && !nodes.contains(n.parent))
            src.fail(path("taxonomy", i, "parent"), Tr::tr("未知的上级分类 %1").arg(n.parent));
        // Walk up: a cycle returns to the node within as many steps as there are nodes.
        QString p = n.parent;
        for (qsizetype steps = 0; !p.isEmpty(); p = parents.value(p)) {
            if (p == n.code || ++steps > c.taxonomy.size())
                src.fail(path("taxonomy", i, "parent"), Tr::tr("分类 %1 的上级形成了循环").arg(n.code));
        }
        checkRefs(src, path("taxonomy", i, "core_needs"), n.coreNeeds, needs, Tr::tr("需求"));
    }

    static const QStringList types{QStringLiteral("text"), QStringLiteral("enum"),
                                   QStringLiteral("number"), QStringLiteral("date"),
                                   QStringLiteral("list")};
    static const QRegularExpression customKey(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    for (qsizetype i = 0; i < c.attributes.size(); ++i) {
        const Attribute &a = c.attributes[i];
        attributes.add(i, a.key);
        checkChoice(src, path("attributes", i, "type"), a.type, types);
        const int canonical = CanonicalAttributes::indexOf(a.key);
        if (canonical >= 0) {
            const char *expected = CanonicalAttributes::typeName(
                CanonicalAttributes::all()[size_t(canonical)].type);
            if (a.type != QLatin1String(expected))
                src.fail(path("attributes", i, "type"),
                         Tr::tr("标准属性 %1 的类型必须是 %2").arg(a.key, QLatin1String(expected)));
        } else if (!customKey.match(a.key).hasMatch()) {
            src.fail(path("attributes", i, "key"),
                     Tr::tr("自定义属性的键「%1」须为小写字母开头的 a-z、0-9、_").arg(a.key));
        }
        if (a.type == QLatin1String("enum") && a.values.isEmpty())
            src.fail(path("attributes", i, "values"), Tr::tr("枚举属性 %1 至少要有一个可选值").arg(a.key));
        if (a.min && a.max && *a.min > *a.max)
            src.fail(path("attributes", i, "min"), Tr::tr("最小值大于最大值"));
    }
    for (const CanonicalAttribute &ca : CanonicalAttributes::all()) {
        if (!attributes.contains(QLatin1String(ca.key)))
            src.fail("$.attributes", Tr::tr("缺少标准属性 %1").arg(QLatin1String(ca.key)));
    }
    QSet<QString> labels; // label names are free text, not codes
    for (qsizetype i = 0; i < c.labels.size(); ++i) {
        if (labels.contains(c.labels[i].name) || c.labels[i].name.contains(QLatin1Char(';')))
            src.fail(path("labels", i, "name"),
                     Tr::tr("标签「%1」重复或含有分隔符 ;").arg(c.labels[i].name));
        labels.insert(c.labels[i].name);
    }

    static const QStringList deptTypes{QStringLiteral("business"), QStringLiteral("functional"),
                                       QStringLiteral("collective"), QStringLiteral("affiliated")};
    QHash<QString, QSet<QString>> positions;
    for (qsizetype i = 0; i < c.departments.size(); ++i) {
        departments.add(i, c.departments[i].code);
        checkChoice(src, path("departments", i, "type"), c.departments[i].type, deptTypes);
    }
    for (qsizetype i = 0; i < c.departments.size(); ++i) {
        const Department &d = c.departments[i];
        if (!d.parent.isEmpty() && (!departments.contains(d.parent) || d.parent == d.code))
            src.fail(path("departments", i, "parent"), Tr::tr("未知的上级部门 %1").arg(d.parent));
        for (qsizetype p = 0; p < d.positions.size(); ++p) {
            if (positions[d.code].contains(d.positions[p].nameZh))
                src.fail(S::at(path("departments", i, "positions"), size_t(p)),
                         Tr::tr("岗位「%1」重复").arg(d.positions[p].nameZh));
            positions[d.code].insert(d.positions[p].nameZh);
            checkPositionNodes(src, S::at(path("departments", i, "positions"), size_t(p)),
                               d.positions[p], nodes);
        }
        QStringList scopeNodes;
        for (qsizetype s = 0; s < d.scope.size(); ++s) {
            const std::string at = S::at(path("departments", i, "scope"), size_t(s));
            scopeNodes << d.scope[s].node;
            if (d.scope[s].priority < 1 || d.scope[s].priority > 3)
                src.fail(S::at(at, "priority"), Tr::tr("优先级须为 1、2 或 3"));
            checkChoice(src, S::at(at, "evidence"), d.scope[s].evidence, evidences());
        }
        checkRefs(src, path("departments", i, "scope"), scopeNodes, nodes, Tr::tr("分类"));
    }

    static const QStringList kinds{QStringLiteral("service"), QStringLiteral("toolkit"),
                                   QStringLiteral("product"), QStringLiteral("consulting")};
    for (qsizetype i = 0; i < c.services.size(); ++i) {
        const Service &s = c.services[i];
        services.add(i, s.code);
        checkChoice(src, path("services", i, "kind"), s.kind, kinds);
        if (!departments.contains(s.department))
            src.fail(path("services", i, "department"), Tr::tr("未知的部门代码 %1").arg(s.department));
        checkRefs(src, path("services", i, "needs"), s.needs, needs, Tr::tr("需求"));
        checkRefs(src, path("services", i, "stages"), s.stages, stages, Tr::tr("生命周期阶段"));
        checkRefs(src, path("services", i, "targets"), s.targets, nodes, Tr::tr("分类"));
        checkRefs(src, path("services", i, "resources"), s.resources, resources, Tr::tr("资源优势"));
        if (!s.ownerPosition.isEmpty() && !positions.value(s.department).contains(s.ownerPosition))
            src.fail(path("services", i, "owner_position"),
                     Tr::tr("部门 %1 没有岗位「%2」").arg(s.department, s.ownerPosition));
    }

    static const QStringList ruleGroups{QStringLiteral("primary"), QStringLiteral("role"),
                                        QStringLiteral("tag"),     QStringLiteral("need"),
                                        QStringLiteral("credit"),  QStringLiteral("dr"),
                                        QStringLiteral("stage")};
    for (qsizetype i = 0; i < c.rules.size(); ++i) {
        const Rule &r = c.rules[i];
        rules.add(i, r.id);
        checkChoice(src, path("rules", i, "group"), r.group, ruleGroups);
        for (qsizetype t = 0; t < r.deptTypes.size(); ++t)
            checkChoice(src, S::at(path("rules", i, "dept_types"), size_t(t)), r.deptTypes[t],
                        deptTypes);
        const std::string at = path("rules", i, "outcome");
        const QString outcome = r.outcome.value_or(QString());
        if (r.group == QLatin1String("primary") || r.group == QLatin1String("role")) {
            if (!nodes.contains(outcome))
                src.fail(at, Tr::tr("结果须为分类代码，「%1」不存在").arg(outcome));
        } else if (r.group == QLatin1String("need")) {
            if (!needs.contains(outcome))
                src.fail(at, Tr::tr("结果须为需求代码，「%1」不存在").arg(outcome));
        } else if (r.group == QLatin1String("stage")) {
            if (r.outcome && !stages.contains(outcome))
                src.fail(at, Tr::tr("结果须为生命周期阶段代码或 null，「%1」不存在").arg(outcome));
        } else if (r.group == QLatin1String("credit")) {
            checkChoice(src, at, outcome, {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
        } else if (r.group == QLatin1String("dr")) {
            checkChoice(src, at, outcome,
                        {QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low")});
        } else if (outcome.trimmed().isEmpty()) {
            src.fail(at, Tr::tr("标签规则须有结果（标签名）"));
        }
    }
}

} // namespace portrait::ConfigValidator
