// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "io/ConditionValidator.h"

#include "io/JsonSource.h"

#include <QCoreApplication>
#include <QSet>

namespace portrait::ConditionValidator {

namespace {

using json = nlohmann::ordered_json;
using S = JsonSource;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::ConditionValidator)
};

struct Checker
{
    const JsonSource &src;
    QSet<QString> attributes;

    void leaf(const json &c, const std::string &path) const
    {
        static const QSet<QString> ops{
            QStringLiteral("eq"),  QStringLiteral("ne"),          QStringLiteral("lt"),
            QStringLiteral("le"),  QStringLiteral("gt"),          QStringLiteral("ge"),
            QStringLiteral("in"),  QStringLiteral("not_in"),      QStringLiteral("between"),
            QStringLiteral("starts_with"), QStringLiteral("has_label"), QStringLiteral("is_empty"),
            QStringLiteral("not_empty")};
        const QString attr = src.text(c, path, "attr");
        if (!attributes.contains(attr))
            src.fail(S::at(path, "attr"), Tr::tr("未知的属性 %1").arg(attr));
        const QString op = src.text(c, path, "op");
        if (!ops.contains(op))
            src.fail(S::at(path, "op"), Tr::tr("未知的运算符 %1").arg(op));
        const QString ratio = src.text(c, path, "ratio_of", false);
        if (!ratio.isEmpty() && !attributes.contains(ratio))
            src.fail(S::at(path, "ratio_of"), Tr::tr("未知的属性 %1").arg(ratio));
        const auto value = c.find("value");
        const bool noValue = op == QLatin1String("is_empty") || op == QLatin1String("not_empty");
        if (noValue)
            return;
        if (value == c.end())
            src.fail(S::at(path, "value"), Tr::tr("运算符 %1 需要 value").arg(op));
        if ((op == QLatin1String("in") || op == QLatin1String("not_in")) && !value->is_array())
            src.fail(S::at(path, "value"), Tr::tr("运算符 %1 需要一个列表").arg(op));
        if (op == QLatin1String("between") && !(value->is_array() && value->size() == 2))
            src.fail(S::at(path, "value"), Tr::tr("运算符 between 需要 [下限, 上限]"));
        if (value->is_object())
            src.fail(S::at(path, "value"), Tr::tr("值不能是对象"));
    }

    void check(const json &c, const std::string &path) const
    {
        if (!c.is_object())
            src.fail(path, Tr::tr("条件应为对象"));
        if (const auto all = c.find("all"); all != c.end()) {
            group(*all, S::at(path, "all"));
        } else if (const auto any = c.find("any"); any != c.end()) {
            group(*any, S::at(path, "any"));
        } else if (const auto no = c.find("not"); no != c.end()) {
            check(*no, S::at(path, "not"));
        } else if (c.contains("attr")) {
            leaf(c, path);
        } else {
            src.fail(path, Tr::tr("条件须含 all、any、not 或 attr"));
        }
    }

    void group(const json &items, const std::string &path) const
    {
        if (!items.is_array())
            src.fail(path, Tr::tr("应为条件列表"));
        for (size_t i = 0; i < items.size(); ++i)
            check(items[i], S::at(path, i));
    }
};

} // namespace

void validate(const JsonSource &source, const json &condition, const std::string &path,
              const QList<Attribute> &attributes)
{
    Checker checker{source, {}};
    for (const Attribute &a : attributes)
        checker.attributes.insert(a.key);
    checker.check(condition, path);
}

} // namespace portrait::ConditionValidator
