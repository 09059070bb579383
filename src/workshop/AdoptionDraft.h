// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "workshop/WorkshopDecision.h"

namespace portrait {

// The draft list of domain.md §10.3 from one round of answers: a node included by at least 2/3 of
// the participants is adopted, 1/3 up to 2/3 goes to discussion, below 1/3 is dropped (shares
// compared as fractions: 4 of 6 is adopted). Its priority is the median of the priorities given,
// a half rounded towards the more important. The default 主责 positions of a node are those whose
// participants gave it priority 1 (else the best priority given), the other positions that
// included it are 协同; positions left without a node are flagged, not refused. Pure: no SQL.
class AdoptionDraft
{
public:
    enum class Band { Adopted, Discussion, Dropped };

    struct Node
    {
        QString node;
        int included = 0, raters = 0;
        Band band = Band::Dropped;
        int priority = 0; // 0 when nobody included it
        QStringList lead, support;
    };

    struct ParticipantFit
    {
        QString name, position;
        double jaccard = 0; // distance between their include set and the adopted list
        int bestPriority = 0, worstPriority = 0; // spread of the priorities they gave (0: none)
    };

    // `positions`: the department's positions, so that those without a node can be flagged.
    AdoptionDraft(const WorkshopSession &session, WorkshopRound round,
                  const QStringList &positions);

    static Band band(int included, int raters);
    static int medianPriority(QList<int> priorities);

    WorkshopRound round() const { return m_round; }
    const QList<Node> &nodes() const { return m_nodes; }
    QStringList nodes(Band band) const;
    const QList<ParticipantFit> &participants() const { return m_participants; }
    QStringList positionsWithoutNode() const { return m_withoutNode; }
    // The department's positions, then those of participants that it does not have yet.
    const QStringList &positions() const { return m_positions; }
    // Pain points by votes, most first (ties keep the file's order); the first one with votes is
    // the toolkit candidate.
    const QList<WorkshopPainPoint> &painPointsByVotes() const { return m_painPoints; }
    std::optional<WorkshopPainPoint> toolkitCandidate() const;

    // The decision that takes the draft as it is (the command line): adopted nodes with their
    // priorities and default positions, dropped nodes rejected with the reason, discussion nodes
    // left out, no new kinds accepted.
    WorkshopDecision decision(const QString &date, const QString &approver) const;

private:
    WorkshopRound m_round;
    qint64 m_session = 0;
    QString m_department;
    QList<Node> m_nodes;
    QList<ParticipantFit> m_participants;
    QStringList m_withoutNode, m_positions;
    QList<WorkshopPainPoint> m_painPoints;
};

} // namespace portrait
