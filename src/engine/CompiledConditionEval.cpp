// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// The evaluation half of CompiledCondition: tight loops over columns, 64 rows per word.
#include "engine/CompiledCondition.h"

#include "engine/CustomerFrame.h"

#include <algorithm>
#include <cmath>

namespace portrait {

namespace {

quint64 validBits(size_t word, size_t rows)
{
    const size_t base = word * 64;
    if (base >= rows)
        return 0;
    return rows - base >= 64 ? ~quint64(0) : (quint64(1) << (rows - base)) - 1;
}

// Fills t (and m, the rows whose value is missing, when Three) for a range of words.
template<bool Three, typename Empty, typename Pred>
void scan(size_t rows, size_t firstWord, size_t words, quint64 *t, quint64 *m, Empty &&empty,
          Pred &&pred)
{
    for (size_t w = 0; w < words; ++w) {
        const size_t base = (firstWord + w) * 64;
        const size_t n = base >= rows ? 0 : std::min<size_t>(64, rows - base);
        quint64 tb = 0, mb = 0;
        for (size_t b = 0; b < n; ++b) {
            const size_t r = base + b;
            if (empty(r)) {
                if constexpr (Three)
                    mb |= quint64(1) << b;
            } else if (pred(r)) {
                tb |= quint64(1) << b;
            }
        }
        t[w] = tb;
        if constexpr (Three)
            m[w] = mb;
    }
}

} // namespace

template<bool Three>
void CompiledCondition::evalLeaf(const Leaf &leaf, size_t firstWord, size_t words, quint64 *t,
                                 quint64 *m) const
{
    const size_t rows = m_frame.rowCount();
    if (leaf.mode == Mode::Never) {
        std::fill(t, t + words, 0);
        if constexpr (Three)
            std::fill(m, m + words, 0);
        return;
    }
    const CustomerFrame::Column &col = m_frame.column(leaf.column);
    auto never = [](size_t) { return false; };
    if (leaf.mode == Mode::Empty || leaf.mode == Mode::NotEmpty) {
        const bool want = leaf.mode == Mode::Empty;
        scan<Three>(rows, firstWord, words, t, m, never,
                    [&](size_t r) { return col.isEmpty(r) == want; });
        return;
    }
    auto numeric = [&](auto &&isEmpty, auto &&value) {
        switch (leaf.mode) {
        case Mode::Interval:
            scan<Three>(rows, firstWord, words, t, m, isEmpty, [&](size_t r) {
                const double v = value(r);
                return v >= leaf.lo && v <= leaf.hi; // NaN (zero divisor) fails
            });
            break;
        case Mode::NotInterval:
            scan<Three>(rows, firstWord, words, t, m, isEmpty, [&](size_t r) {
                const double v = value(r);
                return !std::isnan(v) && !(v >= leaf.lo && v <= leaf.hi);
            });
            break;
        default: {
            const bool want = leaf.mode == Mode::Set;
            scan<Three>(rows, firstWord, words, t, m, isEmpty, [&](size_t r) {
                const double v = value(r);
                return !std::isnan(v) &&
                       (std::find(leaf.set.begin(), leaf.set.end(), v) != leaf.set.end()) == want;
            });
        }
        }
    };
    switch (col.type()) {
    case AttributeType::Number: {
        const double *v = col.numbers().data();
        if (leaf.ratio >= 0) {
            const double *d = m_frame.column(leaf.ratio).numbers().data();
            // A zero divisor makes the leaf false (not missing): NaN fails every comparison.
            numeric([&](size_t r) { return std::isnan(v[r]) || std::isnan(d[r]); },
                    [&](size_t r) { return d[r] == 0 ? std::nan("") : v[r] / d[r]; });
        } else {
            numeric([&](size_t r) { return std::isnan(v[r]); }, [&](size_t r) { return v[r]; });
        }
        break;
    }
    case AttributeType::Date: {
        const qint32 *c = col.codes().data();
        numeric([&](size_t r) { return c[r] == CustomerFrame::kNoDate; },
                [&](size_t r) { return double(c[r]); });
        break;
    }
    case AttributeType::List: {
        const bool want = leaf.mode == Mode::ListAny;
        scan<Three>(rows, firstWord, words, t, m, [&](size_t r) { return col.isEmpty(r); },
                    [&](size_t r) {
                        for (auto [it, end] = col.items(r); it != end; ++it) {
                            if (leaf.table[size_t(*it)])
                                return want;
                        }
                        return !want;
                    });
        break;
    }
    default: {
        const qint32 *c = col.codes().data();
        const quint8 *table = leaf.table.data();
        scan<Three>(rows, firstWord, words, t, m, [&](size_t r) { return c[r] < 0; },
                    [&](size_t r) { return table[c[r]] != 0; });
    }
    }
}

// t: two-valued result; when Three, t3/f3 are the certainly-true and certainly-false sets
// (Kleene logic with missing values as unknown), passed packed after t as t + words, t + 2·words.
template<bool Three>
void CompiledCondition::evalNode(int index, size_t firstWord, size_t words, quint64 *t,
                                 quint64 *f, NodeSink *sink) const
{
    const ConditionNode &node = m_condition.nodes()[size_t(index)];
    const size_t rows = m_frame.rowCount();
    quint64 *t3 = Three ? f + words : nullptr; // f is sized 2·words when Three
    switch (node.kind) {
    case ConditionNode::Kind::Leaf: {
        if constexpr (Three) {
            std::vector<quint64> missing(words);
            evalLeaf<true>(m_leaves[size_t(index)], firstWord, words, t, missing.data());
            for (size_t w = 0; w < words; ++w) {
                t3[w] = t[w];
                f[w] = validBits(firstWord + w, rows) & ~t[w] & ~missing[w];
            }
        } else {
            evalLeaf<false>(m_leaves[size_t(index)], firstWord, words, t, nullptr);
        }
        break;
    }
    case ConditionNode::Kind::Not: {
        std::vector<quint64> ct(words), cf(Three ? 2 * words : 0);
        evalNode<Three>(node.children.front(), firstWord, words, ct.data(), cf.data(), sink);
        for (size_t w = 0; w < words; ++w) {
            t[w] = validBits(firstWord + w, rows) & ~ct[w];
            if constexpr (Three) {
                f[w] = cf[words + w]; // not(certainly true) is certainly false
                t3[w] = cf[w];
            }
        }
        break;
    }
    default: {
        const bool all = node.kind == ConditionNode::Kind::All;
        for (size_t w = 0; w < words; ++w) {
            const quint64 valid = validBits(firstWord + w, rows);
            t[w] = all ? valid : 0;
            if constexpr (Three) {
                t3[w] = all ? valid : 0;
                f[w] = all ? 0 : valid;
            }
        }
        std::vector<quint64> ct(words), cf(Three ? 2 * words : 0);
        for (int child : node.children) {
            evalNode<Three>(child, firstWord, words, ct.data(), cf.data(), sink);
            for (size_t w = 0; w < words; ++w) {
                if (all) {
                    t[w] &= ct[w];
                    if constexpr (Three) {
                        t3[w] &= cf[words + w];
                        f[w] |= cf[w];
                    }
                } else {
                    t[w] |= ct[w];
                    if constexpr (Three) {
                        t3[w] |= cf[words + w];
                        f[w] &= cf[w];
                    }
                }
            }
        }
    }
    }
    if (sink)
        sink->node(index, t, words);
}

void CompiledCondition::evaluate(size_t firstWord, size_t words, quint64 *holds,
                                 quint64 *certainlyFalse, NodeSink *sink) const
{
    if (!certainlyFalse) {
        evalNode<false>(0, firstWord, words, holds, nullptr, sink);
        return;
    }
    std::vector<quint64> f(2 * words);
    evalNode<true>(0, firstWord, words, holds, f.data(), sink);
    std::copy(f.begin(), f.begin() + qsizetype(words), certainlyFalse);
}

bool CompiledCondition::holds(size_t row) const
{
    quint64 word = 0;
    evaluate(row / 64, 1, &word);
    return (word >> (row % 64)) & 1u;
}

bool CompiledCondition::leafMissing(int node, size_t row) const
{
    const Leaf &leaf = m_leaves[size_t(node)];
    if (leaf.column < 0)
        return false;
    if (m_frame.column(leaf.column).isEmpty(row))
        return true;
    return leaf.ratio >= 0 && m_frame.column(leaf.ratio).isEmpty(row);
}

QString CompiledCondition::actualValue(int node, size_t row) const
{
    const Leaf &leaf = m_leaves[size_t(node)];
    if (leaf.column < 0)
        return {};
    const CustomerFrame::Column &col = m_frame.column(leaf.column);
    if (leaf.ratio < 0 || col.isEmpty(row))
        return col.text(row);
    const CustomerFrame::Column &den = m_frame.column(leaf.ratio);
    if (den.isEmpty(row))
        return {};
    const QString quotient = den.number(row) == 0
                                 ? QStringLiteral("—")
                                 : QString::number(col.number(row) / den.number(row), 'g', 4);
    return QStringLiteral("%1 (%2 %3 ÷ %4 %5)")
        .arg(quotient, col.key(), col.text(row), den.key(), den.text(row));
}

} // namespace portrait
