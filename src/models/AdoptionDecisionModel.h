// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "workshop/AdoptionDraft.h"

#include <QAbstractTableModel>
#include <QHash>

namespace portrait {

// The department head's decision on a workshop draft (domain.md §10.3), as an editable table:
// one row per node of the draft, then one per proposed new kind. The head ticks what to adopt
// (the draft's adopted nodes are ticked), sets priorities, gives a reason to keep a node the
// draft dropped or to reject one it adopted, and names the parent of an accepted new kind.
// decision() checks those rules and builds the WorkshopDecision.
class AdoptionDecisionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Adopt, Node, Included, Draft, Priority, Parent, Reason, ColumnCount };

    AdoptionDecisionModel(const WorkshopSession &session, const AdoptionDraft &draft,
                          QHash<QString, QString> names, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The decision, or an empty optional with the reason in `error`.
    std::optional<WorkshopDecision> decision(const QString &date, const QString &approver,
                                             QString *error) const;

private:
    struct Row
    {
        bool adopt = false;
        int priority = 1;
        QString parent, reason;
        qsizetype node = -1;     // a node of the draft, or
        qsizetype proposal = -1; // a proposed new kind of the session
    };

    WorkshopSession m_session;
    AdoptionDraft m_draft;
    QHash<QString, QString> m_names;
    QList<Row> m_rows;

    const AdoptionDraft::Node *node(const Row &row) const;
    const WorkshopProposal *proposal(const Row &row) const;
};

} // namespace portrait
