// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "models/SortKeys.h"

#include "core/AttributeDictionary.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/RangeScan.h"

#include <algorithm>
#include <cstring>
#include <deque>
#include <unordered_map>
#include <string>
#include <string_view>

namespace portrait {

namespace {

// Sorts (value, id) pairs read in increasing id order by value, keeping id order among equal
// values: a stable radix sort on the bits of the doubles, four passes of 16 bits (a pass whose
// digit is the same everywhere is skipped) — several times faster than a comparison sort of a
// million pairs, which was a quarter of the first sort by a number.
void sortByValue(std::vector<std::pair<double, qint64>> &pairs)
{
    if (pairs.size() < 4096) {
        std::stable_sort(pairs.begin(), pairs.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        return;
    }
    struct Item
    {
        uint64_t key;
        qint64 id;
    };
    std::vector<Item> items(pairs.size()), buffer(pairs.size());
    for (size_t i = 0; i < pairs.size(); ++i) {
        const double v = pairs[i].first == 0 ? 0.0 : pairs[i].first; // -0 sorts with +0
        uint64_t bits;
        std::memcpy(&bits, &v, sizeof bits);
        // Order-preserving: negative numbers reversed, positive ones above them.
        items[i] = {bits >> 63 ? ~bits : bits | (uint64_t(1) << 63), pairs[i].second};
    }
    std::vector<size_t> count(65536 + 1);
    for (int shift = 0; shift < 64; shift += 16) {
        std::fill(count.begin(), count.end(), 0);
        for (const Item &item : items)
            ++count[((item.key >> shift) & 0xffff) + 1];
        if (std::any_of(count.begin(), count.end(), [&](size_t c) { return c == items.size(); }))
            continue; // one digit everywhere: this pass would not move anything
        for (size_t d = 1; d < count.size(); ++d)
            count[d] += count[d - 1];
        for (const Item &item : items)
            buffer[count[(item.key >> shift) & 0xffff]++] = item;
        items.swap(buffer);
    }
    for (size_t i = 0; i < pairs.size(); ++i) {
        const uint64_t key = items[i].key;
        const uint64_t bits = key >> 63 ? key & ~(uint64_t(1) << 63) : ~key;
        std::memcpy(&pairs[i].first, &bits, sizeof bits);
        pairs[i].second = items[i].id;
    }
}

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
    resetRanks(db);
    if (attribute.canonical && hasIndex(db, attribute.key))
        rankFromIndex(db, attribute);
    else
        rankFromValues(db, attribute);
    rankOrder();
    m_key = attribute.key;
}

void SortKeys::resetRanks(Database &db)
{
    // Two subqueries: SQLite answers a bare min() or max() from the end of the key, but scans
    // the table for both in one query.
    Statement range(db, "SELECT coalesce((SELECT min(id) FROM customers), 0), "
                        "coalesce((SELECT max(id) FROM customers), -1)");
    range.step();
    m_base = range.integer(0);
    m_rank.assign(size_t(range.integer(1) - m_base + 1), kEmpty);
}

void SortKeys::loadDerived(Database &db, const QString &key, const char *profileColumn,
                           const QStringList &valueOrder)
{
    if (m_key == key)
        return;
    resetRanks(db);
    // A few thousand distinct outcomes: rank those, then count the customers into them.
    std::vector<std::pair<std::pair<int, QString>, qint64>> profiles;
    Statement p(db, std::string("SELECT id, ") + profileColumn + " FROM classification_profiles WHERE " +
                        profileColumn + " IS NOT NULL AND " + profileColumn + " <> ''");
    while (p.step()) {
        const QString value = p.text(1);
        const qsizetype at = valueOrder.indexOf(value);
        profiles.push_back({{at < 0 ? int(valueOrder.size()) : int(at), value}, p.integer(0)});
    }
    std::sort(profiles.begin(), profiles.end());
    std::unordered_map<qint64, uint32_t> group; // profile id → position of its value
    uint32_t groups = 0;
    for (size_t i = 0; i < profiles.size(); ++i) {
        if (i > 0 && profiles[i].first != profiles[i - 1].first)
            ++groups;
        group.emplace(profiles[i].second, groups);
    }
    // Counting sort: each value's customers in id order, the values in their order.
    std::vector<std::pair<qint64, uint32_t>> members; // customer id, value position
    Statement c(db, "SELECT customer_id, profile_id FROM classifications ORDER BY customer_id");
    std::vector<uint32_t> start(size_t(groups) + 2, 0);
    while (c.step()) {
        const auto it = group.find(c.integer(1));
        const size_t i = size_t(c.integer(0) - m_base);
        if (it == group.end() || i >= m_rank.size())
            continue;
        members.emplace_back(c.integer(0), it->second);
        ++start[it->second + 1];
    }
    for (size_t g = 1; g < start.size(); ++g)
        start[g] += start[g - 1];
    for (const auto &[id, g] : members)
        m_rank[size_t(id - m_base)] = start[g]++;
    rankOrder();
    m_key = key;
}

void SortKeys::rankOrder()
{
    m_order.assign(size_t(std::count_if(m_rank.begin(), m_rank.end(), [](uint32_t r) { return r != kEmpty; })), 0);
    for (size_t i = 0; i < m_rank.size(); ++i)
        if (m_rank[i] != kEmpty)
            m_order[m_rank[i]] = uint32_t(i);
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
    const std::string column = CustomerRepository::columnExpression(attribute);
    const std::string sql = "SELECT id, " + column + " FROM customers WHERE id BETWEEN ? AND ? AND " +
                            column + " IS NOT NULL ORDER BY id";
    // Read in two halves at once (a million values: the reading is most of the first sort).
    // Texts are counted into their distinct values rather than compared row by row: a column
    // like the region has a handful of values for a million customers.
    struct Part
    {
        std::vector<std::pair<double, qint64>> numbers;
        std::vector<std::pair<uint32_t, qint64>> texts; // distinct value, id
        std::deque<std::string> distinct;              // by value number
        std::unordered_map<std::string_view, uint32_t> codes;
    };
    Part parts[2];
    RangeScan::inHalves(db, [&](Database &connection, qint64 lo, qint64 hi, int index) {
        Part &part = parts[index];
        RangeScan::Cursor st(connection, sql);
        st.bind(1, lo);
        st.bind(2, hi);
        while (st.step()) {
            const RangeScan::Cursor::Value v = st.value(1);
            if (numeric && v.type != SQLITE_TEXT) {
                part.numbers.emplace_back(v.real(), st.integer(0));
                continue;
            }
            auto it = part.codes.find(v.text());
            if (it == part.codes.end()) {
                part.distinct.emplace_back(v.text());
                it = part.codes.emplace(part.distinct.back(), uint32_t(part.distinct.size() - 1)).first;
            }
            part.texts.emplace_back(it->second, st.integer(0));
        }
        sortByValue(part.numbers); // read in id order: equal values keep it
    });
    uint32_t rank = 0;
    auto x = parts[0].numbers.cbegin(), y = parts[1].numbers.cbegin();
    while (x != parts[0].numbers.cend() || y != parts[1].numbers.cend()) {
        const bool takeA = y == parts[1].numbers.cend() || (x != parts[0].numbers.cend() && *x < *y);
        m_rank[size_t((takeA ? x++ : y++)->second - m_base)] = rank++;
    }

    // The distinct texts of both halves in byte order (SQLite's BINARY collation), then every
    // customer counted into its value: the lower half first, so equal values keep id order.
    std::vector<std::pair<std::string_view, std::pair<int, uint32_t>>> values;
    for (int p = 0; p < 2; ++p)
        for (uint32_t c = 0; c < parts[p].distinct.size(); ++c)
            values.push_back({parts[p].distinct[c], {p, c}});
    std::sort(values.begin(), values.end());
    std::vector<uint32_t> valueOf[2] = {std::vector<uint32_t>(parts[0].distinct.size()),
                                        std::vector<uint32_t>(parts[1].distinct.size())};
    uint32_t distinct = 0;
    for (size_t i = 0; i < values.size(); ++i) {
        if (i > 0 && values[i].first != values[i - 1].first)
            ++distinct;
        valueOf[values[i].second.first][values[i].second.second] = distinct;
    }
    std::vector<uint32_t> start(size_t(distinct) + 2, 0);
    for (int p = 0; p < 2; ++p)
        for (const auto &[code, id] : parts[p].texts)
            ++start[valueOf[p][code] + 1];
    for (size_t v = 1; v < start.size(); ++v)
        start[v] += start[v - 1];
    for (int p = 0; p < 2; ++p)
        for (const auto &[code, id] : parts[p].texts)
            m_rank[size_t(id - m_base)] = rank + start[valueOf[p][code]]++;
}

void SortKeys::sort(std::vector<qint64> &ids, bool ascending) const
{
    if (ids.size() >= m_order.size() / 16 && !m_order.empty()) {
        // Walk the ranked order once and keep the members: linear, whatever the list's size.
        std::vector<uint8_t> member(m_rank.size(), 0);
        std::vector<qint64> empty;
        for (qint64 id : ids) {
            const size_t i = size_t(id - m_base);
            if (i < m_rank.size() && m_rank[i] != kEmpty)
                member[i] = 1;
            else
                empty.push_back(id);
        }
        std::sort(empty.begin(), empty.end());
        size_t n = 0;
        const auto keep = [&](uint32_t i) {
            if (member[i])
                ids[n++] = qint64(i) + m_base;
        };
        if (ascending)
            std::for_each(m_order.begin(), m_order.end(), keep);
        else
            std::for_each(m_order.rbegin(), m_order.rend(), keep);
        std::copy(empty.begin(), empty.end(), ids.begin() + qsizetype(n));
        return;
    }
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
