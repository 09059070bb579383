// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QString>
#include <QVariant>

namespace portrait {

struct AttributeInfo;

// The outcome of reading one cell: the stored value (null for empty; double for numbers, ISO date
// text for dates, text for text and enumerations, QStringList for lists), or an error, and
// possibly a warning (a value outside the realistic range).
struct ParsedValue
{
    QVariant value;
    QString error;
    QString warning;
    bool ok() const { return error.isEmpty(); }
};

// Converts what users really write into an attribute's stored value: "10kV", "交流10kV", "380V";
// "1,234,567"; "2019/3/5", "2019年3月5日"; "是/否"; list separators ; ； 、 |; surrounding blanks;
// a leading ' that an export added against formula injection. Pure; no database.
namespace ValueParser {

ParsedValue parse(const AttributeInfo &attribute, const QString &raw);

// The display text of a stored value (numbers without trailing zeros, lists joined by "; ").
QString toText(const QVariant &value);

} // namespace ValueParser
} // namespace portrait
