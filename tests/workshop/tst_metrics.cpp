// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// The measures of 认知错位 (domain.md §10.2) on small cases. Every expected value is computed by
// hand in the comment above its check, from the formulas of §10.2:
//   P_c = (y² + (n−y)² − n) / (n(n−1)),  P̄ = mean P_c,  p = Σy / (N·n),
//   P_e = p² + (1−p)²,  κ = (P̄ − P_e) / (1 − P_e),  P_e′ = 2p(1−p),  AC1 = (P̄ − P_e′) / (1 − P_e′).
#include "TestWorkspace.h"
#include "WorkshopFixture.h"

#include "workshop/AgreementMetrics.h"

using namespace portrait;
using Catch::Detail::Approx;

TEST_CASE("kappa and AC1 on a balanced case")
{
    // n = 4 raters, N = 3 nodes, y = (4, 2, 0).
    // P_c: y=4 → (16+0−4)/12 = 1;  y=2 → (4+4−4)/12 = 1/3;  y=0 → (0+16−4)/12 = 1.
    // P̄ = (1 + 1/3 + 1)/3 = 7/9.  p = 6/12 = 1/2.  P_e = 1/4 + 1/4 = 1/2.
    // κ = (7/9 − 1/2)/(1/2) = 5/9 ≈ 0.5556.  P_e′ = 2·½·½ = 1/2, so AC1 = 5/9 too.
    CHECK(*AgreementMetrics::fleissKappa({4, 2, 0}, 4) == Approx(5.0 / 9));
    CHECK(*AgreementMetrics::gwetAc1({4, 2, 0}, 4) == Approx(5.0 / 9));
}

TEST_CASE("kappa and AC1 on an unbalanced case")
{
    // n = 3, N = 2, y = (3, 1).
    // P_c: y=3 → (9+0−3)/6 = 1;  y=1 → (1+4−3)/6 = 1/3.  P̄ = 2/3.
    // p = 4/6 = 2/3.  P_e = 4/9 + 1/9 = 5/9.  κ = (6/9 − 5/9)/(4/9) = 1/4.
    // P_e′ = 2·(2/3)·(1/3) = 4/9.  AC1 = (6/9 − 4/9)/(5/9) = 2/5.
    CHECK(*AgreementMetrics::fleissKappa({3, 1}, 3) == Approx(0.25));
    CHECK(*AgreementMetrics::gwetAc1({3, 1}, 3) == Approx(0.4));
}

TEST_CASE("the prevalence paradox: kappa near 0, AC1 high")
{
    // n = 6, N = 10: nine nodes unanimous (y = 6), one split 5/1 (y = 5).
    // P_c: y=6 → (36+0−6)/30 = 1;  y=5 → (25+1−6)/30 = 2/3.
    // P̄ = (9 + 2/3)/10 = 29/30 = 3480/3600.  p = (54+5)/60 = 59/60.
    // P_e = (59/60)² + (1/60)² = 3482/3600.
    // κ = (3480 − 3482)/(3600 − 3482) = −2/118 = −1/59 ≈ −0.0169.
    // P_e′ = 2·(59/60)·(1/60) = 118/3600.  AC1 = (3480 − 118)/(3600 − 118) = 3362/3482 ≈ 0.9655.
    QList<int> y(9, 6);
    y << 5;
    CHECK(*AgreementMetrics::fleissKappa(y, 6) == Approx(-1.0 / 59));
    CHECK(*AgreementMetrics::gwetAc1(y, 6) == Approx(3362.0 / 3482));
}

TEST_CASE("kappa is undefined when P_e = 1, with one rater or no nodes")
{
    // Everyone included every node: p = 1, P_e = 1² + 0² = 1 → κ undefined. P̄ = 1 and
    // P_e′ = 2·1·0 = 0, so AC1 = (1 − 0)/(1 − 0) = 1.
    CHECK_FALSE(AgreementMetrics::fleissKappa({4, 4, 4}, 4).has_value());
    CHECK(*AgreementMetrics::gwetAc1({4, 4, 4}, 4) == Approx(1.0));
    // Nobody included anything: p = 0, P_e = 1 → undefined.
    CHECK_FALSE(AgreementMetrics::fleissKappa({0, 0}, 3).has_value());
    CHECK_FALSE(AgreementMetrics::fleissKappa({1, 0}, 1).has_value()); // n < 2
    CHECK_FALSE(AgreementMetrics::gwetAc1({1, 0}, 1).has_value());
    CHECK_FALSE(AgreementMetrics::fleissKappa({}, 5).has_value());
}

TEST_CASE("per-node agreement and the 错位 flag are exact")
{
    // a_c = max(y, n − y)/n; flagged when a_c < 3/4.
    CHECK(AgreementMetrics::agreement(2, 4) == Approx(0.5));
    CHECK(AgreementMetrics::agreement(1, 4) == Approx(0.75));
    CHECK(AgreementMetrics::isFlagged(2, 4));
    CHECK_FALSE(AgreementMetrics::isFlagged(1, 4)); // exactly 3/4 is not below it
    CHECK_FALSE(AgreementMetrics::isFlagged(3, 4));
    CHECK(AgreementMetrics::isFlagged(4, 7));       // 4/7 ≈ 0.571
    CHECK_FALSE(AgreementMetrics::isFlagged(6, 8)); // 6/8 = 3/4 exactly
}

