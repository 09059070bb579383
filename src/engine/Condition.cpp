// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "engine/Condition.h"

#include "core/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::Condition)
};

constexpr int kMaxDepth = 32;

struct OpName
{
    ConditionOp op;
    const char *name;
    const char *symbol;
};

constexpr OpName kOps[] = {
    {ConditionOp::Eq, "eq", "="},          {ConditionOp::Ne, "ne", "≠"},
    {ConditionOp::Lt, "lt", "<"},          {ConditionOp::Le, "le", "≤"},
    {ConditionOp::Gt, "gt", ">"},          {ConditionOp::Ge, "ge", "≥"},
    {ConditionOp::In, "in", "∈"},          {ConditionOp::NotIn, "not_in", "∉"},
    {ConditionOp::Between, "between", "between"},
    {ConditionOp::StartsWith, "starts_with", "starts_with"},
    {ConditionOp::HasLabel, "has_label", "has_label"},
    {ConditionOp::IsEmpty, "is_empty", "is_empty"},
    {ConditionOp::NotEmpty, "not_empty", "not_empty"},
};

[[noreturn]] void fail(const QString &path, const QString &message)
{
    throw Error(Tr::tr("%1：%2").arg(path, message));
}

QString valueText(const QJsonValue &v)
{
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : v.toArray())
            parts << valueText(item);
        return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

} // namespace

Condition::Condition()
{
    ConditionNode root;
    root.path = QStringLiteral("when");
    m_nodes.push_back(root);
}

Condition Condition::parse(const QString &json, const QString &path)
{
    QJsonParseError error;
    // Wrap the text so that a bare leaf or group parses as a document.
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray("{\"c\":") + json.toUtf8() + QByteArray("}"), &error);
    if (error.error != QJsonParseError::NoError)
        fail(path, Tr::tr("JSON 语法错误（第 %1 个字符）：%2")
                       .arg(qMax(0, error.offset - 5))
                       .arg(error.errorString()));
    return fromJson(doc.object().value(QStringLiteral("c")), path);
}

Condition Condition::fromJson(const QJsonValue &value, const QString &path)
{
    Condition c;
    c.m_nodes.clear();
    c.add(value, path, 0);
    return c;
}

