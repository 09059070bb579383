// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "RulesTest.h"

#include "engine/Condition.h"
#include "io/CustomerGenerator.h"
#include "models/ConditionTreeModel.h"
#include "models/ExplanationModel.h"
#include "models/RuleListModel.h"
#include "storage/Database.h"
#include "storage/Reclassification.h"

#include <QAbstractItemModelTester>

using namespace portrait;

TEST_CASE("condition tree: every default rule reads and writes back the same JSON", "[rules]")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    Statement st(ws->db(), "SELECT id, when_json FROM rules");
    int rules = 0;
    while (st.step()) {
        ConditionTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        REQUIRE(model.setJson(st.text(1)));
        const Condition parsed = Condition::parse(st.text(1));
        const Condition again = Condition::parse(model.json());
        CHECK(again.nodes().size() == parsed.nodes().size());
        CHECK(Condition::parse(model.json()).attributes() == parsed.attributes());
        // Pre-order numbering matches the engine's: each node's path is the parser's path.
        std::vector<QModelIndex> todo{model.rootIndex()};
        size_t n = 0;
        std::vector<QString> paths;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &i) {
            paths.push_back(i.data(ConditionTreeModel::PathRole).toString());
            for (int r = 0; r < model.rowCount(i); ++r)
                walk(model.index(r, 0, i));
        };
        walk(model.rootIndex());
        for (const ConditionNode &node : parsed.nodes())
            CHECK(paths[n++] == node.path);
        ++rules;
    }
    CHECK(rules > 50);
}

TEST_CASE("condition tree: structural edits keep the tree valid", "[rules]")
{
    ConditionTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.setJson(QStringLiteral(R"({"attr":"entity_kind","op":"eq","value":"居民"})")));
    // A single condition becomes the first of an `all` when a second one is added.
    const QModelIndex added = model.addLeaf(model.rootIndex(), QStringLiteral("volt_kv"));
    CHECK(model.json() == QStringLiteral(R"({"all":[{"attr":"entity_kind","op":"eq","value":"居民"},{"attr":"volt_kv","op":"not_empty"}]})"));
    model.setLeaf(added, QStringLiteral("volt_kv"), QStringLiteral("gt"), 35.0, QString());
    const QModelIndex group = model.addGroup(model.rootIndex(), ConditionTreeModel::Kind::Any);
    model.addLeaf(group, QStringLiteral("storage_kw"));
    model.setGroupKind(model.rootIndex(), ConditionTreeModel::Kind::Not);
    const QString json = model.json();
    CHECK(json.startsWith(QStringLiteral(R"({"not":{"all":[)")));
    CHECK_NOTHROW(Condition::parse(json));
    model.setCounts({10, 8, 3, 2, 1, 1});
    CHECK(model.index(0, ConditionTreeModel::CountColumn).data().toString() == QStringLiteral("10"));
    model.setProblems({QStringLiteral("when.not.all[1].attr：未知属性 volt_kv")});
    model.remove(model.index(0, 0, model.index(0, 0, model.rootIndex())));
    CHECK_NOTHROW(Condition::parse(model.json()));
    model.remove(model.rootIndex());
    CHECK(model.json() == QStringLiteral(R"({"all":[]})"));
}

TEST_CASE("rule list and explanation models pass the model tester", "[rules]")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    RuleListModel rules(ws.get());
    QAbstractItemModelTester tester(&rules, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(rules.ruleId(0) == QStringLiteral("P01"));
    rules.setCounts({{QStringLiteral("P03"), {true, 5, 0, 7}}});
    CHECK(!rules.warning(rules.rowOf(QStringLiteral("P03"))).isEmpty());
    // A rule that takes no one says why under its "—".
    rules.setCounts({{QStringLiteral("P01"), {false, 0, 0, 0}}, {QStringLiteral("P03"), {false, 0, 0, 0}}});
    const QModelIndex p01 = rules.index(rules.rowOf(QStringLiteral("P01")), RuleListModel::TakesColumn);
    const QModelIndex p03 = rules.index(rules.rowOf(QStringLiteral("P03")), RuleListModel::TakesColumn);
    CHECK(p01.data().toString() == QStringLiteral("—"));
    CHECK(p01.data(Qt::ToolTipRole).toString() == QStringLiteral("只在为特定类型的部门细分客户时使用"));
    CHECK(p03.data(Qt::ToolTipRole).toString() == QStringLiteral("已停用，不取得客户"));
    rules.setGroup(QStringLiteral("credit"));
    CHECK(rules.ids() == QStringList{QStringLiteral("CR1"), QStringLiteral("CR2"), QStringLiteral("CR3"), QStringLiteral("CR4")});
    CHECK(rules.setData(rules.index(0, RuleListModel::EnabledColumn), Qt::Unchecked, Qt::CheckStateRole));
    CHECK(queryText(*ws, "SELECT enabled FROM rules WHERE id = 'CR1'") == QStringLiteral("0"));

    ExplanationModel explanation(ws.get());
    QAbstractItemModelTester tester2(&explanation, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 id = queryCount(*ws, "SELECT min(id) FROM customers");
    REQUIRE(explanation.explain(id));
    CHECK(explanation.summary().startsWith(QStringLiteral("主类")));
    CHECK(!explanation.ruleIds().isEmpty());
    explanation.clear();
    CHECK(explanation.rowCount() == 0);
}

TEST_CASE("the explanation names a demand-response potential and marks needs the category brings", "[rules]")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    REQUIRE(CustomerGenerator::addDemoCustomers(*ws, 400) == 400);
    Reclassification::run(*ws);
    ExplanationModel explanation(ws.get());
    // Every customer with a rated potential; the explanation shows the name, never the stored code.
    Statement st(ws->db(), "SELECT c.customer_id, p.dr FROM classifications c "
                           "JOIN classification_profiles p ON p.id = c.profile_id WHERE p.dr IS NOT NULL");
    const QHash<QString, QString> names{{QStringLiteral("high"), QStringLiteral("高")},
                                        {QStringLiteral("medium"), QStringLiteral("中")},
                                        {QStringLiteral("low"), QStringLiteral("低")}};
    int rated = 0, inherited = 0;
    while (st.step()) {
        REQUIRE(explanation.explain(st.integer(0)));
        QStringList dr;
        for (int r = 0; r < explanation.rowCount(); ++r) {
            const QString item = explanation.index(r, ExplanationModel::ItemColumn).data().toString();
            const QString value = explanation.index(r, ExplanationModel::ValueColumn).data().toString();
            if (item == QStringLiteral("响应潜力"))
                dr << value;
            if (item == QStringLiteral("需求（继承自分类）")) {
                ++inherited;
                CHECK(value.startsWith(QLatin1Char('N')));
            }
        }
        CHECK(dr == QStringList{names.value(st.text(1))});
        ++rated;
    }
    CHECK(rated > 0);
    CHECK(inherited > 0);
}
