// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QtGlobal>
#include <string>
#include <string_view>
#include <vector>

namespace portrait {

// Gives each distinct UTF-8 text an id (0, 1, … in order of first appearance) and finds it again
// without allocating per lookup: the loaders intern a value per customer and column. Neighbouring
// rows often repeat a value and most enumerations have a handful: the last value and a few are
// compared, larger dictionaries hashed (open addressing, FNV-1a).
class TextInterner
{
public:
    // The value's id; *added says whether it was new.
    qint32 intern(std::string_view utf8, bool *added = nullptr);
    // The value's id, or -1 when it was never interned.
    qint32 find(std::string_view utf8) const;
    size_t size() const { return m_values.size(); }
    const std::string &value(qint32 id) const { return m_values[size_t(id)]; }
    const std::vector<std::string> &values() const { return m_values; }
    void clear();

private:
    static constexpr size_t kFew = 8;
    static quint64 hash(std::string_view utf8);
    qint32 lookup(std::string_view utf8, quint64 h) const; // hashed
    qint32 compare(std::string_view utf8) const;            // the few, one by one
    void rehash();

    std::vector<std::string> m_values;
    std::vector<quint64> m_hashes;
    std::vector<qint32> m_slots; // empty until there are more than kFew values
    qint32 m_last = -1;
};

} // namespace portrait
