// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "models/ConditionTreeModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace portrait {

namespace {

QString valueText(const QJsonValue &v)
{
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : v.toArray())
            parts << valueText(item);
        return parts.join(ConditionTreeModel::tr("、"));
    }
    if (v.isDouble())
        return QLocale().toString(v.toDouble(), 'g', 12);
    return v.toString();
}

} // namespace

ConditionTreeModel::ConditionTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
}

ConditionTreeModel::~ConditionTreeModel() = default;

std::unique_ptr<ConditionTreeModel::Node> ConditionTreeModel::fromJson(const QJsonValue &value,
                                                                        Node *parent)
{
    auto node = std::make_unique<Node>();
    node->parent = parent;
    const QJsonObject o = value.toObject();
    if (o.contains(QStringLiteral("all")) || o.contains(QStringLiteral("any"))) {
        const bool all = o.contains(QStringLiteral("all"));
        node->kind = all ? Kind::All : Kind::Any;
        for (const QJsonValue &child : o.value(all ? QStringLiteral("all") : QStringLiteral("any")).toArray())
            node->children.push_back(fromJson(child, node.get()));
    } else if (o.contains(QStringLiteral("not"))) {
        node->kind = Kind::Not;
        node->children.push_back(fromJson(o.value(QStringLiteral("not")), node.get()));
    } else {
        node->kind = Kind::Leaf;
        node->attr = o.value(QStringLiteral("attr")).toString();
        node->op = o.value(QStringLiteral("op")).toString();
        node->ratioOf = o.value(QStringLiteral("ratio_of")).toString();
        node->value = o.value(QStringLiteral("value"));
    }
    return node;
}

QJsonValue ConditionTreeModel::toJson(const Node &node)
{
    if (node.kind == Kind::Leaf) {
        QJsonObject o{{QStringLiteral("attr"), node.attr}, {QStringLiteral("op"), node.op}};
        if (!node.ratioOf.isEmpty())
            o.insert(QStringLiteral("ratio_of"), node.ratioOf);
        if (!node.value.isUndefined() && !node.value.isNull())
            o.insert(QStringLiteral("value"), node.value);
        return o;
    }
    if (node.kind == Kind::Not)
        return QJsonObject{{QStringLiteral("not"), node.children.empty()
                                                       ? QJsonValue(QJsonObject{{QStringLiteral("all"), QJsonArray()}})
                                                       : toJson(*node.children.front())}};
    QJsonArray items;
    for (const auto &c : node.children)
        items.append(toJson(*c));
    return QJsonObject{{node.kind == Kind::All ? QStringLiteral("all") : QStringLiteral("any"), items}};
}

bool ConditionTreeModel::setJson(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    beginResetModel();
    const bool ok = doc.isObject();
    m_root = ok ? fromJson(doc.object(), nullptr) : std::make_unique<Node>();
    endResetModel();
    return ok;
}

QString ConditionTreeModel::json() const
{
    return QString::fromUtf8(QJsonDocument(toJson(*m_root).toObject()).toJson(QJsonDocument::Compact));
}

void ConditionTreeModel::setAttributeNames(const QHash<QString, QString> &names)
{
    m_names = names;
    std::vector<Node *> nodes;
    preorder(m_root.get(), nodes);
    for (Node *n : nodes)
        emit dataChanged(indexOf(n), indexOf(n));
}

void ConditionTreeModel::preorder(Node *node, std::vector<Node *> &out) const
{
    out.push_back(node);
    for (const auto &c : node->children)
        preorder(c.get(), out);
}

void ConditionTreeModel::setCounts(const std::vector<qint64> &counts)
{
    std::vector<Node *> nodes;
    preorder(m_root.get(), nodes);
    for (size_t i = 0; i < nodes.size(); ++i) {
        const qint64 c = i < counts.size() ? counts[i] : -1;
        if (nodes[i]->count == c)
            continue;
        nodes[i]->count = c;
        const QModelIndex at = indexOf(nodes[i], CountColumn);
        emit dataChanged(at, at);
    }
}

void ConditionTreeModel::clearCounts()
{
    setCounts({});
}

void ConditionTreeModel::setProblems(const QStringList &problems)
{
    std::vector<Node *> nodes;
    preorder(m_root.get(), nodes);
    for (Node *n : nodes) {
        QString found;
        const QString p = path(n);
        for (const QString &message : problems) {
            // The message names the node's path, maybe of one of its fields (".value"), then the
            // reason after the separator of the interface language ("：" or ": ").
            const QString separator = message.contains(QStringLiteral("：")) ? QStringLiteral("：")
                                                                             : QStringLiteral(": ");
            if (message.startsWith(p + separator) || message.startsWith(p + QStringLiteral(".value")) ||
                message.startsWith(p + QStringLiteral(".attr")) || message.startsWith(p + QStringLiteral(".ratio_of")) ||
                message.startsWith(p + QStringLiteral(".op")))
                found = message.mid(message.indexOf(separator) + separator.size());
        }
        if (found != n->problem) {
            n->problem = found;
            emit dataChanged(indexOf(n, 0), indexOf(n, CountColumn));
        }
    }
}

