// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// Suggested codes for new items: the new-item dialogs and a workshop's new services.
#include "core/Codes.h"

#include <catch2/catch.hpp>

using namespace portrait;

TEST_CASE("the next code follows the last numbered one, keeps its width and skips taken codes")
{
    CHECK(Codes::next({QStringLiteral("N01"), QStringLiteral("N02"), QStringLiteral("N06")}, QStringLiteral("N")) ==
          QStringLiteral("N07"));
    CHECK(Codes::next({QStringLiteral("P09")}, QStringLiteral("P")) == QStringLiteral("P10"));
    CHECK(Codes::next({QStringLiteral("MKT-04"), QStringLiteral("C1")}, QStringLiteral("MKT-"), 2) == QStringLiteral("C2"));
    CHECK(Codes::next({QStringLiteral("C2"), QStringLiteral("C1")}, QStringLiteral("C")) == QStringLiteral("C3")); // C2 is taken
    CHECK(Codes::next({QStringLiteral("A"), QStringLiteral("B")}, QStringLiteral("X")) == QStringLiteral("X1"));
    CHECK(Codes::next({}, QStringLiteral("MKT-"), 2) == QStringLiteral("MKT-01"));
    CHECK(Codes::next({QStringLiteral("MKT-01")}, QStringLiteral("X")) == QStringLiteral("MKT-02"));
    CHECK(Codes::next({QStringLiteral("X1"), QStringLiteral("MKT-1")}, QStringLiteral("X")) == QStringLiteral("MKT-2"));
    CHECK(Codes::next({QStringLiteral("L99"), QStringLiteral("L100")}, QStringLiteral("L")) == QStringLiteral("L101"));
}
