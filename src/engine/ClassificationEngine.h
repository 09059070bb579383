// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "engine/ClassificationResult.h"
#include "engine/CompiledCondition.h"

#include <memory>
#include <optional>

namespace portrait {

class CustomerFrame;
class Progress;

// What the engine classifies with: the rules in order, the taxonomy (for needs inheritance),
// stages and needs (names, stage aliases), the data date and the manual overrides.
struct ClassificationSetup
{
    QList<Rule> rules;
    QList<TaxonomyNode> taxonomy;
    QList<Stage> stages;
    QList<Need> needs;
    QDate dataDate;
    QList<ManualOverride> overrides;

    static ClassificationSetup fromConfig(const Config &config, const QDate &dataDate,
                                          const QList<ManualOverride> &overrides = {});
};

// A customer's segment in a department-specific portrait (§8.7): its category there (C1, C2 by
// P01/P02), the rule, the company-wide reference category and the core needs it inherits.
struct DepartmentSegment
{
    size_t row = 0;
    QString category, rule, reference;
    QStringList needs;
};

// The classification engine of domain.md §8: pure code, customers (a frame) and rules in,
// outcomes out. The company-wide run applies every enabled rule without dept_types: the primary
// waterfall (first match wins), the single-valued credit, dr and stage groups (first match; credit
// and dr skip internal customers), and the additive role, tag and need rules (need rules skip
// internal customers; a role equal to the primary is dropped). Manual overrides win. The work is
// split into chunks of rows over all cores; the result does not depend on the schedule.
class ClassificationEngine
{
public:
    ClassificationEngine(const CustomerFrame &frame, const ClassificationSetup &setup);
    ~ClassificationEngine();

    const CustomerFrame &frame() const { return m_frame; }
    const RuleCatalog &catalog() const { return *m_catalog; }
    QDate dataDate() const { return m_setup.dataDate; }
    const QList<ManualOverride> &overrides() const { return m_setup.overrides; }
    // Rules that do not parse, unknown attributes or outcomes, type mismatches: "P07：…".
    QStringList problems() const;
    // The compiled condition of rule `index` (catalog order); null when its JSON is broken.
    const CompiledCondition *condition(int index) const { return m_conditions[size_t(index)].get(); }
    // Company-wide rule indexes of one group, in evaluation order.
    const std::vector<int> &groupRules(RuleGroup group) const;

    // Classifies every row. Empty when cancelled through `progress`.
    std::optional<ClassificationResult> run(Progress *progress = nullptr) const;

    // Segments the given rows for a department of `deptType` with the rules for that type
    // (P01/P02 for 原集体企业). Rows no such rule takes are left out.
    std::vector<DepartmentSegment> segment(const QString &deptType, const std::vector<size_t> &rows,
                                           const ClassificationResult &companyWide) const;

    static constexpr size_t kChunkWords = 512; // 32,768 rows per chunk

private:
    void classifyChunk(size_t chunk, ClassificationResult &result) const;
    void firstMatch(const std::vector<int> &rules, size_t firstWord, size_t words,
                    const quint64 *skip, std::vector<qint16> &out, ClassificationResult &result,
                    bool stage) const;

    const CustomerFrame &m_frame;
    ClassificationSetup m_setup;
    std::shared_ptr<RuleCatalog> m_catalog;
    std::vector<std::unique_ptr<CompiledCondition>> m_conditions;
    QStringList m_problems;
    std::vector<int> m_groups[int(RuleGroup::Unknown) + 1];
    int m_kindColumn = -1;
    std::vector<quint8> m_internalKind; // per entity_kind dictionary id
};

} // namespace portrait
