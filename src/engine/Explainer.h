// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "engine/ClassificationResult.h"

namespace portrait {

class ClassificationEngine;

// One node of a rule's condition for one customer: whether it held, and for a leaf the value
// the customer has ("" and missing = true when the attribute is empty).
struct ConditionTrace
{
    int node = 0, depth = 0;
    QString path, kind, text; // kind: all, any, not, leaf; text: "entity_kind = 居民"
    QString attr, ratioOf;
    bool held = false;
    bool missing = false;
    QString actual;
};

// One rule applied to one customer.
struct RuleTrace
{
    QString ruleId, nameZh, nameEn, group, outcome;
    bool matched = false;
    // False only because an attribute it tests was empty (three-valued evaluation).
    bool missingData = false;
    QString problem; // the rule's condition could not be read
    QList<ConditionTrace> conditions;
};

// Why a customer has each of its outcomes: the rule behind every outcome with each condition
// and the customer's value, the earlier waterfall rules that did not match and why, and whether
// the primary category depended on missing data (rule evaluability, domain.md §9.6).
struct Explanation
{
    size_t row = 0;
    qint64 customerId = 0;
    CustomerOutcome outcome;
    RuleTrace primary;           // empty ruleId when pinned or when no rule matched
    QList<RuleTrace> notMatched; // earlier primary rules, in order
    QList<RuleTrace> outcomes;   // every other rule that gave an outcome
    bool evaluable = true;
    QStringList missingAttributes; // empty attributes that made earlier rules false
    QStringList notes;
};

namespace Explainer {

Explanation explain(const ClassificationEngine &engine, const ClassificationResult &result,
                    size_t row);
RuleTrace trace(const ClassificationEngine &engine, int rule, size_t row);

} // namespace Explainer
} // namespace portrait
