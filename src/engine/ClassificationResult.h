// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "engine/RuleCatalog.h"

#include <QDate>
#include <QMap>
#include <memory>
#include <string>
#include <vector>

namespace portrait {

// A manual override: a pinned category or stage with the reason and the day it was set. It wins
// over the rules and survives re-classification.
struct ManualOverride
{
    qint64 customerId = 0;
    QString field; // "category" or "stage"
    QString value, reason, date;
};

// One customer's outcomes, as values users read. Rule ids are the provenance; "manual" marks a
// pinned value and "taxonomy" a need inherited from the categories.
struct CustomerOutcome
{
    struct Need
    {
        QString code;
        QStringList sources; // "taxonomy" and/or need rule ids
    };
    QString category, categoryRule; // categoryRule "manual" when pinned
    QString stage, stageRule;       // stage empty: unknown, or excluded when `excluded`
    bool excluded = false;
    QString credit, creditRule, dr, drRule;
    QList<std::pair<QString, QString>> roles; // node code, rule id
    QList<std::pair<QString, QString>> tags;  // tag name, rule id
    QList<Need> needs;
    bool dependsOnMissingData = false;
    std::optional<ManualOverride> pinnedCategory, pinnedStage;
};

// The outcome of classifying a frame: per row the rule that decided each single-valued outcome
// and per additive rule the rows it matched, plus the catalogue to read them with. Compact, so a
// million customers take a few megabytes; outcome() and encode() turn a row into values.
class ClassificationResult
{
public:
    static constexpr qint16 kNone = -1, kManual = -2;
    enum Flag : quint8 { Excluded = 1, MissingData = 2 };

    // The text form stored in the workspace: codes joined by ';', needs as
    // "N01=taxonomy,NR01;N02=taxonomy" (need = its sources, taxonomy first, then rules in order).
    struct Encoded
    {
        std::string category, categoryRule, stage, stageRule, credit, creditRule, dr, drRule;
        std::string roles, tags, needs;
        bool dependsOnMissingData = false;
    };

    ClassificationResult(std::shared_ptr<const RuleCatalog> catalog, size_t rows, QDate dataDate);

    const RuleCatalog &catalog() const { return *m_catalog; }
    std::shared_ptr<const RuleCatalog> catalogPtr() const { return m_catalog; }
    size_t rowCount() const { return m_primary.size(); }
    QDate dataDate() const { return m_dataDate; }

    CustomerOutcome outcome(size_t row) const;
    void encode(size_t row, Encoded &out) const;
    // Bytes that are equal for two rows exactly when their outcomes are (the missing-data flag
    // aside): a million customers share some ten thousand outcomes, which are stored once.
    void signature(size_t row, std::string &out) const;
    // The category code of a row (pinned or from its rule; X when no rule matched).
    QString category(size_t row) const;
    int categoryNode(size_t row) const;
    qint16 primaryRule(size_t row) const { return m_primary[row]; }
    bool additiveMatch(int rule, size_t row) const;
    bool dependsOnMissingData(size_t row) const { return m_flags[row] & MissingData; }

    // Counts for reports: category → customers, stage (or "unknown") → customers, role code or
    // tag rule id → customers, credit and dr value → customers. Excluded (closed) accounts are
    // counted as "unknown" in the stages (they have none); excludedCount() says how many.
    QMap<QString, qint64> categoryCounts() const;
    QMap<QString, qint64> stageCounts() const;
    qint64 excludedCount() const;
    QMap<QString, qint64> roleCounts() const;
    QMap<QString, qint64> creditCounts() const;
    QMap<QString, qint64> drCounts() const;

private:
    friend class ClassificationEngine;
    QMap<QString, qint64> singleCounts(const std::vector<qint16> &rules,
                                       const QHash<qint64, ManualOverride> *pins,
                                       const QString &none) const;

    std::shared_ptr<const RuleCatalog> m_catalog;
    QDate m_dataDate;
    std::vector<qint16> m_primary, m_stage, m_credit, m_dr;
    std::vector<quint8> m_flags;
    std::vector<std::vector<quint64>> m_matches; // per rule; empty unless additive and active
    std::vector<int> m_additive;                 // rules with matches, in order
    QHash<qint64, ManualOverride> m_pinnedCategory, m_pinnedStage; // by row
};

} // namespace portrait
