// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace portrait {

// The measures of 认知错位 for one round of answers (domain.md §10.2), as plain values.

struct NodeAgreement
{
    QString node;
    int included = 0;                 // y_c
    int raters = 0;                   // n
    double share = 0;                 // y_c / n
    double agreement = 0;             // a_c = max(y_c, n − y_c) / n
    bool flagged = false;             // a_c < 3/4, compared exactly
    QMap<QString, double> byPosition; // q_g(c)
};

struct BlindSpot
{
    QString node;
    double positionShare = 0, overallShare = 0; // q_g(c), q(c)
    // true: the position includes the node far more than the rest (an extra customer);
    // false: far less (a blind spot).
    bool extra = false;
};

struct PositionDivergence
{
    QString position;
    int participants = 0;
    double divergence = 0; // D_g
    QList<BlindSpot> blindSpots;
};

struct AgreementResult
{
    int raters = 0;                      // n
    int subjects = 0;                    // N
    double meanAgreement = 0;            // P̄
    double inclusion = 0;                // p_in
    double chance = 0;                   // P_e
    std::optional<double> kappa, ac1;    // empty when undefined
    QList<NodeAgreement> nodes;          // in subject order
    QList<PositionDivergence> positions; // in first-seen order
    QStringList flagged;                 // nodes with a_c < 3/4, in subject order
    QStringList disagreements; // the flagged nodes, most split first: what to discuss first

    const NodeAgreement *node(const QString &code) const;
    const PositionDivergence *position(const QString &name) const;
};

// How much the discussion removed: 复评 minus 初评.
struct AgreementGain
{
    std::optional<double> kappa, ac1;     // empty when either side is undefined
    QMap<QString, double> divergenceFall; // position → D_g before − D_g after
};

} // namespace portrait
