// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "engine/ClassificationEngine.h"

#include "core/Error.h"
#include "engine/CustomerFrame.h"
#include "engine/Parallel.h"

#include <QCoreApplication>
#include <algorithm>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::ClassificationEngine)
};

const QStringList kInternalKinds{QStringLiteral("内部部门"), QStringLiteral("基层单位"),
                                 QStringLiteral("岗位")};

template<typename Fn>
void forEachBit(quint64 word, size_t firstRow, Fn &&fn)
{
    while (word) {
        const int b = qCountTrailingZeroBits(word);
        fn(firstRow + size_t(b));
        word &= word - 1;
    }
}

} // namespace

ClassificationSetup ClassificationSetup::fromConfig(const Config &config, const QDate &dataDate,
                                                    const QList<ManualOverride> &overrides)
{
    return {config.rules, config.taxonomy, config.stages, config.needs, dataDate, overrides};
}

ClassificationEngine::ClassificationEngine(const CustomerFrame &frame, const ClassificationSetup &setup)
    : m_frame(frame), m_setup(setup),
      m_catalog(std::make_shared<RuleCatalog>(setup.rules, setup.taxonomy, setup.stages, setup.needs))
{
    m_problems = m_catalog->problems();
    const auto &rules = m_catalog->rules();
    for (size_t i = 0; i < rules.size(); ++i) {
        const CatalogRule &rule = rules[i];
        std::unique_ptr<CompiledCondition> compiled;
        try {
            compiled = std::make_unique<CompiledCondition>(Condition::parse(rule.whenJson), frame,
                                                           setup.dataDate);
            for (const QString &p : compiled->problems())
                m_problems << Tr::tr("规则 %1：%2").arg(rule.id, p);
        } catch (const Error &e) {
            m_problems << Tr::tr("规则 %1：%2").arg(rule.id, e.message());
        }
        m_conditions.push_back(std::move(compiled));
        if (rule.companyWide() && rule.group != RuleGroup::Unknown)
            m_groups[int(rule.group)].push_back(int(i));
    }
    m_kindColumn = frame.columnIndex(QStringLiteral("entity_kind"));
    if (m_kindColumn >= 0) {
        for (const QString &kind : frame.column(m_kindColumn).dictionary())
            m_internalKind.push_back(kInternalKinds.contains(kind) ? 1 : 0);
    }
}

ClassificationEngine::~ClassificationEngine() = default;

QStringList ClassificationEngine::problems() const
{
    return m_problems;
}

const std::vector<int> &ClassificationEngine::groupRules(RuleGroup group) const
{
    return m_groups[int(group)];
}

std::optional<ClassificationResult> ClassificationEngine::run(Progress *progress) const
{
    ClassificationResult result(m_catalog, m_frame.rowCount(), m_setup.dataDate);
    const size_t words = CompiledCondition::wordCount(m_frame.rowCount());
    for (RuleGroup g : {RuleGroup::Role, RuleGroup::Tag, RuleGroup::Need}) {
        for (int r : m_groups[int(g)]) {
            if (!m_conditions[size_t(r)])
                continue;
            result.m_matches[size_t(r)].assign(words, 0);
            result.m_additive.push_back(r);
        }
    }
    std::sort(result.m_additive.begin(), result.m_additive.end());
    for (const ManualOverride &o : m_setup.overrides) {
        const qint64 row = m_frame.rowOf(o.customerId);
        if (row < 0)
            continue;
        if (o.field == QLatin1String("category"))
            result.m_pinnedCategory.insert(row, o);
        else if (o.field == QLatin1String("stage"))
            result.m_pinnedStage.insert(row, o);
    }
    const size_t chunks = (words + kChunkWords - 1) / kChunkWords;
    if (!Parallel::forChunks(chunks, [&](size_t c) { classifyChunk(c, result); }, progress))
        return std::nullopt;
    return result;
}

void ClassificationEngine::firstMatch(const std::vector<int> &rules, size_t firstWord, size_t words,
                                      const quint64 *skip, std::vector<qint16> &out,
                                      ClassificationResult &result, bool stage) const
{
    const size_t rows = m_frame.rowCount();
    std::vector<quint64> remaining(words), t(words);
    for (size_t w = 0; w < words; ++w) {
        const size_t base = (firstWord + w) * 64;
        remaining[w] = base >= rows ? 0
                       : rows - base >= 64 ? ~quint64(0)
                                           : (quint64(1) << (rows - base)) - 1;
        if (skip)
            remaining[w] &= ~skip[w];
    }
    for (int r : rules) {
        const CompiledCondition *c = m_conditions[size_t(r)].get();
        if (!c)
            continue;
        c->evaluate(firstWord, words, t.data());
        const bool excludes = stage && m_catalog->rules()[size_t(r)].value.isEmpty();
        for (size_t w = 0; w < words; ++w) {
            const quint64 take = t[w] & remaining[w];
            remaining[w] &= ~take;
            forEachBit(take, (firstWord + w) * 64, [&](size_t row) {
                out[row] = qint16(r);
                if (excludes)
                    result.m_flags[row] |= ClassificationResult::Excluded;
            });
        }
    }
}

