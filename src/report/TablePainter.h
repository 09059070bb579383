// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "portrait/ReportData.h"

namespace portrait {

class ReportPainter;

// Draws a ReportTable at the cursor: relative column widths, wrapped cells (at most a few lines,
// then elided), the header repeated after a page break, flagged cells tinted and bold.
namespace TablePainter {
void paint(ReportPainter &page, const ReportTable &table);
}

} // namespace portrait
