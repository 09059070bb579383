// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "portrait/ReportData.h"

namespace portrait {

// Writes ReportData as an A4 PDF (ux.md): 20 mm margins, the CJK font embedded (searchable and
// copyable text), a page header with department and date and a footer with page x / y, a cover,
// a table of contents with page numbers, every section from a new page, one persona card per
// page, vector charts, wide tables on landscape pages. Lays the report out twice: the first pass
// finds the page numbers the contents and footers print. Needs a QApplication (Qt Charts); the
// command line runs it on the offscreen platform. Throws Error when the file cannot be written.
namespace PdfReportWriter {
void write(const ReportData &report, const QString &path);
// The family used for Chinese text (WenQuanYi Micro Hei or Noto Sans CJK), empty when none.
QString cjkFamily();
}

} // namespace portrait