TEST_CASE("a session: shares, positions, blind spots and disagreements")
{
    // 市场专责 A1 {E2.2, E2.4}, A2 {E2.2, E2.4}; 客户经理 B1 {E2.2, E1}, B2 {E2.2}; offered E2.2
    // E2.4 E1.
    const WorkshopSession s = twoPositionSession();
    const AgreementResult r = AgreementMetrics::measure(s, WorkshopRound::Initial);
    REQUIRE(r.raters == 4);
    REQUIRE(r.subjects == 3);
    // y = (4, 2, 1). P_c = 1, 1/3, (1+9−4)/12 = 1/2 → P̄ = 11/18 = 44/72. p = 7/12.
    // P_e = 49/144 + 25/144 = 37/72 → κ = (44 − 37)/(72 − 37) = 7/35 = 0.2.
    // P_e′ = 2·(7/12)·(5/12) = 35/72 → AC1 = (44 − 35)/(72 − 35) = 9/37.
    CHECK(*r.kappa == Approx(0.2));
    CHECK(*r.ac1 == Approx(9.0 / 37));
    CHECK(r.node(QStringLiteral("E2.4"))->share == Approx(0.5));
    CHECK(r.node(QStringLiteral("E2.4"))->byPosition.value(QStringLiteral("市场专责")) ==
          Approx(1.0));
    CHECK(r.flagged == QStringList{QStringLiteral("E2.4")}); // E1: a = 3/4, not below
    CHECK(r.disagreements == QStringList{QStringLiteral("E2.4")});
    // q = (1, 1/2, 1/4). 市场专责 q_g = (1, 1, 0): D = (0 + 1/2 + 1/4)/3 = 1/4; |1 − 1/2| ≥ 1/2 →
    // E2.4 is an extra customer. 客户经理 q_g = (1, 0, 1/2): D = 1/4; E2.4 is a blind spot.
    const PositionDivergence *a = r.position(QStringLiteral("市场专责"));
    const PositionDivergence *b = r.position(QStringLiteral("客户经理"));
    REQUIRE((a && b));
    CHECK(a->divergence == Approx(0.25));
    CHECK(b->divergence == Approx(0.25));
    REQUIRE(a->blindSpots.size() == 1);
    CHECK(a->blindSpots[0].node == QStringLiteral("E2.4"));
    CHECK(a->blindSpots[0].extra);
    REQUIRE(b->blindSpots.size() == 1);
    CHECK_FALSE(b->blindSpots[0].extra);
}

TEST_CASE("re-vote gains and Jaccard distances")
{
    WorkshopSession s = twoPositionSession();
    // After the discussion everyone includes E2.2 and E2.4 and nobody E1: y = (4, 4, 0),
    // P̄ = 1, p = 8/12 = 2/3, P_e = 4/9 + 1/9 = 5/9 → κ = (1 − 5/9)/(4/9) = 1; gain 1 − 0.2 = 0.8.
    // P_e′ = 4/9 → AC1 = 1; gain 1 − 9/37 = 28/37. D falls from 1/4 to 0 for both positions.
    for (WorkshopParticipant &p : s.participants)
        p.revote = {{QStringLiteral("E2.2"), 1}, {QStringLiteral("E2.4"), 2}};
    const AgreementGain g =
        AgreementMetrics::gain(AgreementMetrics::measure(s, WorkshopRound::Initial),
                               AgreementMetrics::measure(s, WorkshopRound::Revote));
    CHECK(*g.kappa == Approx(0.8));
    CHECK(*g.ac1 == Approx(28.0 / 37));
    CHECK(g.divergenceFall.value(QStringLiteral("客户经理")) == Approx(0.25));
    // {a, b} against {b, c}: 1 − 1/3.
    CHECK(AgreementMetrics::jaccardDistance({QStringLiteral("a"), QStringLiteral("b")},
                                            {QStringLiteral("b"), QStringLiteral("c")}) ==
          Approx(2.0 / 3));
    CHECK(AgreementMetrics::jaccardDistance({}, {}) == 0);
}

TEST_CASE("an imported session measures the nodes anyone picked; observers do not count")
{
    WorkshopSession s = twoPositionSession();
    s.offered.clear();
    WorkshopParticipant observer;
    observer.name = QStringLiteral("观察员");
    observer.position = QStringLiteral("部门负责人");
    observer.role = QStringLiteral("observer");
    observer.initial = {{QStringLiteral("E4.2"), 1}};
    s.participants << observer;
    const AgreementResult r = AgreementMetrics::measure(s, WorkshopRound::Initial);
    CHECK(r.raters == 4);
    CHECK(r.subjects == 3);
    CHECK_FALSE(r.node(QStringLiteral("E4.2")));
}

TEST_CASE("a participant without 复评 answers keeps the 初评 ones")
{
    WorkshopSession s = twoPositionSession();
    s.participants[3].revote = {{QStringLiteral("E2.2"), 1},
                                {QStringLiteral("E2.4"), 1}}; // B2 only
    CHECK(s.hasRevote());
    const AgreementResult r = AgreementMetrics::measure(s, WorkshopRound::Revote);
    CHECK(r.node(QStringLiteral("E2.4"))->included == 3); // A1, A2 (初评 kept) and B2 (复评)
    CHECK(r.node(QStringLiteral("E1"))->included == 1);   // B1 kept
}
