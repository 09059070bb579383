// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QString>
#include <string>

namespace portrait::Sql {

// Quotes an identifier (table or column name). Identifiers come from the code and the schema,
// never from user input; values are always bound parameters.
inline std::string quoted(const QString &identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return '"' + q.toStdString() + '"';
}

} // namespace portrait::Sql
