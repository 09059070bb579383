// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QString>
#include <span>

namespace portrait {

// The canonical customer attributes of attributes.md: each has a typed column of the same name in
// the customers table. Their names, units, ranges and synonyms live in the workspace's attribute
// dictionary; only key and type are fixed here, because the schema depends on them.
enum class AttributeType { Text, Enum, Number, Date, List };

struct CanonicalAttribute
{
    const char *key;
    AttributeType type;
};

namespace CanonicalAttributes {

std::span<const CanonicalAttribute> all();
// Index in all(), or -1.
int indexOf(const QString &key);
const char *typeName(AttributeType type);
// Parses "text", "enum", "number", "date", "list"; returns false for anything else.
bool parseType(const QString &name, AttributeType *type);

} // namespace CanonicalAttributes
} // namespace portrait
