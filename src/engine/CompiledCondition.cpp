// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "engine/CompiledCondition.h"

#include "engine/CustomerFrame.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <cmath>
#include <limits>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::CompiledCondition)
};

constexpr double kInf = std::numeric_limits<double>::infinity();

QList<QJsonValue> values(const QJsonValue &v)
{
    QList<QJsonValue> list;
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            list << item;
    } else if (!v.isUndefined() && !v.isNull()) {
        list << v;
    }
    return list;
}

// A date value: ISO "2024-06-30" or an offset from the data date, "-12M", "-90D", "-1Y".
std::optional<double> dateValue(const QJsonValue &v, const QDate &dataDate)
{
    if (!v.isString())
        return std::nullopt;
    const QString s = v.toString().trimmed();
    static const QRegularExpression offset(QStringLiteral("^([+-]?)(\\d{1,5})([DMYdmy])$"));
    if (const auto m = offset.match(s); m.hasMatch()) {
        const int n = m.captured(2).toInt() * (m.captured(1) == QLatin1String("-") ? -1 : 1);
        const QChar unit = m.captured(3).at(0).toUpper();
        const QDate d = unit == QLatin1Char('D')   ? dataDate.addDays(n)
                        : unit == QLatin1Char('M') ? dataDate.addMonths(n)
                                                   : dataDate.addYears(n);
        return double(d.toJulianDay());
    }
    const QDate d = QDate::fromString(s.left(10), Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return double(d.toJulianDay());
}

std::optional<double> numberValue(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

std::optional<QString> textValue(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return std::nullopt;
}

} // namespace

CompiledCondition::CompiledCondition(const Condition &condition, const CustomerFrame &frame,
                                     const QDate &dataDate)
    : m_condition(condition), m_frame(frame), m_dataDate(dataDate)
{
    m_leaves.resize(m_condition.nodes().size());
    for (size_t i = 0; i < m_leaves.size(); ++i) {
        const ConditionNode &node = m_condition.nodes()[i];
        if (node.kind == ConditionNode::Kind::Leaf)
            compileLeaf(node, m_leaves[i]);
    }
}

void CompiledCondition::problem(const ConditionNode &node, const QString &message)
{
    m_problems << Tr::tr("%1：%2").arg(node.path, message);
}

void CompiledCondition::compileLeaf(const ConditionNode &node, Leaf &leaf)
{
    leaf.column = m_frame.columnIndex(node.attr);
    if (leaf.column < 0) {
        problem(node, Tr::tr("未知的属性 %1").arg(node.attr));
        return;
    }
    const AttributeType type = m_frame.column(leaf.column).type();
    if (!node.ratioOf.isEmpty()) {
        leaf.ratio = m_frame.columnIndex(node.ratioOf);
        if (leaf.ratio < 0) {
            problem(node, Tr::tr("未知的属性 %1").arg(node.ratioOf));
            return;
        }
        if (type != AttributeType::Number ||
            m_frame.column(leaf.ratio).type() != AttributeType::Number) {
            problem(node, Tr::tr("比值只能用于数值属性"));
            return;
        }
    }
    if (node.op == ConditionOp::IsEmpty || node.op == ConditionOp::NotEmpty) {
        leaf.mode = node.op == ConditionOp::IsEmpty ? Mode::Empty : Mode::NotEmpty;
        leaf.ratio = -1; // emptiness is about the attribute itself
        return;
    }
    switch (type) {
    case AttributeType::Number:
    case AttributeType::Date:
        if (!compileNumbers(node, leaf, type == AttributeType::Date))
            leaf.mode = Mode::Never;
        break;
    case AttributeType::List:
        compileTable(node, leaf, true);
        break;
    default:
        compileTable(node, leaf, false);
    }
}

bool CompiledCondition::compileNumbers(const ConditionNode &node, Leaf &leaf, bool dates)
{
    if (node.op == ConditionOp::StartsWith || node.op == ConditionOp::HasLabel) {
        problem(node, Tr::tr("运算符 %1 不适用于%2属性")
                          .arg(Condition::opName(node.op), dates ? Tr::tr("日期") : Tr::tr("数值")));
        return false;
    }
    std::vector<double> operands;
    for (const QJsonValue &v : values(node.value)) {
        const auto d = dates ? dateValue(v, m_dataDate) : numberValue(v);
        if (!d) {
            problem(node, dates ? Tr::tr("“%1”不是日期或相对日期（如 -12M）").arg(v.toVariant().toString())
                                : Tr::tr("“%1”不是数值").arg(v.toVariant().toString()));
            return false;
        }
        operands.push_back(*d);
    }
    if (operands.empty())
        return false;
    const double a = operands.front();
    // Dates are whole days, so "before" is "at most the day before".
    const double below = dates ? a - 1 : std::nextafter(a, -kInf);
    const double above = dates ? a + 1 : std::nextafter(a, kInf);
    leaf.mode = Mode::Interval;
    switch (node.op) {
    case ConditionOp::Eq: leaf.lo = leaf.hi = a; break;
    case ConditionOp::Ne: leaf.lo = leaf.hi = a; leaf.mode = Mode::NotInterval; break;
    case ConditionOp::Lt: leaf.lo = -kInf; leaf.hi = below; break;
    case ConditionOp::Le: leaf.lo = -kInf; leaf.hi = a; break;
    case ConditionOp::Gt: leaf.lo = above; leaf.hi = kInf; break;
    case ConditionOp::Ge: leaf.lo = a; leaf.hi = kInf; break;
    case ConditionOp::Between: leaf.lo = operands[0]; leaf.hi = operands[1]; break;
    case ConditionOp::In: leaf.set = operands; leaf.mode = Mode::Set; break;
    case ConditionOp::NotIn: leaf.set = operands; leaf.mode = Mode::NotSet; break;
    default: return false;
    }
    return true;
}

void CompiledCondition::compileTable(const ConditionNode &node, Leaf &leaf, bool list)
{
    QStringList operands;
    for (const QJsonValue &v : values(node.value)) {
        const auto t = textValue(v);
        if (!t) {
            problem(node, Tr::tr("值应为文字"));
            return;
        }
        operands << *t;
    }
    const ConditionOp op = node.op;
    if (list && !(op == ConditionOp::HasLabel || op == ConditionOp::In || op == ConditionOp::Eq ||
                  op == ConditionOp::Ne || op == ConditionOp::NotIn)) {
        problem(node, Tr::tr("运算符 %1 不适用于列表属性").arg(Condition::opName(op)));
        return;
    }
    const QStringList &dictionary = m_frame.column(leaf.column).dictionary();
    leaf.table.assign(size_t(dictionary.size()), 0);
    for (qsizetype i = 0; i < dictionary.size(); ++i) {
        const QString &s = dictionary[i];
        const QString &a = operands.value(0);
        bool r = false;
        switch (op) {
        case ConditionOp::Eq: r = s == a; break;
        case ConditionOp::Ne: r = list ? s == a : s != a; break;
        case ConditionOp::Lt: r = s < a; break;
        case ConditionOp::Le: r = s <= a; break;
        case ConditionOp::Gt: r = s > a; break;
        case ConditionOp::Ge: r = s >= a; break;
        case ConditionOp::Between: r = s >= operands.value(0) && s <= operands.value(1); break;
        case ConditionOp::In:
        case ConditionOp::HasLabel:
        case ConditionOp::NotIn: r = operands.contains(s); break;
        case ConditionOp::StartsWith:
            for (const QString &prefix : operands)
                r = r || s.startsWith(prefix);
            break;
        default: break;
        }
        if (!list && op == ConditionOp::NotIn)
            r = !r;
        leaf.table[size_t(i)] = r ? 1 : 0;
    }
    // On a list, ne / not_in hold when no item matches; everything else when any item does.
    leaf.mode = !list ? Mode::Table
                : (op == ConditionOp::Ne || op == ConditionOp::NotIn) ? Mode::ListNone
                                                                       : Mode::ListAny;
}

} // namespace portrait
