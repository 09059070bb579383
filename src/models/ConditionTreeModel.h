// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QJsonValue>
#include <memory>
#include <vector>

namespace portrait {

// A rule's condition tree (domain.md §8.1) as an editable tree: groups 全部满足 (all), 任一满足
// (any) and 不满足 (not) holding conditions and further groups. Column 0 reads the node as a
// sentence with attribute names, column 1 the live count of customers it matches. The tree
// serialises back to compact JSON in the order it was read, and its nodes are numbered in the same
// pre-order as the engine's parsed Condition, so per-node counts and problems map one to one.
// Structural edits keep the tree valid: a `not` holds exactly one condition, an empty group stays.
class ConditionTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Kind { All, Any, Not, Leaf };
    struct Node
    {
        Kind kind = Kind::All;
        QString attr, op, ratioOf;
        QJsonValue value;
        std::vector<std::unique_ptr<Node>> children;
        Node *parent = nullptr;
        qint64 count = -1; // unknown until counted
        QString problem;
    };
    enum Column { TextColumn, CountColumn, ColumnCount };
    enum Roles { KindRole = Qt::UserRole + 1, PathRole };

    explicit ConditionTreeModel(QObject *parent = nullptr);
    ~ConditionTreeModel() override;

    // Replaces the tree; returns false (and keeps an empty `all`) when the JSON is not an object.
    bool setJson(const QString &json);
    QString json() const;
    static QJsonValue toJson(const Node &node);

    void setAttributeNames(const QHash<QString, QString> &names);
    // Per node in pre-order; a shorter list (an outdated count) leaves the rest unknown.
    void setCounts(const std::vector<qint64> &counts);
    void clearCounts();
    // Messages "when.any[1]…：text" from the engine, shown on the node they name.
    void setProblems(const QStringList &problems);

    Node *node(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    QString path(const Node *node) const;
    QModelIndex rootIndex() const { return index(0, 0); }
    QString describe(const Node &node) const;

    // Edits; each returns the index of the node to select afterwards.
    QModelIndex addLeaf(const QModelIndex &at, const QString &attr);
    QModelIndex addGroup(const QModelIndex &at, Kind kind);
    QModelIndex remove(const QModelIndex &index);
    QModelIndex setGroupKind(const QModelIndex &index, Kind kind);
    void setLeaf(const QModelIndex &index, const QString &attr, const QString &op,
                 const QJsonValue &value, const QString &ratioOf);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString opSymbol(const QString &op);
    static QString kindName(Kind kind);

private:
    static std::unique_ptr<Node> fromJson(const QJsonValue &value, Node *parent);
    QModelIndex insertChild(Node *group, std::unique_ptr<Node> child);
    QModelIndex place(const QModelIndex &at, std::unique_ptr<Node> node);
    void preorder(Node *node, std::vector<Node *> &out) const;
    int rowOf(const Node *node) const;

    std::unique_ptr<Node> m_root;
    QHash<QString, QString> m_names;
};

} // namespace portrait
