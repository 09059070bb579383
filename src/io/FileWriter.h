// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QByteArray>
#include <QString>

namespace portrait::FileWriter {

// Writes the whole file or nothing: a temporary file beside the target, renamed into place.
// Throws portrait::Error naming the file and the reason.
void write(const QString &path, const QByteArray &bytes);

} // namespace portrait::FileWriter
