// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// Condition trees: parsing, the errors that name the JSON path, compiling against a frame.
#include "GoldenCase.h"
#include "TestWorkspace.h"

#include "core/Error.h"
#include "engine/CompiledCondition.h"
#include "engine/Condition.h"

using namespace portrait;

namespace {
QString parseError(const char *json)
{
    try {
        Condition::parse(QString::fromUtf8(json));
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}
} // namespace

TEST_CASE("conditions parse into pre-order nodes")
{
    const Condition c = Condition::parse(QStringLiteral(
        R"({"any":[{"attr":"entity_kind","op":"eq","value":"储能电站"},)"
        R"({"all":[{"attr":"storage_kw","op":"ge","ratio_of":"max_load_kw","value":1.0},)"
        R"({"not":{"attr":"labels","op":"has_label","value":["微网客户"]}}]}]})"));
    REQUIRE(c.nodes().size() == 6);
    CHECK(c.root().kind == ConditionNode::Kind::Any);
    CHECK(c.nodes()[1].path == QStringLiteral("when.any[0]"));
    CHECK(c.nodes()[3].ratioOf == QStringLiteral("max_load_kw"));
    CHECK(c.nodes()[4].path == QStringLiteral("when.any[1].all[1]"));
    CHECK(c.nodes()[5].path == QStringLiteral("when.any[1].all[1].not"));
    CHECK(c.nodes()[5].depth == 3);
    CHECK(c.attributes() ==
          QStringList{QStringLiteral("entity_kind"), QStringLiteral("storage_kw"),
                      QStringLiteral("max_load_kw"), QStringLiteral("labels")});
    CHECK(Condition::describe(c.nodes()[3]) == QStringLiteral("storage_kw ÷ max_load_kw ≥ 1"));
    CHECK(Condition::describe(c.nodes()[1]) == QStringLiteral("entity_kind = 储能电站"));
    // The empty `all` is the catch-all.
    CHECK(Condition::parse(QStringLiteral(R"({"all":[]})")).nodes().size() == 1);
}

TEST_CASE("condition parse errors name the JSON path")
{
    CHECK(parseError(R"({"any":[{"attr":"a","op":"eq","value":1},{"attr":"b","op":"like","value":1}]})")
              .startsWith(QStringLiteral("when.any[1].op：未知的运算符 like")));
    CHECK(parseError(R"({"all":[{"attr":"a","op":"eq"}]})").startsWith(QStringLiteral("when.all[0].value：")));
    CHECK(parseError(R"({"attr":"a","op":"in","value":"x"})").contains(QStringLiteral("when.value：运算符 in 需要一个列表")));
    CHECK(parseError(R"({"attr":"a","op":"between","value":[1]})").contains(QStringLiteral("when.value：")));
    CHECK(parseError(R"({"attr":"a","op":"eq","value":[1,2]})").contains(QStringLiteral("只接受一个值")));
    CHECK(parseError(R"({"attr":"a","op":"in","value":[1,[2]]})").contains(QStringLiteral("when.value[1]")));
    CHECK(parseError(R"({"any":{"attr":"a"}})").startsWith(QStringLiteral("when.any：应为条件列表")));
    CHECK(parseError(R"({"not":[]})").startsWith(QStringLiteral("when.not：条件应为对象")));
    CHECK(parseError(R"({"foo":1})").startsWith(QStringLiteral("when：条件须含")));
    CHECK(parseError(R"({"attr":"","op":"eq","value":1})").startsWith(QStringLiteral("when.attr")));
    CHECK(parseError(R"({"attr":"a","op":"gt","ratio_of":3,"value":1})").startsWith(QStringLiteral("when.ratio_of")));
    CHECK(parseError(R"({"attr":"a","op":"eq","value":{"x":1}})").contains(QStringLiteral("值不能是对象")));
    CHECK(parseError(R"({"all":[)").contains(QStringLiteral("JSON 语法错误")));
    CHECK(parseError(R"({"attr":"a","op":"is_empty"})").isEmpty());
    QString deep = QStringLiteral(R"({"attr":"a","op":"is_empty"})");
    for (int i = 0; i < 40; ++i)
        deep = QStringLiteral(R"({"not":%1})").arg(deep);
    CHECK(parseError(deep.toUtf8().constData()).contains(QStringLiteral("嵌套")));
}

TEST_CASE("compiling reports unknown attributes and type mismatches; such leaves never hold")
{
    QStringList nos;
    const CustomerFrame frame = frameFromCsv("customer_no,contract_kva,region\nA,400,城东区\n", &nos);
    const QDate date(2025, 6, 30);
    auto problems = [&](const char *json) {
        return CompiledCondition(Condition::parse(QString::fromUtf8(json)), frame, date).problems();
    };
    CHECK(problems(R"({"attr":"contract_kva","op":"ge","value":315})").isEmpty());
    CHECK(problems(R"({"attr":"no_such","op":"eq","value":1})").value(0).contains(QStringLiteral("未知的属性 no_such")));
    CHECK(problems(R"({"attr":"contract_kva","op":"starts_with","value":"4"})").value(0).contains(QStringLiteral("不适用于")));
    CHECK(problems(R"({"attr":"contract_kva","op":"gt","value":"很多"})").value(0).contains(QStringLiteral("不是数值")));
    CHECK(problems(R"({"attr":"first_supply_date","op":"gt","value":"yesterday"})").value(0).contains(QStringLiteral("不是日期")));
    CHECK(problems(R"({"attr":"labels","op":"lt","value":"x"})").value(0).contains(QStringLiteral("列表")));
    CHECK(problems(R"({"attr":"region","op":"gt","ratio_of":"contract_kva","value":1})").value(0).contains(QStringLiteral("比值")));
    const CompiledCondition broken(Condition::parse(QStringLiteral(R"({"not":{"attr":"no_such","op":"eq","value":1}})")),
                                   frame, date);
    CHECK(broken.holds(0)); // the broken leaf is false, so its negation holds
    const CompiledCondition numberAsText(
        Condition::parse(QStringLiteral(R"({"attr":"contract_kva","op":"eq","value":"400"})")), frame, date);
    CHECK(numberAsText.problems().isEmpty());
    CHECK(numberAsText.holds(0));
}
