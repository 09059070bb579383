// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "workshop/Workshop.h"

namespace portrait {

// What the department head confirms at the end of a workshop (domain.md §10.1 决议, §10.3): the
// adopted nodes with priorities, the nodes rejected with a reason, the new kinds accepted as local
// nodes, which position serves which node, and the pain point that seeds the first toolkit.
// Applying it replaces the department's scope and its positions' assignments.
struct WorkshopDecision
{
    struct Node
    {
        QString node;
        int priority = 1;
        QString reason; // why the head kept a node the draft left out
    };
    struct Rejected
    {
        QString node, reason;
    };
    struct Assignment
    {
        QString position, node;
        bool lead = true; // 主责; false: 协同
    };
    struct NewKind
    {
        qint64 proposal = 0; // the proposal's id in the session
        QString name, description, parent;
        int priority = 1;
        QStringList leadPositions;    // 主责 of the local node
        QStringList supportPositions; // 协同 of the local node
    };

    qint64 session = 0;
    QString department, date, approver;
    WorkshopRound round = WorkshopRound::Initial;
    QList<Node> adopted;
    QList<Rejected> rejected;
    QList<Assignment> assignments;
    QList<NewKind> newKinds;
    qint64 toolkitPainPoint = 0; // 0: none
};

} // namespace portrait
