// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "engine/LiveCounter.h"

#include "core/Error.h"
#include "engine/CompiledCondition.h"
#include "engine/CustomerFrame.h"
#include "engine/Parallel.h"
#include "engine/RuleCatalog.h"

namespace portrait {

namespace {

constexpr size_t kChunkWords = 1024;

class CountSink : public CompiledCondition::NodeSink
{
public:
    explicit CountSink(std::vector<qint64> &counts) : m_counts(counts) {}
    void node(int index, const quint64 *holds, size_t words) override
    {
        qint64 n = 0;
        for (size_t w = 0; w < words; ++w)
            n += qPopulationCount(holds[w]);
        m_counts[size_t(index)] += n;
    }

private:
    std::vector<qint64> &m_counts;
};

} // namespace

LiveCounter::LiveCounter(const CustomerFrame &frame, const QDate &dataDate)
    : m_frame(frame), m_dataDate(dataDate),
      m_internal(CompiledCondition::wordCount(frame.rowCount()), 0)
{
    const int kind = frame.columnIndex(QStringLiteral("entity_kind"));
    if (kind < 0)
        return;
    const CustomerFrame::Column &col = frame.column(kind);
    std::vector<quint8> internal;
    for (const QString &k : col.dictionary())
        internal.push_back(k == QStringLiteral("内部部门") || k == QStringLiteral("基层单位") ||
                           k == QStringLiteral("岗位"));
    for (size_t row = 0; row < frame.rowCount(); ++row) {
        const qint32 c = col.code(row);
        if (c >= 0 && internal[size_t(c)])
            m_internal[row / 64] |= quint64(1) << (row % 64);
    }
}

qint64 LiveCounter::customers() const
{
    return qint64(m_frame.rowCount());
}

std::vector<qint64> LiveCounter::nodeCounts(const Condition &condition, QStringList *problems) const
{
    const CompiledCondition compiled(condition, m_frame, m_dataDate);
    if (problems)
        *problems = compiled.problems();
    const size_t words = CompiledCondition::wordCount(m_frame.rowCount());
    const size_t chunks = (words + kChunkWords - 1) / kChunkWords;
    std::vector<std::vector<qint64>> perChunk(chunks, std::vector<qint64>(condition.nodes().size(), 0));
    Parallel::forChunks(chunks, [&](size_t c) {
        const size_t w0 = c * kChunkWords;
        const size_t nw = std::min(kChunkWords, words - w0);
        std::vector<quint64> out(nw);
        CountSink sink(perChunk[c]);
        compiled.evaluate(w0, nw, out.data(), nullptr, &sink);
    });
    std::vector<qint64> counts(condition.nodes().size(), 0);
    for (const auto &chunk : perChunk) {
        for (size_t i = 0; i < counts.size(); ++i)
            counts[i] += chunk[i];
    }
    return counts;
}

const std::vector<quint64> &LiveCounter::bits(const Rule &rule)
{
    auto it = m_cache.find(rule.id);
    if (it != m_cache.end() && it->first == rule.whenJson)
        return it->second;
    const size_t words = CompiledCondition::wordCount(m_frame.rowCount());
    std::vector<quint64> result(words, 0);
    try {
        const CompiledCondition compiled(Condition::parse(rule.whenJson), m_frame, m_dataDate);
        const size_t chunks = (words + kChunkWords - 1) / kChunkWords;
        Parallel::forChunks(chunks, [&](size_t c) {
            const size_t w0 = c * kChunkWords;
            compiled.evaluate(w0, std::min(kChunkWords, words - w0), result.data() + w0);
        });
    } catch (const Error &) {
        // A broken condition matches no one; the editor shows the parse error itself.
    }
    it = m_cache.insert(rule.id, {rule.whenJson, std::move(result)});
    return it->second;
}

QList<LiveCounter::Step> LiveCounter::waterfall(const QList<Rule> &rules)
{
    const size_t words = CompiledCondition::wordCount(m_frame.rowCount());
    std::vector<quint64> remaining(words, ~quint64(0));
    if (m_frame.rowCount() % 64)
        remaining[words - 1] = (quint64(1) << (m_frame.rowCount() % 64)) - 1;
    const RuleGroup group = rules.isEmpty() ? RuleGroup::Unknown
                                            : RuleCatalog::groupFromName(rules.first().group);
    if (group == RuleGroup::Credit || group == RuleGroup::Dr || group == RuleGroup::Need) {
        for (size_t w = 0; w < words; ++w)
            remaining[w] &= ~m_internal[w];
    }
    const std::vector<quint64> eligible = remaining;
    qint64 left = 0;
    for (quint64 w : remaining)
        left += qPopulationCount(w);
    QList<Step> steps;
    for (const Rule &rule : rules) {
        const std::vector<quint64> &b = bits(rule);
        Step s{rule.id, rule.enabled && rule.deptTypes.isEmpty(), 0, 0, 0};
        for (size_t w = 0; w < words; ++w) {
            s.matches += qPopulationCount(b[w] & eligible[w]);
            if (s.active) {
                const quint64 take = b[w] & remaining[w];
                s.takes += qPopulationCount(take);
                remaining[w] &= ~take;
            }
        }
        left -= s.takes;
        s.remaining = left;
        steps << s;
    }
    return steps;
}

} // namespace portrait
