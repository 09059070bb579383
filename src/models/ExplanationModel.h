// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <memory>
#include <vector>

namespace portrait {

class Workspace;
struct Explanation;
struct RuleTrace;
class RuleCatalog;

// Why one customer has its classification, as a tree a person can read: every outcome (primary
// category, roles, labels, needs, credit grade, demand-response potential, lifecycle stage) with
// the rule that gave it, each condition of that rule with the customer's actual value and whether
// it held ("值缺失" when the attribute is empty), and for the primary category the earlier rules
// that did not match and why. Built with the engine from the workspace's current rules, so it
// also serves as "try the rules on a customer". Read-only.
class ExplanationModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { ItemColumn, ValueColumn, ColumnCount };
    enum Roles { RuleRole = Qt::UserRole + 1, StateRole };
    enum class State { Neutral, Held, Failed, Missing, Pinned };

    explicit ExplanationModel(Workspace *workspace, QObject *parent = nullptr);
    ~ExplanationModel() override;

    // Explains customer `id` with the current rules; false with a message when it cannot.
    bool explain(qint64 id, QString *error = nullptr);
    void clear();
    qint64 customer() const { return m_customer; }
    // One line: "主类 E1.1 居民（规则 P16）".
    const QString &summary() const { return m_summary; }
    // Rule ids that appear anywhere in the explanation.
    QStringList ruleIds() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Item;
    Item *add(Item *parent, const QString &text, const QString &value, State state,
              const QString &rule = {});
    void addRule(Item *parent, const RuleTrace &trace);
    void build(const Explanation &e, const RuleCatalog &catalog);
    Item *item(const QModelIndex &index) const;

    Workspace *m_workspace;
    std::unique_ptr<Item> m_root;
    QHash<QString, QString> m_attributeNames;
    qint64 m_customer = 0;
    QString m_summary;
};

} // namespace portrait
