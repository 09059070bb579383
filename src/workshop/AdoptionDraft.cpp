// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "workshop/AdoptionDraft.h"

#include "workshop/AgreementMetrics.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::AdoptionDraft)
};

} // namespace

AdoptionDraft::Band AdoptionDraft::band(int included, int raters)
{
    if (raters <= 0)
        return Band::Dropped;
    if (3 * qint64(included) >= 2 * qint64(raters))
        return Band::Adopted;
    if (3 * qint64(included) >= qint64(raters))
        return Band::Discussion;
    return Band::Dropped;
}

int AdoptionDraft::medianPriority(QList<int> priorities)
{
    if (priorities.isEmpty())
        return 0;
    std::sort(priorities.begin(), priorities.end());
    const qsizetype mid = priorities.size() / 2;
    if (priorities.size() % 2 == 1)
        return priorities[mid];
    // Two middle values: their mean, a half rounded down (towards the more important): 1,2 → 1.
    return (priorities[mid - 1] + priorities[mid]) / 2;
}

AdoptionDraft::AdoptionDraft(const WorkshopSession &session, WorkshopRound round,
                             const QStringList &positions)
    : m_round(round), m_session(session.id), m_department(session.department)
{
    const QList<const WorkshopParticipant *> raters = session.raters();
    const int n = int(raters.size());
    QSet<QString> served;
    for (const QString &code : session.subjects()) {
        Node node;
        node.node = code;
        node.raters = n;
        QList<int> priorities;
        QMap<QString, int> bestByPosition; // position → best priority its participants gave
        for (const WorkshopParticipant *p : raters) {
            const auto it = p->answers(round).constFind(code);
            if (it == p->answers(round).cend())
                continue;
            ++node.included;
            priorities << it.value();
            const int best = bestByPosition.value(p->position, 4);
            bestByPosition.insert(p->position, std::min(best, it.value()));
        }
        node.band = band(node.included, n);
        node.priority = medianPriority(priorities);
        if (!priorities.isEmpty()) {
            const int best = *std::min_element(priorities.cbegin(), priorities.cend());
            // Positions in participant order, each once.
            for (const WorkshopParticipant *p : raters) {
                if (!bestByPosition.contains(p->position) || node.lead.contains(p->position) ||
                    node.support.contains(p->position))
                    continue;
                (bestByPosition.value(p->position) == best ? node.lead : node.support)
                    << p->position;
            }
        }
        if (node.band == Band::Adopted) {
            for (const QString &g : std::as_const(node.lead) + node.support)
                served.insert(g);
        }
        m_nodes << node;
    }

    const QStringList adoptedList = nodes(Band::Adopted);
    const QSet<QString> adopted(adoptedList.cbegin(), adoptedList.cend());
    QStringList allPositions = positions;
    for (const WorkshopParticipant *p : raters) {
        if (!allPositions.contains(p->position))
            allPositions << p->position;
        const QMap<QString, int> &answers = p->answers(round);
        ParticipantFit fit{p->name, p->position, 0, 0, 0};
        fit.jaccard = AgreementMetrics::jaccardDistance(
            QSet<QString>(answers.keyBegin(), answers.keyEnd()), adopted);
        for (int priority : answers) {
            fit.bestPriority = fit.bestPriority ? std::min(fit.bestPriority, priority) : priority;
            fit.worstPriority = std::max(fit.worstPriority, priority);
        }
        m_participants << fit;
    }
    for (const QString &g : std::as_const(allPositions)) {
        if (!served.contains(g))
            m_withoutNode << g;
    }
    m_positions = allPositions;

    m_painPoints = session.painPoints;
    std::stable_sort(
        m_painPoints.begin(), m_painPoints.end(),
        [](const WorkshopPainPoint &a, const WorkshopPainPoint &b) { return a.votes > b.votes; });
}

QStringList AdoptionDraft::nodes(Band band) const
{
    QStringList list;
    for (const Node &n : m_nodes) {
        if (n.band == band)
            list << n.node;
    }
    return list;
}

std::optional<WorkshopPainPoint> AdoptionDraft::toolkitCandidate() const
{
    if (m_painPoints.isEmpty() || m_painPoints.first().votes <= 0)
        return std::nullopt;
    return m_painPoints.first();
}

WorkshopDecision AdoptionDraft::decision(const QString &date, const QString &approver) const
{
    WorkshopDecision d;
    d.session = m_session;
    d.department = m_department;
    d.date = date;
    d.approver = approver;
    d.round = m_round;
    for (const Node &n : m_nodes) {
        if (n.band == Band::Adopted) {
            d.adopted.append({n.node, n.priority});
            for (const QString &g : n.lead)
                d.assignments.append({g, n.node, true});
            for (const QString &g : n.support)
                d.assignments.append({g, n.node, false});
        } else if (n.band == Band::Dropped) {
            d.rejected.append(
                {n.node,
                 Tr::tr("不足三分之一的参与者选择（%1/%2）").arg(n.included).arg(n.raters)});
        }
    }
    if (const auto top = toolkitCandidate())
        d.toolkitPainPoint = top->id;
    return d;
}

} // namespace portrait
