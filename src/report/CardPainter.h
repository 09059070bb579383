// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "portrait/ReportData.h"

namespace portrait {

class ReportPainter;

// Draws a persona card (ux.md 画像卡) at the cursor: a title band with priority, positions and
// evidence, the definition, label–text lines, then bars for the needs ranking (gaps in the
// warning colour, hatched), the lifecycle distribution as one segmented bar and the value goals.
namespace CardPainter {
void paint(ReportPainter &page, const ReportCard &card);
}

} // namespace portrait
