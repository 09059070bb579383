// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "portrait/Portrait.h"

#include <QJsonObject>

namespace portrait {

// A department portrait as JSON: what `portrait --json` prints and what a snapshot stores
// (format "portrait-workbench-portrait", version 1). Every figure of the panel is written —
// persona cards, both matrices, the resource-match parts and their evidence — so that
// PortraitJsonReader gives back the same Portrait (write → read → write gives the same JSON).
// Not written: the appendix of largest customers (names stay in the customer list) and the
// workshop summary (the workshop tables keep it).
// Keys stay stable for scripts: department, segments[].category/count, resource_match …
class PortraitJsonWriter
{
public:
    static constexpr int kVersion = 1;
    static QJsonObject toJson(const Portrait &portrait);
    static QString evidenceKey(Evidence evidence); // "data", "rule", "workshop", "manual"
};

} // namespace portrait
