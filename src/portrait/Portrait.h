// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "portrait/PortraitData.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace portrait {

// A department's customer portrait (domain.md §9) as plain values: what the portrait panel shows
// and what the report data is built from. Shares are fractions 0..1; names are already in the
// interface language. Every figure group names its evidence.

struct NumberStat // median and quartiles of a numeric attribute over the customers that have it
{
    QString key, name, unit;
    qint64 count = 0;
    double median = 0, p25 = 0, p75 = 0;
};

struct ValueShare // a value (enumeration value, label, role, stage, goal …) and its share
{
    QString code, name;
    qint64 count = 0;
    double share = 0;
};

struct NeedIncidence // p_s,j with its provenance and the best match m_s,j (§9.2, §9.5)
{
    QString code, name;
    qint64 count = 0;
    double share = 0;       // p_s,j
    double match = 0;       // m_s,j, own services only
    QString bestService;    // the service giving m_s,j, empty when none
    QStringList sources;    // "taxonomy", need rule ids
    Evidence evidence = Evidence::Rule;
    bool gap = false;       // share ≥ 20 % and match < 0.5
};

struct CoveringService // a service that targets the segment and answers some of its needs
{
    QString code, name, department;
    bool partner = false;   // another department's service (shown, not scored)
    bool full = false;      // ● (uses an RA, answers a need of the segment) or ◐
    QStringList needs;      // the segment's needs it answers
};

struct StageCell // one cell of the lifecycle companion matrix (§9.4)
{
    QString stage;          // L1…L4, empty for 未知
    qint64 count = 0;
    double share = 0;
    QStringList services;   // own services present at this stage for the segment
    bool gap = false;       // customers but no service (never for 未知)
};

struct Segment // one persona card (§9.2)
{
    QString node, name, definition, kind; // kind: primary, role, fallback
    int priority = 1;
    Evidence scopeEvidence = Evidence::Manual;
    QStringList leads, supports;          // responsible positions
    qint64 count = 0;
    double shareOfScope = 0, kwh = 0, shareOfKwh = 0;
    double completeness = 0;              // mean customer completeness (§9.6)
    double evaluability = 0;              // share whose category did not depend on missing data
    QList<NumberStat> numbers;
    QMap<QString, QList<ValueShare>> enums; // attribute name → top 3 values
    QList<ValueShare> credit, dr;
    QList<ValueShare> labels;             // top 5 labels and roles
    QList<NeedIncidence> needs;           // by share, descending
    QStringList scenarios;
    QList<ValueShare> goals;              // value-goal mix, normalised
    QList<StageCell> stages;              // L1…L4 then 未知
    QList<CoveringService> services;
    QList<ValueShare> references;         // 参照类别 of C1/C2 segments
    double match = 0;                     // RMS of the segment
    QStringList gapNeeds, gapStages;      // codes
};

struct CoverageRow // a need in the service-coverage matrix (§9.3)
{
    QString need, name;
    double demand = 0;                    // D_j = Σ_s n_s·p_s,j
    double match = 0;                     // demand-weighted mean of m_s,j
    bool gap = false;
    QStringList cells;                    // per column: "●", "◐" or ""
    QStringList partners;                 // other departments' services answering the need for a segment
};

struct CoverageColumn
{
    QString service, name, department;
    bool partner = false;
    qint64 reached = 0;                   // in-scope customers in a targeted segment with a need it answers
    bool retire = false;                  // reaches no one in scope
};

struct ResourceUse { QString code, name; double utilisation = 0; }; // U_a (§9.5)

struct LargeCustomer // for the appendix; names filled by the loader after building
{
    qint64 id = 0;
    QString customerNo, name, category, segment;
    double annualKwh = 0;
    QStringList otherDepartments;
};

struct Portrait
{
    QString department, departmentName, departmentType, dataDate, classifiedAt;
    qint64 companyCustomers = 0, classified = 0, inScope = 0, outOfScope = 0, unclassified = 0;
    double inScopeKwh = 0, companyKwh = 0;
    double completeness = 0, classificationCoverage = 0, evaluability = 0;
    QList<ValueShare> attributeCoverage;  // tracked attribute → share filled in scope
    QList<Segment> segments;              // most important first (priority, then size)
    QList<ValueShare> needRanking;        // needs by demand D_j (share = D_j / inScope)
    QList<CoverageColumn> columns;
    QList<CoverageRow> rows;
    double resourceMatch = 0;             // RMS 0..1
    QList<ValueShare> matchByGoal;        // share = RMS restricted to needs of the goal
    QList<ResourceUse> resources;
    QList<ValueShare> sharedWith;         // other department → customers it also serves
    QList<LargeCustomer> largest;
    std::optional<WorkshopSummary> workshop;
    QStringList notes;                    // scope remarks (unknown nodes, fallback market …)

    // Bands of §9.5: ≥ 0.7 good, 0.4–0.7 partial, < 0.4 misaligned.
    enum class Band { Good, Partial, Misaligned };
    static Band band(double rms) { return rms >= 0.7 ? Band::Good : rms >= 0.4 ? Band::Partial : Band::Misaligned; }
};

} // namespace portrait
