// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "workshop/AgreementMetrics.h"

#include <algorithm>
#include <cstdlib>

namespace portrait {

AgreementMetrics::Chance AgreementMetrics::chance(const QList<int> &included, int raters)
{
    Chance c;
    const qsizetype subjects = included.size();
    if (raters < 2 || subjects == 0)
        return c;
    const double n = raters;
    double sumP = 0, sumY = 0;
    for (int y : included) {
        // P_c = (y² + (n − y)² − n) / (n(n − 1)): the share of agreeing rater pairs on node c.
        sumP += (double(y) * y + (n - y) * (n - y) - n) / (n * (n - 1));
        sumY += y;
    }
    c.meanAgreement = sumP / double(subjects);
    c.inclusion = sumY / (double(subjects) * n);
    c.valid = true;
    return c;
}

std::optional<double> AgreementMetrics::fleissKappa(const QList<int> &included, int raters)
{
    const Chance c = chance(included, raters);
    if (!c.valid)
        return std::nullopt;
    // P_e = 1 exactly when every node was included by all or by none: decided on the counts,
    // not on a floating-point comparison.
    qint64 total = 0;
    for (int y : included)
        total += y;
    if (total == 0 || total == qint64(included.size()) * raters)
        return std::nullopt;
    const double p = c.inclusion;
    const double pe = p * p + (1 - p) * (1 - p);
    return (c.meanAgreement - pe) / (1 - pe);
}

std::optional<double> AgreementMetrics::gwetAc1(const QList<int> &included, int raters)
{
    const Chance c = chance(included, raters);
    if (!c.valid)
        return std::nullopt;
    // P_e′ = 2·p·(1 − p) is at most 1/2, so the denominator never vanishes.
    const double pe = 2 * c.inclusion * (1 - c.inclusion);
    return (c.meanAgreement - pe) / (1 - pe);
}

double AgreementMetrics::agreement(int included, int raters)
{
    return raters > 0 ? double(std::max(included, raters - included)) / raters : 1.0;
}

bool AgreementMetrics::isFlagged(int included, int raters)
{
    return raters > 0 && 4 * std::max(included, raters - included) < 3 * raters;
}

double AgreementMetrics::jaccardDistance(const QSet<QString> &a, const QSet<QString> &b)
{
    const qsizetype unite = QSet<QString>(a).unite(b).size();
    if (unite == 0)
        return 0;
    return 1.0 - double(QSet<QString>(a).intersect(b).size()) / double(unite);
}

AgreementResult AgreementMetrics::measure(const WorkshopSession &session, WorkshopRound round)
{
    AgreementResult r;
    const QList<const WorkshopParticipant *> raters = session.raters();
    const QStringList subjects = session.subjects();
    const int n = int(raters.size());
    r.raters = n;
    r.subjects = int(subjects.size());

    // Positions in first-seen order, with their participants.
    QStringList positions;
    QMap<QString, QList<const WorkshopParticipant *>> members;
    for (const WorkshopParticipant *p : raters) {
        if (!positions.contains(p->position))
            positions << p->position;
        members[p->position] << p;
    }

    QList<int> counts;
    for (const QString &node : subjects) {
        NodeAgreement a;
        a.node = node;
        a.raters = n;
        for (const WorkshopParticipant *p : raters)
            a.included += p->answers(round).contains(node) ? 1 : 0;
        a.share = n > 0 ? double(a.included) / n : 0;
        a.agreement = agreement(a.included, n);
        a.flagged = isFlagged(a.included, n);
        for (const QString &g : positions) {
            int y = 0;
            for (const WorkshopParticipant *p : members[g])
                y += p->answers(round).contains(node) ? 1 : 0;
            a.byPosition.insert(g, double(y) / double(members[g].size()));
        }
        counts << a.included;
        if (a.flagged)
            r.flagged << node;
        r.nodes << a;
    }

    const Chance c = chance(counts, n);
    r.meanAgreement = c.meanAgreement;
    r.inclusion = c.inclusion;
    r.chance = c.inclusion * c.inclusion + (1 - c.inclusion) * (1 - c.inclusion);
    r.kappa = fleissKappa(counts, n);
    r.ac1 = gwetAc1(counts, n);

    QMap<QString, int> blindCount; // node → positions for which it is a blind spot or extra
    for (const QString &g : positions) {
        PositionDivergence d;
        d.position = g;
        const int ng = int(members[g].size());
        d.participants = ng;
        double sum = 0;
        for (const NodeAgreement &a : std::as_const(r.nodes)) {
            int yg = 0;
            for (const WorkshopParticipant *p : members[g])
                yg += p->answers(round).contains(a.node) ? 1 : 0;
            const double qg = double(yg) / ng;
            sum += std::abs(qg - a.share);
            // |y_g/n_g − y/n| ≥ 1/2, in integers: 2·|y_g·n − y·n_g| ≥ n_g·n.
            const qint64 diff = qint64(yg) * n - qint64(a.included) * ng;
            if (2 * std::llabs(diff) >= qint64(ng) * n) {
                d.blindSpots.append({a.node, qg, a.share, diff > 0});
                ++blindCount[a.node];
            }
        }
        d.divergence = r.subjects > 0 ? sum / r.subjects : 0;
        r.positions << d;
    }

    // Most split first (smallest max(y, n − y)); then the nodes most positions see differently.
    r.disagreements = r.flagged;
    std::stable_sort(r.disagreements.begin(), r.disagreements.end(),
                     [&](const QString &a, const QString &b) {
                         const NodeAgreement *na = r.node(a), *nb = r.node(b);
                         const int ma = std::max(na->included, n - na->included);
                         const int mb = std::max(nb->included, n - nb->included);
                         if (ma != mb)
                             return ma < mb;
                         return blindCount.value(a) > blindCount.value(b);
                     });
    return r;
}

AgreementGain AgreementMetrics::gain(const AgreementResult &before, const AgreementResult &after)
{
    AgreementGain g;
    if (before.kappa && after.kappa)
        g.kappa = *after.kappa - *before.kappa;
    if (before.ac1 && after.ac1)
        g.ac1 = *after.ac1 - *before.ac1;
    for (const PositionDivergence &b : before.positions) {
        if (const PositionDivergence *a = after.position(b.position))
            g.divergenceFall.insert(b.position, b.divergence - a->divergence);
    }
    return g;
}

} // namespace portrait
