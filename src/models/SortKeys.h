// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace portrait {

class Database;
struct AttributeInfo;

// The rank of every customer in the order of one attribute, held in memory by customer id, so
// that the customer list (or any filtered part of it) can be sorted by that column in a few tens
// of milliseconds, in either direction, without asking the database again. Ranks come from an
// index when the column has one, otherwise from sorting the loaded values once. Empty values sort
// last either way, in id order; equal values keep id order ascending, and reversed descending.
// A large part of the list is not compared at all: it is read off the ranked order.
class SortKeys
{
public:
    void load(Database &db, const AttributeInfo &attribute);
    // Ranks by a classification result: the profiles' `profileColumn`, in `valueOrder` when
    // given (other values after, in text order), else in text order; `key` names the column.
    void loadDerived(Database &db, const QString &key, const char *profileColumn,
                     const QStringList &valueOrder);
    void invalidate() { m_key.clear(); }
    void sort(std::vector<qint64> &ids, bool ascending) const;

private:
    void rankFromIndex(Database &db, const AttributeInfo &attribute);
    void rankFromValues(Database &db, const AttributeInfo &attribute);

    void rankOrder();
    void resetRanks(Database &db);

    static constexpr uint32_t kEmpty = UINT32_MAX;
    QString m_key;
    qint64 m_base = 0;
    std::vector<uint32_t> m_rank;  // by id - m_base
    std::vector<uint32_t> m_order; // id - m_base of the filled values, by rank
};

} // namespace portrait
