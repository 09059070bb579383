// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QDate>
#include <array>
#include <cstdint>
#include <string>

namespace portrait {

// Makes realistic synthetic customers of a city grid company, one at a time, deterministic for a
// seed: households, small shops, office towers, schools and hospitals, factories (energy-intensive
// ones with carbon data), farms, PV owners, storage stations, charging operators, aggregators,
// microgrids, retailers, parks, power plants, government and banks, grid units, and a few
// accounts that no rule can place. Ranges follow attributes.md; every taxonomy category and every
// lifecycle stage occurs. Cells are in the order of CanonicalAttributes::all().
class SyntheticCustomers
{
public:
    static constexpr size_t kColumns = 35;
    using Row = std::array<std::string, kColumns>;

    SyntheticCustomers(uint64_t seed, QDate dataDate);
    // Fills `row` with customer number `index` (0-based).
    void make(int64_t index, Row &row);

private:
    uint64_t next();
    double uniform(); // [0, 1)
    double between(double lo, double hi);
    double logUniform(double lo, double hi);
    bool chance(double p);
    template<typename T, size_t N>
    const T &pick(const T (&items)[N])
    {
        return items[next() % N];
    }
    std::string personName();
    std::string companyName(const char *trade);
    std::string creditCode();
    std::string date(int fromDaysAgo, int toDaysAgo);
    void lifecycle(Row &row, bool household);

    uint64_t m_state[4];
    QDate m_dataDate;
    std::string m_lastCreditCode;
};

} // namespace portrait
