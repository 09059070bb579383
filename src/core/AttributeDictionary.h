// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "core/CanonicalAttributes.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

namespace portrait {

class Database;

// One attribute of a workspace's dictionary: a canonical one (stored in its own column of the
// customers table) or a custom one (stored in the row's JSON object of custom values).
struct AttributeInfo
{
    QString key, nameZh, nameEn, unit;
    AttributeType type = AttributeType::Text;
    QStringList values, synonyms;
    std::optional<double> min, max;
    bool required = false;
    bool canonical = false;

    QString displayName() const;
};

// The attribute dictionary of a workspace, in display order, with lookup by key and by the
// headers that CSV files use (key, Chinese name, English name, synonyms; case and blanks ignored).
class AttributeDictionary
{
public:
    static AttributeDictionary load(Database &db);

    const QList<AttributeInfo> &all() const { return m_attributes; }
    const AttributeInfo *find(const QString &key) const;
    const AttributeInfo *findByHeader(const QString &header) const;

    static QString normalizedHeader(const QString &header);
    // Adds an attribute that is about to be stored (an import's new custom attribute).
    void add(const AttributeInfo &attribute);

private:
    QList<AttributeInfo> m_attributes;
    QHash<QString, int> m_byKey, m_byHeader;
};

} // namespace portrait
