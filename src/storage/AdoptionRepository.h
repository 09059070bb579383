// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "workshop/WorkshopDecision.h"

#include <QVariantList>

namespace portrait {

class Database;

// Writes a workshop decision into the configuration (domain.md §9.1, §10.3) as ONE transaction:
// the department's scope becomes the adopted list (dept_scope, evidence 'workshop'), its
// positions' assignments become the decision's (position_nodes, 主责 'lead' / 协同 'support'),
// accepted new kinds become local nodes under their parent (E2.L1, E2.L2…, kind 'local'), the
// decision is recorded with its date and the session marked adopted. apply() returns what it
// replaced, so revert() can put the workspace back exactly (the GUI's undo).
class AdoptionRepository
{
public:
    struct Record
    {
        qint64 decision = 0;
        qint64 session = 0;
        QString department, oldStatus;
        QList<QVariantList> oldScope;       // rowid, node_code, ord, priority, evidence
        QList<QVariantList> oldAssignments; // rowid, position_id, node_code, ord, role, evidence
        QStringList createdNodes;           // local nodes, in creation order
        QList<qint64> createdPositions;
        QList<qint64> acceptedProposals;
    };

    explicit AdoptionRepository(Database &db) : m_db(db) {}

    // Checks the decision against the workspace (department, nodes, priorities) and applies it.
    // Throws portrait::Error and changes nothing when anything is wrong.
    Record apply(const WorkshopDecision &decision);
    void revert(const Record &record);

    // The next free local code under a parent: E2 → E2.L1, then E2.L2…
    QString nextLocalCode(const QString &parent) const;

private:
    void check(const WorkshopDecision &decision) const;
    qint64 positionId(const QString &department, const QString &name, Record &record);
    void writeScope(const WorkshopDecision &decision, Record &record);
    void writeDecision(const WorkshopDecision &decision, Record &record);

    Database &m_db;
};

} // namespace portrait
