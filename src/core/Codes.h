// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QStringList>

namespace portrait::Codes {

// The code to suggest after `codes` (in their order): the last one that ends in a number gives
// its prefix and the next number with as many digits (P09 → P10, MKT-04 → MKT-05), skipping codes
// that are taken; without one, fallbackPrefix and 1 with `width` digits (MKT-01).
QString next(const QStringList &codes, const QString &fallbackPrefix, int width = 1);

} // namespace portrait::Codes
