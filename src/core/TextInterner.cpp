// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "core/TextInterner.h"

#include <algorithm>

namespace portrait {

quint64 TextInterner::hash(std::string_view utf8)
{
    quint64 h = 1469598103934665603ull;
    for (char c : utf8)
        h = (h ^ quint8(c)) * 1099511628211ull;
    return h;
}

qint32 TextInterner::lookup(std::string_view utf8, quint64 h) const
{
    const size_t mask = m_slots.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const qint32 id = m_slots[i];
        if (id < 0 || (m_hashes[size_t(id)] == h && m_values[size_t(id)] == utf8))
            return id;
    }
}

qint32 TextInterner::compare(std::string_view utf8) const
{
    for (size_t id = 0; id < m_values.size(); ++id) {
        if (m_values[id] == utf8)
            return qint32(id);
    }
    return -1;
}

void TextInterner::rehash()
{
    std::vector<qint32> table(std::max<size_t>(64, m_slots.size() * 2), -1);
    const size_t mask = table.size() - 1;
    for (size_t id = 0; id < m_values.size(); ++id) {
        size_t i = m_hashes[id] & mask;
        while (table[i] >= 0)
            i = (i + 1) & mask;
        table[i] = qint32(id);
    }
    m_slots.swap(table);
}

qint32 TextInterner::find(std::string_view utf8) const
{
    if (m_last >= 0 && m_values[size_t(m_last)] == utf8)
        return m_last;
    return m_slots.empty() ? compare(utf8) : lookup(utf8, hash(utf8));
}

qint32 TextInterner::intern(std::string_view utf8, bool *added)
{
    if (added)
        *added = false;
    if (m_last >= 0 && m_values[size_t(m_last)] == utf8)
        return m_last;
    // A few values are compared; the hash is taken only once they are many, or for a new one.
    qint32 id = m_slots.empty() ? compare(utf8) : -1;
    if (id >= 0)
        return m_last = id;
    const quint64 h = hash(utf8);
    if (!m_slots.empty() && (id = lookup(utf8, h)) >= 0)
        return m_last = id;
    id = qint32(m_values.size());
    m_values.emplace_back(utf8);
    m_hashes.push_back(h);
    if (m_values.size() > kFew && m_slots.size() < 2 * m_values.size()) {
        rehash(); // places the new value too
    } else if (!m_slots.empty()) {
        size_t i = h & (m_slots.size() - 1);
        while (m_slots[i] >= 0)
            i = (i + 1) & (m_slots.size() - 1);
        m_slots[i] = id;
    }
    if (added)
        *added = true;
    return m_last = id;
}

void TextInterner::clear()
{
    m_values.clear();
    m_hashes.clear();
    m_slots.clear();
    m_last = -1;
}

} // namespace portrait
