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
// After the fixed columns comes one column per position (岗位级定位): each cell holds "lead"
// (主责), "support" (协同) or "" for that position and row, starting from the draft's suggestion
// (a new kind: its author's position as 主责), editable while the row is adopted. decision()
// checks those rules (every adopted row needs a 主责 position) and builds the WorkshopDecision;
// positions left without a node are only flagged (positionsWithoutNode()).
class AdoptionDecisionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // ColumnCount is the number of fixed columns; position i is column ColumnCount + i.
    enum Column { Adopt, Node, Included, Draft, Priority, Parent, Reason, ColumnCount };
    static inline const QString kLead = QStringLiteral("lead"),
                                kSupport = QStringLiteral("support");

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

    const QStringList &positions() const { return m_positions; }
    int positionColumn(const QString &position) const;
    bool isAdopted(int row) const { return m_rows.value(row).adopt; }
    // Positions that serve no adopted row: flagged for the head, not refused (§10.3).
    QStringList positionsWithoutNode() const;

private:
    struct Row
    {
        bool adopt = false;
        int priority = 1;
        QString parent, reason;
        QStringList lead, support; // positions
        qsizetype node = -1;       // a node of the draft, or
        qsizetype proposal = -1;   // a proposed new kind of the session
    };

    WorkshopSession m_session;
    AdoptionDraft m_draft;
    QHash<QString, QString> m_names;
    QStringList m_positions;
    QList<Row> m_rows;

    QString roleOf(const Row &row, const QString &position) const;
    bool setRole(Row &row, const QString &position, const QString &role);
    QString rowName(const Row &row) const;
    QVariant positionData(const Row &row, const QString &position, int role) const;
    void emitPositionsFlagged();

    const AdoptionDraft::Node *node(const Row &row) const;
    const WorkshopProposal *proposal(const Row &row) const;
};

} // namespace portrait
