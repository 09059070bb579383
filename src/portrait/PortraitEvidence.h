// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "portrait/Portrait.h"

namespace portrait {

// The evidence of each kind of figure of a portrait (ux.md: "every figure has a small evidence
// mark (数据 / 规则 / 共创 / 人工) and a tooltip with its source"), with the sentence that names
// the source. Counts of customers come from the stored classification (rules, or a pinned
// category); attribute statistics from the customer data; services from the catalogue entered by
// hand; the scope from the department's setup or an adopted workshop.
namespace PortraitEvidence {

struct Mark
{
    Evidence evidence = Evidence::Rule;
    QString source; // one sentence for the tooltip
};

QString name(Evidence evidence);  // 数据 / 规则 / 共创 / 人工
QString letter(Evidence evidence); // one character for the mark: 数 / 规 / 共 / 人

Mark segmentCount(const Portrait &portrait);         // sizes, shares, stage counts
Mark scope(const Segment &segment);                  // which segments the department has
Mark need(const NeedIncidence &need);                // taxonomy core need or need rule
Mark attributes(const Portrait &portrait);           // statistics of attributes, completeness
Mark services();                                     // coverage marks, lifecycle services
Mark match();                                        // resource-match score and its parts
Mark goals();                                        // value-goal mix of a segment
Mark scenarios(const Segment &segment);              // taxonomy scenarios, workshop pain points

} // namespace PortraitEvidence
} // namespace portrait