void ClassificationEngine::classifyChunk(size_t chunk, ClassificationResult &result) const
{
    const size_t totalWords = CompiledCondition::wordCount(m_frame.rowCount());
    const size_t w0 = chunk * kChunkWords;
    const size_t nw = std::min(kChunkWords, totalWords - w0);
    const size_t rows = m_frame.rowCount();

    // Internal customers (entity_kind 内部部门/基层单位/岗位).
    std::vector<quint64> internal(nw, 0);
    if (m_kindColumn >= 0) {
        const qint32 *kinds = m_frame.column(m_kindColumn).codes().data();
        for (size_t row = w0 * 64; row < std::min(rows, (w0 + nw) * 64); ++row) {
            if (kinds[row] >= 0 && m_internalKind[size_t(kinds[row])])
                internal[row / 64 - w0] |= quint64(1) << (row % 64);
        }
    }

    // The primary waterfall, three-valued so that a customer whose category depended on missing
    // data (an earlier rule false only because an attribute was empty) is flagged.
    std::vector<quint64> remaining(nw), unknown(nw, 0), t(nw), f(nw);
    for (size_t w = 0; w < nw; ++w) {
        const size_t base = (w0 + w) * 64;
        remaining[w] = base >= rows ? 0
                       : rows - base >= 64 ? ~quint64(0)
                                           : (quint64(1) << (rows - base)) - 1;
    }
    for (int r : m_groups[int(RuleGroup::Primary)]) {
        const CompiledCondition *c = m_conditions[size_t(r)].get();
        if (!c)
            continue;
        c->evaluate(w0, nw, t.data(), f.data());
        for (size_t w = 0; w < nw; ++w) {
            const quint64 take = t[w] & remaining[w];
            forEachBit(take, (w0 + w) * 64, [&](size_t row) {
                result.m_primary[row] = qint16(r);
                if ((unknown[w] >> (row % 64)) & 1u)
                    result.m_flags[row] |= ClassificationResult::MissingData;
            });
            unknown[w] |= remaining[w] & ~t[w] & ~f[w];
            remaining[w] &= ~take;
        }
    }
    for (size_t w = 0; w < nw; ++w) {
        forEachBit(remaining[w] & unknown[w], (w0 + w) * 64, [&](size_t row) {
            result.m_flags[row] |= ClassificationResult::MissingData;
        });
    }

    firstMatch(m_groups[int(RuleGroup::Stage)], w0, nw, nullptr, result.m_stage, result, true);
    firstMatch(m_groups[int(RuleGroup::Credit)], w0, nw, internal.data(), result.m_credit, result, false);
    firstMatch(m_groups[int(RuleGroup::Dr)], w0, nw, internal.data(), result.m_dr, result, false);

    // Manual overrides win; they change the category that roles and needs follow.
    if (!result.m_pinnedCategory.isEmpty() || !result.m_pinnedStage.isEmpty()) {
        for (size_t row = w0 * 64; row < std::min(rows, (w0 + nw) * 64); ++row) {
            if (result.m_pinnedCategory.contains(qint64(row)))
                result.m_primary[row] = ClassificationResult::kManual;
            if (result.m_pinnedStage.contains(qint64(row))) {
                result.m_stage[row] = ClassificationResult::kManual;
                result.m_flags[row] &= ~ClassificationResult::Excluded;
            }
        }
    }

    for (RuleGroup g : {RuleGroup::Role, RuleGroup::Tag, RuleGroup::Need}) {
        for (int r : m_groups[int(g)]) {
            const CompiledCondition *c = m_conditions[size_t(r)].get();
            if (!c)
                continue;
            quint64 *bits = result.m_matches[size_t(r)].data() + w0;
            c->evaluate(w0, nw, bits);
            const int node = m_catalog->rules()[size_t(r)].node;
            for (size_t w = 0; w < nw; ++w) {
                if (g == RuleGroup::Need)
                    bits[w] &= ~internal[w];
                if (g == RuleGroup::Role) {
                    quint64 drop = 0;
                    forEachBit(bits[w], (w0 + w) * 64, [&](size_t row) {
                        if (result.categoryNode(row) == node)
                            drop |= quint64(1) << (row % 64);
                    });
                    bits[w] &= ~drop;
                }
            }
        }
    }
}

std::vector<DepartmentSegment> ClassificationEngine::segment(const QString &deptType,
                                                             const std::vector<size_t> &rows,
                                                             const ClassificationResult &companyWide) const
{
    const auto &rules = m_catalog->rules();
    std::vector<int> segmentRules;
    for (size_t i = 0; i < rules.size(); ++i) {
        if (rules[i].enabled && rules[i].group == RuleGroup::Primary &&
            rules[i].deptTypes.contains(deptType) && m_conditions[i])
            segmentRules.push_back(int(i));
    }
    const size_t words = CompiledCondition::wordCount(m_frame.rowCount());
    std::vector<std::vector<quint64>> bits;
    for (int r : segmentRules) {
        bits.emplace_back(words);
        m_conditions[size_t(r)]->evaluate(0, words, bits.back().data());
    }
    std::vector<DepartmentSegment> segments;
    for (size_t row : rows) {
        for (size_t k = 0; k < segmentRules.size(); ++k) {
            if (!((bits[k][row / 64] >> (row % 64)) & 1u))
                continue;
            const CatalogRule &rule = rules[size_t(segmentRules[k])];
            DepartmentSegment s{row, rule.value, rule.id, companyWide.category(row), {}};
            std::vector<int> needs = m_catalog->inheritedNeeds(rule.node, true);
            // External-market customers (C2) also need what their reference category needs.
            if (rule.value == QLatin1String("C2")) {
                const auto &ref = m_catalog->inheritedNeeds(companyWide.categoryNode(row), true);
                needs.insert(needs.end(), ref.begin(), ref.end());
            }
            for (int n : needs) {
                if (!s.needs.contains(m_catalog->needCodes().value(n)))
                    s.needs << m_catalog->needCodes().value(n);
            }
            segments.push_back(std::move(s));
            break;
        }
    }
    return segments;
}

} // namespace portrait
