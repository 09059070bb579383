// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "models/SortKeys.h"

#include "core/AttributeDictionary.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"

#include <algorithm>
#include <string>

namespace portrait {

namespace {
// Whether a full (not partial) index starts with this column.
bool hasIndex(Database &db, const QString &column)
{
    Statement st(db, "SELECT 1 FROM pragma_index_list('customers') l, pragma_index_info(l.name) i "
                     "WHERE l.partial = 0 AND i.seqno = 0 AND i.name = ?");
    st.bind(1, column);
    return st.step();
}
} // namespace

void SortKeys::load(Database &db, const AttributeInfo &attribute)
{
    if (m_key == attribute.key)
        return;
    Statement range(db, "SELECT coalesce(min(id), 0), coalesce(max(id), -1) FROM customers");
    range.step();
    m_base = range.integer(0);
    m_rank.assign(size_t(range.integer(1) - m_base + 1), kEmpty);
    if (attribute.canonical && hasIndex(db, attribute.key))
        rankFromIndex(db, attribute);
    else
        rankFromValues(db, attribute);
    m_key = attribute.key;
}

void SortKeys::rankFromIndex(Database &db, const AttributeInfo &attribute)
{
    const std::string column = CustomerRepository::columnExpression(attribute);
    Statement st(db, "SELECT id FROM customers WHERE " + column + " IS NOT NULL ORDER BY " +
                         column + ", id");
    uint32_t rank = 0;
    while (st.step())
        m_rank[size_t(st.integer(0) - m_base)] = rank++;
}

void SortKeys::rankFromValues(Database &db, const AttributeInfo &attribute)
{
    const bool numeric = attribute.type == AttributeType::Number;
    std::vector<std::pair<double, qint64>> numbers;
    std::vector<std::pair<std::string, qint64>> texts;
    Statement st(db, "SELECT id, " + CustomerRepository::columnExpression(attribute) +
                         " FROM customers WHERE " + CustomerRepository::columnExpression(attribute) +
                         " IS NOT NULL");
    while (st.step()) {
        if (numeric)
            numbers.emplace_back(st.real(1), st.integer(0));
        else
            texts.emplace_back(std::string(st.textView(1)), st.integer(0));
    }
    std::sort(numbers.begin(), numbers.end());
    std::sort(texts.begin(), texts.end());
    uint32_t rank = 0;
    for (const auto &n : numbers)
        m_rank[size_t(n.second - m_base)] = rank++;
    for (const auto &t : texts)
        m_rank[size_t(t.second - m_base)] = rank++;
}

void SortKeys::sort(std::vector<qint64> &ids, bool ascending) const
{
    const auto rank = [this](qint64 id) {
        const size_t i = size_t(id - m_base);
        return i < m_rank.size() ? m_rank[i] : kEmpty;
    };
    std::sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) {
        const uint32_t x = rank(a), y = rank(b);
        if (x == y)
            return a < b;
        if (x == kEmpty || y == kEmpty)
            return y == kEmpty;
        return ascending ? x < y : x > y;
    });
}

} // namespace portrait
