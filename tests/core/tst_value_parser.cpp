// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "TestWorkspace.h"

#include "core/AttributeDictionary.h"
#include "core/ValueParser.h"

using namespace portrait;

namespace {
AttributeInfo attribute(AttributeType type, QString unit = {}, std::optional<double> min = 0,
                        std::optional<double> max = std::nullopt, QStringList values = {})
{
    AttributeInfo a;
    a.key = QStringLiteral("x");
    a.type = type;
    a.unit = std::move(unit);
    a.min = min;
    a.max = max;
    a.values = std::move(values);
    return a;
}
} // namespace

TEST_CASE("numbers as users write them")
{
    const auto kv = attribute(AttributeType::Number, QStringLiteral("kV"), 0.22, 500);
    CHECK(ValueParser::parse(kv, QStringLiteral("10kV")).value.toDouble() == 10.0);
    CHECK(ValueParser::parse(kv, QStringLiteral("交流10kV")).value.toDouble() == 10.0);
    CHECK(ValueParser::parse(kv, QStringLiteral("380V")).value.toDouble() == Approx(0.38));
    CHECK(ValueParser::parse(kv, QStringLiteral(" 35 ")).value.toDouble() == 35.0);
    const auto kwh = attribute(AttributeType::Number, QStringLiteral("kWh"), 0, 1e10);
    CHECK(ValueParser::parse(kwh, QStringLiteral("1,234,567")).value.toDouble() == 1234567.0);
    CHECK(ValueParser::parse(kwh, QStringLiteral("1.23457E+12")).warning.contains(QStringLiteral("范围")));
    CHECK(ValueParser::parse(kwh, QStringLiteral("-5")).error.contains(QStringLiteral("负数")));
    CHECK(ValueParser::parse(kwh, QStringLiteral("abc")).error.contains(QStringLiteral("数字")));
    CHECK(ValueParser::parse(kwh, QStringLiteral("")).value.isNull());
    const auto growth = attribute(AttributeType::Number, QStringLiteral("%"), -50, 100);
    CHECK(ValueParser::parse(growth, QStringLiteral("-12.5%")).value.toDouble() == -12.5);
    CHECK(ValueParser::parse(growth, QStringLiteral("-80")).ok());
}

TEST_CASE("dates in the usual spellings, impossible dates refused")
{
    const auto d = attribute(AttributeType::Date);
    CHECK(ValueParser::parse(d, QStringLiteral("2019/3/5")).value == QStringLiteral("2019-03-05"));
    CHECK(ValueParser::parse(d, QStringLiteral("2019年3月5日")).value == QStringLiteral("2019-03-05"));
    CHECK(ValueParser::parse(d, QStringLiteral("2019-03-05")).value == QStringLiteral("2019-03-05"));
    CHECK(ValueParser::parse(d, QStringLiteral("2019-02-30")).error.contains(QStringLiteral("不存在")));
    CHECK_FALSE(ValueParser::parse(d, QStringLiteral("yesterday")).ok());
}

TEST_CASE("enumerations, lists and neutralised text")
{
    const auto e = attribute(AttributeType::Enum, {}, std::nullopt, std::nullopt,
                             {QStringLiteral("是"), QStringLiteral("否")});
    CHECK(ValueParser::parse(e, QStringLiteral("是")).value == QStringLiteral("是"));
    CHECK(ValueParser::parse(e, QStringLiteral("Y")).value == QStringLiteral("是"));
    CHECK(ValueParser::parse(e, QStringLiteral("也许")).error.contains(QStringLiteral("可选")));
    const auto l = attribute(AttributeType::List);
    CHECK(ValueParser::parse(l, QStringLiteral("储能用户；分布式电源、园区客户|储能用户")).value.toStringList() ==
          QStringList{QStringLiteral("储能用户"), QStringLiteral("分布式电源"), QStringLiteral("园区客户")});
    const auto t = attribute(AttributeType::Text);
    CHECK(ValueParser::parse(t, QStringLiteral("'=SUM(A1)")).value == QStringLiteral("=SUM(A1)"));
    CHECK(ValueParser::parse(t, QStringLiteral("'plain")).value == QStringLiteral("'plain"));
}