int Condition::add(const QJsonValue &value, const QString &path, int depth)
{
    if (depth > kMaxDepth)
        fail(path, Tr::tr("条件嵌套超过 %1 层").arg(kMaxDepth));
    if (!value.isObject())
        fail(path, Tr::tr("条件应为对象"));
    const QJsonObject o = value.toObject();
    const int index = int(m_nodes.size());
    m_nodes.push_back(ConditionNode{});
    m_nodes[index].path = path;
    m_nodes[index].depth = depth;

    for (const auto &[key, kind] : {std::pair{"all", ConditionNode::Kind::All},
                                    std::pair{"any", ConditionNode::Kind::Any}}) {
        const QString name = QLatin1String(key);
        if (!o.contains(name))
            continue;
        const QString groupPath = path + QLatin1Char('.') + name;
        if (!o.value(name).isArray())
            fail(groupPath, Tr::tr("应为条件列表"));
        m_nodes[index].kind = kind;
        const QJsonArray items = o.value(name).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const int child = add(items[i], groupPath + QStringLiteral("[%1]").arg(i), depth + 1);
            m_nodes[index].children.push_back(child);
        }
        return index;
    }
    if (o.contains(QStringLiteral("not"))) {
        m_nodes[index].kind = ConditionNode::Kind::Not;
        const int child = add(o.value(QStringLiteral("not")), path + QStringLiteral(".not"), depth + 1);
        m_nodes[index].children.push_back(child);
        return index;
    }
    if (!o.contains(QStringLiteral("attr")))
        fail(path, Tr::tr("条件须含 all、any、not 或 attr"));

    ConditionNode &leaf = m_nodes[index];
    leaf.kind = ConditionNode::Kind::Leaf;
    const QJsonValue attr = o.value(QStringLiteral("attr"));
    if (!attr.isString() || attr.toString().isEmpty())
        fail(path + QStringLiteral(".attr"), Tr::tr("应为属性键"));
    leaf.attr = attr.toString();
    const QString opText = o.value(QStringLiteral("op")).toString();
    if (!opFromName(opText, &leaf.op))
        fail(path + QStringLiteral(".op"), Tr::tr("未知的运算符 %1").arg(opText));
    if (o.contains(QStringLiteral("ratio_of"))) {
        const QJsonValue ratio = o.value(QStringLiteral("ratio_of"));
        if (!ratio.isString() || ratio.toString().isEmpty())
            fail(path + QStringLiteral(".ratio_of"), Tr::tr("应为属性键"));
        leaf.ratioOf = ratio.toString();
    }
    if (leaf.op == ConditionOp::IsEmpty || leaf.op == ConditionOp::NotEmpty)
        return index;
    const QString valuePath = path + QStringLiteral(".value");
    if (!o.contains(QStringLiteral("value")) || o.value(QStringLiteral("value")).isNull())
        fail(valuePath, Tr::tr("运算符 %1 需要 value").arg(opText));
    leaf.value = o.value(QStringLiteral("value"));
    if (leaf.value.isObject())
        fail(valuePath, Tr::tr("值不能是对象"));
    if ((leaf.op == ConditionOp::In || leaf.op == ConditionOp::NotIn) && !leaf.value.isArray())
        fail(valuePath, Tr::tr("运算符 %1 需要一个列表").arg(opText));
    if (leaf.op == ConditionOp::Between &&
        !(leaf.value.isArray() && leaf.value.toArray().size() == 2))
        fail(valuePath, Tr::tr("运算符 between 需要 [下限, 上限]"));
    const bool listAllowed = leaf.op == ConditionOp::In || leaf.op == ConditionOp::NotIn ||
                             leaf.op == ConditionOp::Between || leaf.op == ConditionOp::StartsWith ||
                             leaf.op == ConditionOp::HasLabel;
    if (leaf.value.isArray() && !listAllowed)
        fail(valuePath, Tr::tr("运算符 %1 只接受一个值").arg(opText));
    if (leaf.value.isArray()) {
        const QJsonArray items = leaf.value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items[i].isArray() || items[i].isObject() || items[i].isNull())
                fail(valuePath + QStringLiteral("[%1]").arg(i), Tr::tr("列表项应为数字或文字"));
        }
    }
    return index;
}

QStringList Condition::attributes() const
{
    QStringList keys;
    for (const ConditionNode &n : m_nodes) {
        if (n.kind != ConditionNode::Kind::Leaf)
            continue;
        if (!keys.contains(n.attr))
            keys << n.attr;
        if (!n.ratioOf.isEmpty() && !keys.contains(n.ratioOf))
            keys << n.ratioOf;
    }
    return keys;
}

QString Condition::opName(ConditionOp op)
{
    for (const OpName &o : kOps) {
        if (o.op == op)
            return QLatin1String(o.name);
    }
    return {};
}

bool Condition::opFromName(const QString &name, ConditionOp *op)
{
    for (const OpName &o : kOps) {
        if (name == QLatin1String(o.name)) {
            *op = o.op;
            return true;
        }
    }
    return false;
}

QString Condition::describe(const ConditionNode &leaf)
{
    QString symbol;
    for (const OpName &o : kOps) {
        if (o.op == leaf.op)
            symbol = QString::fromUtf8(o.symbol);
    }
    QString subject = leaf.attr;
    if (!leaf.ratioOf.isEmpty())
        subject += QStringLiteral(" ÷ ") + leaf.ratioOf;
    if (leaf.op == ConditionOp::IsEmpty || leaf.op == ConditionOp::NotEmpty)
        return subject + QLatin1Char(' ') + symbol;
    return subject + QLatin1Char(' ') + symbol + QLatin1Char(' ') + valueText(leaf.value);
}

} // namespace portrait
