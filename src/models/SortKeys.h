// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QString>
#include <cstdint>
#include <vector>

namespace portrait {

class Database;
struct AttributeInfo;

// The rank of every customer in the order of one attribute, held in memory by customer id, so
// that the customer list (or any filtered part of it) can be sorted by that column in a few tens
// of milliseconds, in either direction, without asking the database again. Ranks come from an
// index when the column has one, otherwise from sorting the loaded values once. Empty values sort
// last either way; ties keep id order.
class SortKeys
{
public:
    void load(Database &db, const AttributeInfo &attribute);
    void invalidate() { m_key.clear(); }
    void sort(std::vector<qint64> &ids, bool ascending) const;

private:
    void rankFromIndex(Database &db, const AttributeInfo &attribute);
    void rankFromValues(Database &db, const AttributeInfo &attribute);

    static constexpr uint32_t kEmpty = UINT32_MAX;
    QString m_key;
    qint64 m_base = 0;
    std::vector<uint32_t> m_rank; // by id - m_base
};

} // namespace portrait
