// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// ConditionTreeModel, continued: the structural edits (add, remove, regroup, change a leaf).
#include "models/ConditionTreeModel.h"

namespace portrait {

QModelIndex ConditionTreeModel::insertChild(Node *group, std::unique_ptr<Node> child)
{
    child->parent = group;
    const int row = int(group->children.size());
    beginInsertRows(indexOf(group), row, row);
    group->children.push_back(std::move(child));
    endInsertRows();
    return indexOf(group->children.back().get());
}

QModelIndex ConditionTreeModel::place(const QModelIndex &at, std::unique_ptr<Node> node)
{
    Node *target = this->node(at) ? this->node(at) : m_root.get();
    if (target->kind == Kind::Leaf || (target->kind == Kind::Not && !target->children.empty()))
        target = target->parent;
    if (target)
        return insertChild(target, std::move(node));
    // The root is a single condition: it becomes the first of an `all`.
    beginResetModel();
    auto group = std::make_unique<Node>();
    m_root->parent = group.get();
    group->children.push_back(std::move(m_root));
    node->parent = group.get();
    group->children.push_back(std::move(node));
    m_root = std::move(group);
    endResetModel();
    return indexOf(m_root->children.back().get());
}

QModelIndex ConditionTreeModel::addLeaf(const QModelIndex &at, const QString &attr)
{
    auto leaf = std::make_unique<Node>();
    leaf->kind = Kind::Leaf;
    leaf->attr = attr;
    leaf->op = QStringLiteral("not_empty"); // valid without a value; the user goes on from here
    return place(at, std::move(leaf));
}

QModelIndex ConditionTreeModel::addGroup(const QModelIndex &at, Kind kind)
{
    auto group = std::make_unique<Node>();
    group->kind = kind == Kind::Leaf ? Kind::All : kind;
    if (group->kind == Kind::Not) {
        auto inner = std::make_unique<Node>(); // not { all: [] }: false until filled
        inner->parent = group.get();
        group->children.push_back(std::move(inner));
    }
    return place(at, std::move(group));
}

QModelIndex ConditionTreeModel::remove(const QModelIndex &index)
{
    Node *n = node(index);
    if (!n)
        return {};
    if (!n->parent) {
        beginResetModel();
        m_root = std::make_unique<Node>();
        endResetModel();
        return rootIndex();
    }
    Node *group = n->parent;
    const int row = rowOf(n);
    beginRemoveRows(indexOf(group), row, row);
    group->children.erase(group->children.begin() + row);
    endRemoveRows();
    return indexOf(group);
}

QModelIndex ConditionTreeModel::setGroupKind(const QModelIndex &index, Kind kind)
{
    Node *n = node(index);
    if (!n || n->kind == Kind::Leaf || kind == Kind::Leaf || n->kind == kind)
        return index;
    if (kind == Kind::Not && n->children.size() != 1) {
        // `not` takes one condition: the group's conditions move into an `all` inside it.
        beginResetModel();
        auto inner = std::make_unique<Node>();
        inner->kind = n->kind;
        inner->parent = n;
        inner->children = std::move(n->children);
        for (auto &c : inner->children)
            c->parent = inner.get();
        n->children.clear();
        n->children.push_back(std::move(inner));
        n->kind = Kind::Not;
        endResetModel();
        return indexOf(n);
    }
    n->kind = kind;
    emit dataChanged(indexOf(n), indexOf(n, CountColumn));
    return indexOf(n);
}

void ConditionTreeModel::setLeaf(const QModelIndex &index, const QString &attr, const QString &op,
                                 const QJsonValue &value, const QString &ratioOf)
{
    Node *n = node(index);
    if (!n || n->kind != Kind::Leaf)
        return;
    n->attr = attr;
    n->op = op;
    n->value = value;
    n->ratioOf = ratioOf;
    emit dataChanged(indexOf(n), indexOf(n, CountColumn));
}

} // namespace portrait
