// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "portrait/Portrait.h"

namespace portrait {

class ScopeResolver;

// Builds department portraits (domain.md §9) from loaded data. Pure: no SQL, no signals, no
// widgets. The data is loaded once (PortraitDataLoader) and any number of portraits are built
// from it; each build passes over the customers once and derives everything that depends only
// on the classification outcome from counts per outcome, so a department of a million customers
// takes a few hundred milliseconds.
//
//   PortraitData data = PortraitDataLoader::load(workspace.db());
//   PortraitBuilder builder(data);
//   Portrait p = builder.build(QStringLiteral("MKT"));   // throws Error for an unknown code
//   PortraitDataLoader::fillLargest(workspace.db(), p);  // names of the appendix customers
//
// Names in the portrait are in the current interface language (core/Language.h).
class PortraitBuilder
{
public:
    explicit PortraitBuilder(const PortraitData &data) : m_data(data) {}

    Portrait build(const QString &department) const;

    // How many of the largest in-scope customers (by annual_kwh) the portrait lists.
    static constexpr int kLargest = 30;

private:
    struct Pass;
    void finishSegments(Portrait &portrait, const ScopeResolver &scope, Pass &pass) const;
    void finishLargest(Portrait &portrait, const ScopeResolver &scope, const Pass &pass) const;

    const PortraitData &m_data;
};

} // namespace portrait
