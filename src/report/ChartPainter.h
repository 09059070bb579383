// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "portrait/ReportData.h"

namespace portrait {

class ReportPainter;

// Draws a ReportChart at the cursor as a horizontal bar chart built with Qt Charts and rendered
// into the PDF painter through its graphics scene, so it stays vector. Flagged bars (gaps) are
// a second, hatched series in the warning colour: distinguishable in grey print too.
namespace ChartPainter {
void paint(ReportPainter &page, const ReportChart &chart);
}

} // namespace portrait
