// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QMap>
#include <QVariantList>
#include <string>
#include <vector>

namespace portrait {

class AttributeDictionary;
class Database;
class Statement;

// A WHERE clause over customers built from the search text and per-attribute filters, with its
// values kept apart as bound parameters. Numbers and dates take "a..b", ">=a", "<a" or a value;
// enumerations an exact value; labels one label; text a substring, or "=value" exactly.
struct CustomerFilter
{
    std::string where; // "" or " WHERE …"
    QVariantList values;
    // Every condition reads only the customer's own row (no search, drill-down or
    // classification): the filter can be answered in two id ranges at once.
    bool rowLocal = true;
    // When the search text is the only condition: its LIKE pattern, which the two narrow
    // indexes of 户号 and 户名 answer each on its own (at once, on two connections).
    QString searchPattern;

    static CustomerFilter build(const AttributeDictionary &dictionary, const QString &search,
                                const QMap<QString, QString> &filters);
    // A drill-down from a portrait figure: the filter with this key (its value names the figure)
    // keeps the customers that setDrillDown() last put in a temporary table of the connection.
    static QString drillDownKey() { return QStringLiteral("drill"); }
    static void setDrillDown(Database &db, const std::vector<qint64> &ids);
    void bind(Statement &statement) const;
};

} // namespace portrait
