// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "storage/RangeScan.h"

#include <limits>

namespace portrait {

// The stored classification results (the narrow `classifications` table: a profile and the
// missing-data flag per customer) walked in customer id order beside a walk of the customers in
// the same order, instead of a look-up per customer through the joined view. Storage-internal:
// the exporter and the portraits' reader use it.
class ResultWalk
{
public:
    explicit ResultWalk(Database &db, qint64 lo = std::numeric_limits<qint64>::min(),
                        qint64 hi = std::numeric_limits<qint64>::max())
        : m_rows(db, "SELECT customer_id, profile_id, missing_data FROM classifications "
                     "WHERE customer_id BETWEEN ? AND ? ORDER BY customer_id")
    {
        m_rows.bind(1, lo);
        m_rows.bind(2, hi);
        m_more = m_rows.step();
    }

    // Moves to customer `id` (asked in increasing order): whether it has a result.
    bool seek(qint64 id)
    {
        while (m_more && m_rows.integer(0) < id)
            m_more = m_rows.step();
        return m_more && m_rows.integer(0) == id;
    }
    // The result seek() found.
    qint64 profile() const { return m_rows.integer(1); }
    bool missingData() const { return m_rows.integer(2) != 0; }

private:
    RangeScan::Cursor m_rows;
    bool m_more = false;
};

} // namespace portrait
