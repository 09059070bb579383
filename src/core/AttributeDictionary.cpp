// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "core/AttributeDictionary.h"

#include "core/Language.h"
#include "storage/Database.h"

namespace portrait {

QString AttributeInfo::displayName() const
{
    return localized(nameZh, nameEn);
}

AttributeDictionary AttributeDictionary::load(Database &db)
{
    AttributeDictionary dict;
    Statement st(db, "SELECT key, name_zh, name_en, unit, type, enum_values, synonyms, "
                     "min_value, max_value, required FROM attributes ORDER BY ord, rowid");
    while (st.step()) {
        AttributeInfo a;
        a.key = st.text(0);
        a.nameZh = st.text(1);
        a.nameEn = st.text(2);
        a.unit = st.text(3);
        CanonicalAttributes::parseType(st.text(4), &a.type);
        a.values = st.text(5).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        a.synonyms = st.text(6).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (!st.isNull(7))
            a.min = st.real(7);
        if (!st.isNull(8))
            a.max = st.real(8);
        a.required = st.integer(9) != 0;
        const int canonical = CanonicalAttributes::indexOf(a.key);
        a.canonical = canonical >= 0;
        if (a.canonical) // the schema decides the type of a canonical attribute
            a.type = CanonicalAttributes::all()[size_t(canonical)].type;
        const int index = int(dict.m_attributes.size());
        dict.m_byKey.insert(a.key, index);
        for (const QString &h : QStringList{a.key, a.nameZh, a.nameEn} + a.synonyms) {
            const QString n = normalizedHeader(h);
            if (!n.isEmpty() && !dict.m_byHeader.contains(n))
                dict.m_byHeader.insert(n, index);
        }
        dict.m_attributes << a;
    }
    return dict;
}

void AttributeDictionary::add(const AttributeInfo &attribute)
{
    const int index = int(m_attributes.size());
    m_attributes << attribute;
    m_byKey.insert(attribute.key, index);
    for (const QString &h : {attribute.key, attribute.nameZh, attribute.nameEn}) {
        const QString n = normalizedHeader(h);
        if (!n.isEmpty() && !m_byHeader.contains(n))
            m_byHeader.insert(n, index);
    }
}

const AttributeInfo *AttributeDictionary::find(const QString &key) const
{
    const auto it = m_byKey.constFind(key);
    return it == m_byKey.cend() ? nullptr : &m_attributes[*it];
}

const AttributeInfo *AttributeDictionary::findByHeader(const QString &header) const
{
    const auto it = m_byHeader.constFind(normalizedHeader(header));
    return it == m_byHeader.cend() ? nullptr : &m_attributes[*it];
}

QString AttributeDictionary::normalizedHeader(const QString &header)
{
    // Full-width brackets and blanks vary between exports: 年用电量（kWh） = 年用电量(kWh).
    QString h = header.normalized(QString::NormalizationForm_KC).toLower();
    h.remove(QLatin1Char(' '));
    h.remove(QChar(0x3000));
    return h;
}

} // namespace portrait
