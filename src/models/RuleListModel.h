// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace portrait {

class Workspace;

// The rules of one group in evaluation order, for the rule editor's list: name (with the id),
// enabled switch, outcome by name, and the live counts — how many customers each rule matches,
// how many it takes in the waterfall and how many are left after it. Rows can be dragged to a
// new place (the model asks for the move through moveRequested, which the owner turns into an
// undo command); the enabled switch is an undoable edit of its own. Reloads when rules change.
class RuleListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, EnabledColumn, OutcomeColumn, TakesColumn, RemainingColumn, ColumnCount };
    enum Roles { KeyRole = Qt::UserRole + 1, WarningRole };
    struct Count
    {
        bool active = true;
        qint64 matches = 0, takes = 0, remaining = 0;
    };

    explicit RuleListModel(Workspace *workspace, QObject *parent = nullptr);

    void setGroup(const QString &group);
    const QString &group() const { return m_group; }
    // Outcome code → the text to show ("居民  E1.1").
    void setOutcomeNames(const QHash<QString, QString> &names);
    void setCounts(const QHash<QString, Count> &counts);
    void clearCounts();

    QString ruleId(int row) const;
    int rowOf(const QString &id) const;
    QStringList ids() const;
    // A rule that can never take anyone (earlier rules take all it matches), with the reason.
    QString warning(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

public slots:
    void reload();

signals:
    // Move rule `id` so that it ends at position `to` of the group.
    void moveRequested(const QString &id, int to);
    void editFailed(const QString &message);

private:
    struct Row
    {
        QString id, nameZh, nameEn, outcome;
        bool enabled = true;
        bool deptSpecific = false;
    };
    Workspace *m_workspace;
    QString m_group;
    QList<Row> m_rows;
    QHash<QString, QString> m_outcomeNames;
    QHash<QString, Count> m_counts;
};

} // namespace portrait
