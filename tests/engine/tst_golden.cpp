// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// The golden cases of tests/data/classify: customers, rules and the outcomes they must give.
#include "GoldenCase.h"
#include "TestWorkspace.h"

#include "engine/ClassificationEngine.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace portrait;

namespace {

QJsonObject outcomeJson(const CustomerOutcome &o)
{
    auto text = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    QStringList roles, tags;
    for (const auto &[code, rule] : o.roles)
        roles << code;
    for (const auto &[name, rule] : o.tags)
        tags << rule;
    roles.sort();
    tags.sort();
    QJsonObject needs;
    for (const CustomerOutcome::Need &n : o.needs) {
        QStringList sources = n.sources;
        sources.sort();
        needs.insert(n.code, QJsonArray::fromStringList(sources));
    }
    return QJsonObject{{QStringLiteral("category"), o.category},
                       {QStringLiteral("category_rule"), text(o.categoryRule)},
                       {QStringLiteral("stage"), text(o.stage)},
                       {QStringLiteral("stage_rule"), text(o.stageRule)},
                       {QStringLiteral("excluded"), o.excluded},
                       {QStringLiteral("credit"), text(o.credit)},
                       {QStringLiteral("credit_rule"), text(o.creditRule)},
                       {QStringLiteral("dr"), text(o.dr)},
                       {QStringLiteral("dr_rule"), text(o.drRule)},
                       {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
                       {QStringLiteral("needs"), needs},
                       {QStringLiteral("missing_data"), o.dependsOnMissingData}};
}

std::string show(const QJsonValue &v)
{
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact).toStdString();
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact).toStdString();
    return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).toStdString();
}

} // namespace

TEST_CASE("golden classification cases")
{
    const QStringList names = goldenCaseNames();
    REQUIRE(names.size() >= 20);
    for (const QString &name : names) {
        INFO("case " << name.toStdString());
        const GoldenCase c = loadGoldenCase(testDataPath(QStringLiteral("classify/") + name));
        const ClassificationEngine engine(c.frame, c.setup);
        CHECK(engine.problems().size() == c.expected.value(QStringLiteral("problems")).toInt(0));
        const auto result = engine.run();
        REQUIRE(result);
        const QJsonObject customers = c.expected.value(QStringLiteral("customers")).toObject();
        REQUIRE(!customers.isEmpty());
        for (auto it = customers.begin(); it != customers.end(); ++it) {
            INFO("customer " << it.key().toStdString());
            const qsizetype row = c.customerNos.indexOf(it.key());
            REQUIRE(row >= 0);
            const QJsonObject actual = outcomeJson(result->outcome(size_t(row)));
            const QJsonObject expected = it.value().toObject();
            for (auto field = expected.begin(); field != expected.end(); ++field) {
                INFO("field " << field.key().toStdString() << ": expected " << show(field.value())
                              << ", got " << show(actual.value(field.key())));
                CHECK(actual.value(field.key()) == field.value());
            }
        }
    }
}
