// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QByteArray>

namespace portrait {

struct Config;

// Writes a configuration as a `portrait-config` file (docs/config-format.md): fields in a fixed
// order, two-space indentation, UTF-8 without escapes, so that export → import → export gives
// identical bytes and files diff well.
namespace ConfigWriter {

QByteArray write(const Config &config);
// Writes to a temporary file and renames it into place; throws portrait::Error.
void writeFile(const Config &config, const QString &path);

} // namespace ConfigWriter
} // namespace portrait