ConditionTreeModel::Node *ConditionTreeModel::node(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

int ConditionTreeModel::rowOf(const Node *node) const
{
    if (!node->parent)
        return 0;
    const auto &siblings = node->parent->children;
    for (size_t i = 0; i < siblings.size(); ++i) {
        if (siblings[i].get() == node)
            return int(i);
    }
    return -1;
}

QModelIndex ConditionTreeModel::indexOf(const Node *node, int column) const
{
    return node ? createIndex(rowOf(node), column, const_cast<Node *>(node)) : QModelIndex();
}

QString ConditionTreeModel::path(const Node *node) const
{
    if (!node->parent)
        return QStringLiteral("when");
    const QString up = path(node->parent);
    if (node->parent->kind == Kind::Not)
        return up + QStringLiteral(".not");
    return up + (node->parent->kind == Kind::All ? QStringLiteral(".all[%1]") : QStringLiteral(".any[%1]"))
                    .arg(rowOf(node));
}

QString ConditionTreeModel::opSymbol(const QString &op)
{
    static const QHash<QString, QString> symbols{
        {QStringLiteral("eq"), QStringLiteral("=")},       {QStringLiteral("ne"), QStringLiteral("≠")},
        {QStringLiteral("lt"), QStringLiteral("<")},       {QStringLiteral("le"), QStringLiteral("≤")},
        {QStringLiteral("gt"), QStringLiteral(">")},       {QStringLiteral("ge"), QStringLiteral("≥")},
        {QStringLiteral("in"), tr("属于")},                {QStringLiteral("not_in"), tr("不属于")},
        {QStringLiteral("between"), tr("介于")},           {QStringLiteral("starts_with"), tr("开头是")},
        {QStringLiteral("has_label"), tr("含标签")},       {QStringLiteral("is_empty"), tr("为空")},
        {QStringLiteral("not_empty"), tr("不为空")}};
    return symbols.value(op, op);
}

QString ConditionTreeModel::kindName(Kind kind)
{
    switch (kind) {
    case Kind::All: return tr("全部满足");
    case Kind::Any: return tr("任一满足");
    case Kind::Not: return tr("不满足");
    case Kind::Leaf: break;
    }
    return tr("条件");
}

QString ConditionTreeModel::describe(const Node &n) const
{
    if (n.kind != Kind::Leaf) {
        if (n.children.empty())
            return n.kind == Kind::All ? tr("全部满足（空：所有客户）") : kindName(n.kind) + tr("（空）");
        return kindName(n.kind);
    }
    QString subject = m_names.value(n.attr, n.attr);
    if (!n.ratioOf.isEmpty())
        subject = tr("%1 ÷ %2").arg(subject, m_names.value(n.ratioOf, n.ratioOf));
    const QString op = opSymbol(n.op);
    if (n.op == QLatin1String("is_empty") || n.op == QLatin1String("not_empty"))
        return subject + QLatin1Char(' ') + op;
    if (n.op == QLatin1String("between") && n.value.isArray() && n.value.toArray().size() == 2)
        return tr("%1 介于 %2 与 %3 之间")
            .arg(subject, valueText(n.value.toArray()[0]), valueText(n.value.toArray()[1]));
    return subject + QLatin1Char(' ') + op + QLatin1Char(' ') + valueText(n.value);
}

QModelIndex ConditionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row == 0 ? createIndex(0, column, m_root.get()) : QModelIndex();
    Node *p = node(parent);
    if (parent.column() != 0 || !p || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex ConditionTreeModel::parent(const QModelIndex &child) const
{
    Node *n = node(child);
    return n && n->parent ? indexOf(n->parent) : QModelIndex();
}

int ConditionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    return int(node(parent)->children.size());
}

int ConditionTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ConditionTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n)
        return {};
    if (role == KindRole)
        return int(n->kind);
    if (role == PathRole)
        return path(n);
    if (index.column() == CountColumn) {
        if (role == Qt::DisplayRole)
            return n->count < 0 ? QStringLiteral("…") : QLocale().toString(n->count);
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return tr("满足此条件的客户数");
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return describe(*n);
    case Qt::ToolTipRole:
        return n->problem.isEmpty() ? QString::fromUtf8(QJsonDocument(toJson(*n).toObject()).toJson(QJsonDocument::Compact))
                                    : n->problem;
    case Qt::ForegroundRole:
        if (!n->problem.isEmpty())
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        return {};
    case Qt::FontRole:
        if (n->kind != Kind::Leaf) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant ConditionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TextColumn ? tr("条件") : tr("满足的客户");
}

} // namespace portrait
