// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "workshop/AgreementResult.h"
#include "workshop/Workshop.h"

#include <QSet>

namespace portrait {

// The measures of 认知错位 (domain.md §10.2) on plain data: per-node agreement a_c, Fleiss' kappa
// and Gwet's AC1 over include/exclude (nodes as subjects, participants as raters), per-position
// divergence D_g with blind spots, Jaccard distances and the gain between rounds. Pure: no SQL,
// no signals. Thresholds on shares are compared as integer fractions, never as rounded decimals.
class AgreementMetrics
{
public:
    // Every measure of one round of a session, over session.subjects().
    static AgreementResult measure(const WorkshopSession &session, WorkshopRound round);

    // The two chance-corrected coefficients from the inclusion counts y_c of N nodes by n raters.
    // Empty when undefined: n < 2, N = 0, or (kappa only) P_e = 1 because every answer was the
    // same.
    static std::optional<double> fleissKappa(const QList<int> &included, int raters);
    static std::optional<double> gwetAc1(const QList<int> &included, int raters);

    // a_c = max(y, n − y) / n, and whether it is below 3/4 (错位).
    static double agreement(int included, int raters);
    static bool isFlagged(int included, int raters);

    // 1 − |A ∩ B| / |A ∪ B|; 0 when both are empty.
    static double jaccardDistance(const QSet<QString> &a, const QSet<QString> &b);

    static AgreementGain gain(const AgreementResult &before, const AgreementResult &after);

private:
    struct Chance
    {
        double meanAgreement = 0, inclusion = 0;
        bool valid = false;
    };
    static Chance chance(const QList<int> &included, int raters);
};

} // namespace portrait
