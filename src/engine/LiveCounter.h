// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "core/Config.h"
#include "engine/Condition.h"

#include <QDate>
#include <QHash>
#include <vector>

namespace portrait {

class CustomerFrame;

// The rule editor's live counts: how many customers match each node of a condition, and for an
// ordered group (the primary waterfall, credit, dr, stage) how many each rule takes and how many
// are left. Rule bitsets are cached by rule id and condition text, so after an edit only the
// edited rule is evaluated again; evaluation runs on all cores.
class LiveCounter
{
public:
    LiveCounter(const CustomerFrame &frame, const QDate &dataDate);

    // Customers matching each node, in the order of condition.nodes(). Problems (unknown
    // attributes, type mismatches) go to `problems` when given.
    std::vector<qint64> nodeCounts(const Condition &condition, QStringList *problems = nullptr) const;

    struct Step
    {
        QString ruleId;
        bool active = true;          // enabled and company-wide; inactive rules take no one
        qint64 matches = 0, takes = 0, remaining = 0;
    };
    // Rules of one group in evaluation order. Credit, dr and need groups leave internal customers
    // out, as the engine does. A rule whose JSON does not parse matches no one.
    QList<Step> waterfall(const QList<Rule> &rules);

    qint64 customers() const;

private:
    const std::vector<quint64> &bits(const Rule &rule);

    const CustomerFrame &m_frame;
    QDate m_dataDate;
    QHash<QString, std::pair<QString, std::vector<quint64>>> m_cache;
    std::vector<quint64> m_internal;
};

} // namespace portrait
