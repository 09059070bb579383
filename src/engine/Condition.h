// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <vector>

namespace portrait {

enum class ConditionOp {
    Eq, Ne, Lt, Le, Gt, Ge, In, NotIn, Between, StartsWith, HasLabel, IsEmpty, NotEmpty
};

// One node of a condition tree. Groups list their children by index; a leaf compares one
// attribute (or the ratio attr ÷ ratioOf) with a value. `path` is the node's JSON path
// ("when.any[1]"), used in messages and explanations.
struct ConditionNode
{
    enum class Kind { All, Any, Not, Leaf };
    Kind kind = Kind::All;
    std::vector<int> children;
    QString attr, ratioOf;
    ConditionOp op = ConditionOp::Eq;
    QJsonValue value;
    QString path;
    int depth = 0;
};

// A parsed condition tree of domain.md §8.1 (all / any / not / leaf). The nodes are kept in
// pre-order, the root first, so per-node results (live counts, explanations) are plain arrays.
// parse() checks the shape and throws portrait::Error naming the JSON path of the fault; it does
// not check attributes against a dictionary (compiling against a frame does, as warnings).
class Condition
{
public:
    Condition(); // the empty `all`: always true

    static Condition parse(const QString &json, const QString &path = QStringLiteral("when"));
    static Condition fromJson(const QJsonValue &value, const QString &path = QStringLiteral("when"));

    const std::vector<ConditionNode> &nodes() const { return m_nodes; }
    const ConditionNode &root() const { return m_nodes.front(); }
    // Attribute keys the tree reads (attr and ratio_of), without duplicates, in order of use.
    QStringList attributes() const;

    static QString opName(ConditionOp op);
    static bool opFromName(const QString &name, ConditionOp *op);
    // A readable form of a leaf, e.g. "entity_kind = 居民", "storage_kw ÷ max_load_kw ≥ 1".
    static QString describe(const ConditionNode &leaf);

private:
    int add(const QJsonValue &value, const QString &path, int depth);
    std::vector<ConditionNode> m_nodes;
};

} // namespace portrait
