// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "portrait/PortraitEvidence.h"

#include <QIcon>

class QLabel;
class QWidget;

namespace portrait {

// The small evidence mark of the portrait panel (ux.md): one character on a colour per kind of
// evidence — 数 data, 规 rule, 共 workshop, 人 manual — with a tooltip naming the source. As a
// label beside a figure, as rich text inside a line, or as an icon in a table header.
namespace PortraitEvidenceMark {

QColor colour(Evidence evidence);
QString tooltip(const PortraitEvidence::Mark &mark); // "证据：规则 — …"
QString html(Evidence evidence);                     // a badge for rich-text lines
QLabel *label(const PortraitEvidence::Mark &mark, QWidget *parent = nullptr);
QIcon icon(Evidence evidence);

} // namespace PortraitEvidenceMark
} // namespace portrait
