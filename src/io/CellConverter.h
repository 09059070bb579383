// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "core/AttributeDictionary.h"

#include <QVariant>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace portrait {

// Converts one CSV cell (UTF-8 bytes) into an attribute's stored value, fast: plain numbers,
// ISO dates, exact enumeration values and plain text take a byte-level path; everything else
// ("10kV", "2019年3月5日", "1,234", list separators…) goes through ValueParser. Both paths give
// the same results.
class CellConverter
{
public:
    explicit CellConverter(const AttributeInfo &attribute);

    struct Result
    {
        enum class Kind { Empty, Number, Text } kind = Kind::Empty;
        double number = 0;
        std::string_view text; // valid until the next convert() call (or the cell's lifetime)
        QString error, warning;
    };

    const Result &convert(std::string_view cell);
    const AttributeInfo &attribute() const { return m_attribute; }

private:
    bool fastPath(std::string_view cell);
    bool splitList(std::string_view cell);
    void slowPath(std::string_view cell);
    void checkRange(double value);

    AttributeInfo m_attribute;
    std::unordered_set<std::string> m_values; // enumeration values, UTF-8
    Result m_result;
    std::string m_scratch;
    std::vector<std::string_view> m_items;
};

} // namespace portrait
