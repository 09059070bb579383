// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QStringList>

class QTextStream;

namespace portrait {

// The headless command line: `portrait-workbench COMMAND …`. Exit codes: 0 success, 1 bad input
// or refused operation, 2 wrong usage. Errors go to stderr; --json output uses codes and English
// keys; plain output uses names in the interface language (Chinese, or --lang en).
namespace CommandLine {

// True when the arguments ask for a command (or --help/--version) rather than the window.
bool isCommand(const QStringList &arguments);
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace CommandLine
} // namespace portrait
