// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QStringView>
#include <string_view>
#include <unordered_map>

namespace portrait {

// A hash map keyed by views of strings that outlive it (codes of the loaded outcomes and the
// configuration). The builders look codes up per outcome, thousands of times per portrait, where
// qHash(QString) costs more than the rest of the work.
struct StringViewHash
{
    size_t operator()(QStringView v) const
    {
        return std::hash<std::u16string_view>{}(std::u16string_view(v.utf16(), size_t(v.size())));
    }
};

template<typename Value>
using StringViewMap = std::unordered_map<QStringView, Value, StringViewHash>;

} // namespace portrait
