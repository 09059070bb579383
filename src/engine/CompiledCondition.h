// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "engine/Condition.h"

#include <QDate>
#include <QStringList>
#include <QtGlobal>
#include <vector>

namespace portrait {

class CustomerFrame;

// A condition bound to one frame and data date: attribute keys become columns, relative dates
// become day numbers, text values become per-dictionary-id lookup tables. Evaluation works on
// bitsets of 64 rows per word, a range of words at a time, so callers can split a frame across
// threads. Semantics of domain.md §8.1: a leaf on an empty attribute is false (except is_empty),
// `ne` and `not_in` included.
//
// Evaluation can also be three-valued: besides the rows where the condition holds it yields the
// rows where it is false whatever the missing values might be. The rest are rows where the
// condition is false only because an attribute it tests is empty (rule evaluability, §9.6).
class CompiledCondition
{
public:
    CompiledCondition(const Condition &condition, const CustomerFrame &frame, const QDate &dataDate);

    const Condition &condition() const { return m_condition; }
    // Attributes that are not in the frame, type mismatches and unusable values, each naming the
    // node's path. Such leaves are false for every customer.
    const QStringList &problems() const { return m_problems; }

    // Receives every node's bits while evaluating (live counts, explanations).
    class NodeSink
    {
    public:
        virtual ~NodeSink() = default;
        virtual void node(int index, const quint64 *holds, size_t words) = 0;
    };

    // Rows 64·firstWord … 64·(firstWord + words) − 1; bits past the last row are zero.
    // `certainlyFalse`, when given, receives the three-valued false set.
    void evaluate(size_t firstWord, size_t words, quint64 *holds, quint64 *certainlyFalse = nullptr,
                  NodeSink *sink = nullptr) const;
    bool holds(size_t row) const;

    // For explanations: whether a leaf's attribute (or ratio divisor) is empty for the row, and
    // the value it compared ("0.25 (storage_kw 100 ÷ max_load_kw 400)").
    bool leafMissing(int node, size_t row) const;
    QString actualValue(int node, size_t row) const;

    static size_t wordCount(size_t rows) { return (rows + 63) / 64; }

private:
    enum class Mode { Never, Empty, NotEmpty, Interval, NotInterval, Set, NotSet, Table, ListAny, ListNone };
    struct Leaf
    {
        Mode mode = Mode::Never;
        int column = -1, ratio = -1;
        double lo = 0, hi = 0;
        std::vector<double> set;
        std::vector<quint8> table;
    };

    void compileLeaf(const ConditionNode &node, Leaf &leaf);
    bool compileNumbers(const ConditionNode &node, Leaf &leaf, bool dates);
    void compileTable(const ConditionNode &node, Leaf &leaf, bool list);
    template<bool Three>
    void evalNode(int index, size_t firstWord, size_t words, quint64 *t, quint64 *f, NodeSink *sink) const;
    template<bool Three>
    void evalLeaf(const Leaf &leaf, size_t firstWord, size_t words, quint64 *t, quint64 *missing) const;
    void problem(const ConditionNode &node, const QString &message);

    Condition m_condition;
    const CustomerFrame &m_frame;
    QDate m_dataDate;
    std::vector<Leaf> m_leaves; // per node; unused for groups
    QStringList m_problems;
};

} // namespace portrait
