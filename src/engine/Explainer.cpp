// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "engine/Explainer.h"

#include "engine/ClassificationEngine.h"
#include "engine/CustomerFrame.h"

#include <QCoreApplication>

namespace portrait::Explainer {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::Explainer)
};

// Keeps each node's bit for the one row being explained.
class RowSink : public CompiledCondition::NodeSink
{
public:
    RowSink(size_t bit, size_t nodes) : m_bit(bit), m_held(nodes, false) {}
    void node(int index, const quint64 *holds, size_t) override
    {
        m_held[size_t(index)] = (holds[0] >> m_bit) & 1u;
    }
    bool held(int index) const { return m_held[size_t(index)]; }

private:
    size_t m_bit;
    std::vector<bool> m_held;
};

QString kindName(ConditionNode::Kind kind)
{
    switch (kind) {
    case ConditionNode::Kind::All: return QStringLiteral("all");
    case ConditionNode::Kind::Any: return QStringLiteral("any");
    case ConditionNode::Kind::Not: return QStringLiteral("not");
    default: return QStringLiteral("leaf");
    }
}

} // namespace

RuleTrace trace(const ClassificationEngine &engine, int rule, size_t row)
{
    const CatalogRule &r = engine.catalog().rules()[size_t(rule)];
    RuleTrace t{r.id, r.nameZh, r.nameEn, RuleCatalog::groupName(r.group), r.value, false, false, {}, {}};
    const CompiledCondition *c = engine.condition(rule);
    if (!c) {
        t.problem = Tr::tr("规则条件无法解析");
        return t;
    }
    const auto &nodes = c->condition().nodes();
    RowSink sink(row % 64, nodes.size());
    quint64 holds = 0, certainlyFalse = 0;
    c->evaluate(row / 64, 1, &holds, &certainlyFalse, &sink);
    t.matched = (holds >> (row % 64)) & 1u;
    t.missingData = !t.matched && !((certainlyFalse >> (row % 64)) & 1u);
    for (size_t i = 0; i < nodes.size(); ++i) {
        const ConditionNode &n = nodes[i];
        ConditionTrace ct{int(i), n.depth,           n.path, kindName(n.kind), {}, n.attr,
                          n.ratioOf, sink.held(int(i)), false, {}};
        if (n.kind == ConditionNode::Kind::Leaf) {
            ct.text = Condition::describe(n);
            ct.missing = c->leafMissing(int(i), row) && n.op != ConditionOp::IsEmpty &&
                         n.op != ConditionOp::NotEmpty;
            ct.actual = c->actualValue(int(i), row);
        } else {
            ct.text = kindName(n.kind);
        }
        t.conditions << ct;
    }
    return t;
}

Explanation explain(const ClassificationEngine &engine, const ClassificationResult &result,
                    size_t row)
{
    Explanation e;
    e.row = row;
    e.customerId = engine.frame().id(row);
    e.outcome = result.outcome(row);
    const qint16 primary = result.primaryRule(row);
    for (int r : engine.groupRules(RuleGroup::Primary)) {
        RuleTrace t = trace(engine, r, row);
        if (r == primary) {
            e.primary = t;
            break;
        }
        if (t.missingData) {
            for (const ConditionTrace &ct : std::as_const(t.conditions)) {
                if (!ct.missing)
                    continue;
                for (const QString &key : {ct.attr, ct.ratioOf}) {
                    const int col = engine.frame().columnIndex(key);
                    if (col >= 0 && engine.frame().column(col).isEmpty(row) &&
                        !e.missingAttributes.contains(key))
                        e.missingAttributes << key;
                }
            }
        }
        e.notMatched << t;
    }
    e.evaluable = !result.dependsOnMissingData(row);
    if (primary == ClassificationResult::kManual)
        e.notes << Tr::tr("主类为手工指定：%1（%2，%3）")
                       .arg(e.outcome.category, e.outcome.pinnedCategory->reason,
                            e.outcome.pinnedCategory->date);
    if (e.outcome.pinnedStage)
        e.notes << Tr::tr("阶段为手工指定：%1（%2，%3）")
                       .arg(e.outcome.stage, e.outcome.pinnedStage->reason, e.outcome.pinnedStage->date);

    const auto &rules = engine.catalog().rules();
    for (RuleGroup g : {RuleGroup::Role, RuleGroup::Tag, RuleGroup::Need}) {
        for (int r : engine.groupRules(g)) {
            if (result.additiveMatch(r, row))
                e.outcomes << trace(engine, r, row);
        }
    }
    for (const QString &id : {e.outcome.creditRule, e.outcome.drRule, e.outcome.stageRule}) {
        for (size_t r = 0; r < rules.size(); ++r) {
            if (!id.isEmpty() && rules[r].id == id)
                e.outcomes << trace(engine, int(r), row);
        }
    }
    if (e.outcome.credit.isEmpty() && e.outcome.creditRule.isEmpty()) {
        const int kind = engine.frame().columnIndex(QStringLiteral("entity_kind"));
        const QString k = kind >= 0 ? engine.frame().column(kind).text(row) : QString();
        if (k == QStringLiteral("内部部门") || k == QStringLiteral("基层单位") || k == QStringLiteral("岗位"))
            e.notes << Tr::tr("内部客户不参与信用等级、需求响应潜力和需求规则");
    }
    return e;
}

} // namespace portrait::Explainer
