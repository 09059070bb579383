// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// The interner behind the loaders' dictionaries: ids in order of first appearance, the same id
// for the same bytes whether the dictionary is small (compared) or large (hashed).
#include "core/TextInterner.h"

#include <catch2/catch.hpp>

#include <string>

using namespace portrait;

TEST_CASE("texts get ids in order of first appearance, small and large dictionaries alike")
{
    TextInterner t;
    bool added = false;
    CHECK(t.intern("企业", &added) == 0);
    CHECK(added);
    CHECK(t.intern("个人", &added) == 1);
    CHECK(t.intern("企业", &added) == 0); // not the last one: compared
    CHECK_FALSE(added);
    CHECK(t.intern("企业", &added) == 0); // the last one again
    CHECK_FALSE(added);
    CHECK(t.find("个人") == 1);
    CHECK(t.find("机关") == -1);
    CHECK(t.size() == 2);

    // Past the few that are compared, through several rehashes: every id found again, values
    // that share a prefix or differ only in length kept apart.
    for (int i = 0; i < 5000; ++i)
        CHECK(t.intern("值" + std::to_string(i)) == i + 2);
    CHECK(t.size() == 5002);
    size_t wrong = 0;
    for (int i = 4999; i >= 0; --i) {
        const std::string v = "值" + std::to_string(i);
        wrong += t.intern(v, &added) != i + 2 || added || t.find(v) != i + 2 || t.value(i + 2) != v ? 1 : 0;
    }
    CHECK(wrong == 0);
    CHECK(t.find("值") == -1);
    CHECK(t.find("值50000") == -1);
    CHECK(t.intern("企业") == 0);

    t.clear();
    CHECK(t.size() == 0);
    CHECK(t.find("企业") == -1);
    CHECK(t.intern("个人") == 0);
}
