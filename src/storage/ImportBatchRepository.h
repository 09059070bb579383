// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace portrait {

class Database;

// The history of imports and their reversal. A revert deletes the customers the batch created
// and puts back the values it replaced; it refuses, naming them, when any of those customers
// changed after the import (a later import, a manual edit), unless forced.
namespace ImportBatchRepository {

struct Batch
{
    qint64 id = 0;
    QString file, started, mode, key, reverted;
    qint64 created = 0, updated = 0, unchanged = 0, rejected = 0, warnings = 0;
};

QList<Batch> list(Database &db); // oldest first
Batch find(Database &db, qint64 id);

struct RevertResult
{
    bool done = false;
    QStringList changedAfterwards; // customer numbers
    qint64 deleted = 0, restored = 0;
};
RevertResult revert(Database &db, qint64 id, bool force);

} // namespace ImportBatchRepository
} // namespace portrait
