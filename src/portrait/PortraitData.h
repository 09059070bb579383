// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "core/Config.h"

#include <QHash>
#include <QStringList>
#include <array>
#include <optional>
#include <vector>

namespace portrait {

// Where a figure comes from (ux.md "证据"): customer data, a classification rule, a co-creation
// workshop or a hand-made entry (scope edited directly, a pinned category, the service catalogue).
enum class Evidence { Data, Rule, Workshop, Manual };

// One distinct stored classification outcome (a row of classification_profiles). A million
// customers share a few thousand of them, so everything that depends only on the outcome
// (category, roles, needs, stage, credit, dr) is counted per profile, not per customer.
struct ClassificationProfile
{
    struct Need
    {
        QString code;
        QStringList sources; // "taxonomy" and/or need rule ids
    };
    QString category, categoryRule, stage, stageRule, credit, dr;
    QStringList roles;
    QList<Need> needs;
};

// The segmentation of a department type's customers by its own primary rules (domain.md §8.7,
// P01/P02 for 原集体企业): per customer the index of the first rule that matched, or -1.
struct TypeSegmentation
{
    struct SegmentRule
    {
        QString ruleId, category;
    };
    QList<SegmentRule> rules;
    std::vector<qint8> ruleOfRow;
};

// What a finished workshop contributes to a department's report (domain.md §10). Filled by the
// workshop storage when it has an adopted session for the department; absent otherwise.
struct WorkshopSummary
{
    struct Node
    {
        QString code;
        int priority = 1;
        QStringList leads, supports; // positions 主责 / 协同
    };
    struct PainPoint
    {
        QString text, segment, need;
        int votes = 0;
    };
    QString title, date, facilitator, approver;
    QStringList participants; // "name（position）"
    std::optional<double> kappaBefore, kappaAfter, ac1Before, ac1After;
    QList<Node> adopted;
    QStringList rejected; // "code：reason"
    QList<PainPoint> painPoints; // most votes first
};

// Everything a portrait is built from, loaded once per workspace (PortraitDataLoader) and kept
// while the application runs: the configuration, the stored classification outcomes and the
// customer attributes the cards need, as columns. Read-only once loaded; building a portrait
// from it touches no database.
struct PortraitData
{
    enum Number { AnnualKwh, ContractKva, MaxLoadKw, PvKw, StorageKw, DrPeakKw, Co2T, NumberCount };
    enum Enum { ElecType, VoltKv, MarketAttr, Importance, UrbanRural, Region, EntityKind, EnumCount };
    static const char *numberKey(int number);
    static const char *enumKey(int enumeration);
    // The attributes whose presence is tracked for completeness and coverage (≤ 64).
    static const QStringList &trackedAttributes();

    Config config;
    QString dataDate, classifiedAt, workspaceName;
    // Stored scope evidence per department and node ("manual", "workshop").
    QHash<QString, QString> scopeEvidence; // "DEPT|node" → evidence
    // Responsible positions per department and node, role "lead" or "support".
    QHash<QString, QStringList> positionsLead, positionsSupport; // "DEPT|node" → position names

    QList<ClassificationProfile> profiles;
    std::vector<qint64> ids;
    std::vector<qint32> profile; // index into profiles; -1: not classified yet
    std::vector<quint8> missingData;
    std::vector<quint64> filled; // bit i: trackedAttributes()[i] is filled
    std::array<std::vector<float>, NumberCount> numbers; // NaN when empty
    std::array<std::vector<qint16>, EnumCount> enums;   // index into enumValues, -1 empty
    std::array<QStringList, EnumCount> enumValues;
    std::vector<quint32> labelOffsets{0};
    std::vector<qint16> labelItems;
    QStringList labelNames;
    // Department-type segmentations ("collective" → P01/P02), for the types that have rules.
    QHash<QString, TypeSegmentation> segmentations;
    QHash<QString, WorkshopSummary> workshops; // by department code

    size_t rowCount() const { return ids.size(); }
    qint64 classifiedCount() const;
};

} // namespace portrait
