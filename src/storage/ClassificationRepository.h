// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "engine/ClassificationResult.h"
#include "engine/CustomerFrame.h"

#include <QList>
#include <QVariantMap>
#include <optional>

namespace portrait {

class AttributeDictionary;
class Database;

// Reads the engine's input from a workspace and stores its output: customers as a column frame,
// results in the `classifications` table (schema v2), manual overrides. A full store replaces all
// results in one transaction; values are always bound.
namespace ClassificationRepository {

// The attributes the rules read (parse failures skipped) plus entity_kind, which the engine
// needs to recognise internal customers.
QStringList attributesUsed(const QList<Rule> &rules);

// Loads the given attributes of every customer (or of one) in id order. Unknown keys are left
// out (conditions on them then report "unknown attribute"). A large workspace is read by two
// connections at once.
CustomerFrame loadFrame(Database &db, const AttributeDictionary &dictionary, const QStringList &keys,
                        std::optional<qint64> onlyId = std::nullopt);

// Replaces every stored result with `result` (rows of `frame`), and records the data date and
// the time of the run in the settings.
void store(Database &db, const CustomerFrame &frame, const ClassificationResult &result);
// Stores the results of some rows only (one customer edited).
void storeRows(Database &db, const CustomerFrame &frame, const ClassificationResult &result,
               const std::vector<size_t> &rows);

// The stored outcome of one customer: category, category_rule, stage, stage_rule, credit,
// credit_rule, dr, dr_rule (texts), roles, tags (lists), needs (map need → sources), missing_data.
QVariantMap stored(Database &db, qint64 customerId);
QList<CustomerOutcome::Need> decodeNeeds(const QString &text);

QList<ManualOverride> overrides(Database &db);
void setOverride(Database &db, const ManualOverride &override);
void removeOverride(Database &db, qint64 customerId, const QString &field);

} // namespace ClassificationRepository
} // namespace portrait
