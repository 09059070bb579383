// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QList>
#include <QVariantMap>

namespace portrait {

class Database;
class AttributeDictionary;
struct AttributeInfo;

// Reads and writes customers. Canonical attributes live in typed columns; custom ones in the
// row's JSON object `custom`; labels as one ';'-joined text. Values in and out are the stored
// values of ValueParser (double, ISO date text, text, QStringList for lists).
namespace CustomerRepository {

QVariantMap load(Database &db, const AttributeDictionary &dictionary, qint64 id);
QVariant read(Database &db, qint64 id, const AttributeInfo &attribute);
void write(Database &db, qint64 id, const AttributeInfo &attribute, const QVariant &value);

// Inserts customers (maps of key → stored value); returns how many. Runs in one transaction.
int insert(Database &db, const AttributeDictionary &dictionary, const QList<QVariantMap> &customers,
           bool demo = false);
qint64 count(Database &db);

// Converts between stored values and column values.
QVariant toColumn(const AttributeInfo &attribute, const QVariant &value);
QVariant fromColumn(const AttributeInfo &attribute, const QVariant &column);
// The SQL expression that reads an attribute in a query over customers.
std::string columnExpression(const AttributeInfo &attribute);

} // namespace CustomerRepository
} // namespace portrait
