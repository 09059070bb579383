// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "core/Config.h"

#include <QByteArray>

namespace portrait {

// Reads a `portrait-config` file (docs/config-format.md) and validates all of it before returning:
// types, required fields, codes, references between records, the taxonomy tree, the canonical
// attributes and the rules' conditions. Throws portrait::Error naming the file, JSON path and
// reason at the first problem; nothing is half-read.
namespace ConfigReader {

Config read(const QByteArray &bytes, const QString &fileName);
Config readFile(const QString &path);

} // namespace ConfigReader
} // namespace portrait
