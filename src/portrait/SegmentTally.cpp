// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "portrait/SegmentTally.h"

#include "core/Language.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::SegmentTally)
};

// Sorted by count (descending, then name), the first `top` as value shares of `total`.
QList<ValueShare> topShares(const QList<ValueShare> &all, qint64 total, int top)
{
    QList<ValueShare> list = all;
    std::stable_sort(list.begin(), list.end(),
                     [](const ValueShare &a, const ValueShare &b) { return a.count > b.count; });
    list.erase(std::remove_if(list.begin(), list.end(), [](const ValueShare &v) { return v.count == 0; }),
               list.end());
    if (list.size() > top)
        list.resize(top);
    for (ValueShare &v : list)
        v.share = total > 0 ? double(v.count) / double(total) : 0;
    return list;
}

QString attributeName(const QHash<QString, const Attribute *> &attributes, const QString &key)
{
    const Attribute *a = attributes.value(key);
    return a ? localized(a->nameZh, a->nameEn) : key;
}

} // namespace

SegmentTally::SegmentTally(const PortraitData &data)
    : m_data(data), m_profiles(size_t(data.profiles.size()), 0), m_labels(size_t(data.labelNames.size()), 0)
{
    for (int e = 0; e < PortraitData::EnumCount; ++e)
        m_enums[size_t(e)].assign(size_t(data.enumValues[size_t(e)].size()), 0);
}

void SegmentTally::add(size_t row, double completeness)
{
    ++m_count;
    ++m_profiles[size_t(m_data.profile[row])];
    m_missing += m_data.missingData[row] ? 1 : 0;
    m_completeness += completeness;
    for (int n = 0; n < PortraitData::NumberCount; ++n) {
        const float v = m_data.numbers[size_t(n)][row];
        if (!std::isnan(v))
            m_values[size_t(n)].push_back(v);
    }
    const float kwh = m_data.numbers[PortraitData::AnnualKwh][row];
    if (!std::isnan(kwh))
        m_kwh += kwh;
    for (int e = 0; e < PortraitData::EnumCount; ++e) {
        const qint16 v = m_data.enums[size_t(e)][row];
        if (v >= 0)
            ++m_enums[size_t(e)][size_t(v)];
    }
    for (quint32 i = m_data.labelOffsets[row]; i < m_data.labelOffsets[row + 1]; ++i)
        ++m_labels[size_t(m_data.labelItems[i])];
}

double SegmentTally::quantile(std::vector<float> &values, double q)
{
    if (values.empty())
        return 0;
    // Selection, not sorting: a segment of 700,000 customers has seven such columns.
    const double pos = q * double(values.size() - 1);
    const size_t lo = size_t(std::floor(pos));
    std::nth_element(values.begin(), values.begin() + qsizetype(lo), values.end());
    const float low = values[lo];
    const float high = lo + 1 < values.size() ? *std::min_element(values.begin() + qsizetype(lo) + 1, values.end()) : low;
    return low + (pos - double(lo)) * (double(high) - double(low));
}

void SegmentTally::fill(Segment &s, const QHash<QString, const Attribute *> &attributes)
{
    s.count = m_count;
    s.kwh = m_kwh;
    s.completeness = m_count > 0 ? m_completeness / double(m_count) : 0;
    s.evaluability = m_count > 0 ? 1.0 - double(m_missing) / double(m_count) : 0;
    for (int n = 0; n < PortraitData::NumberCount; ++n) {
        std::vector<float> &v = m_values[size_t(n)];
        if (v.empty())
            continue;
        const QString key = QLatin1String(PortraitData::numberKey(n));
        const Attribute *a = attributes.value(key);
        s.numbers << NumberStat{key, attributeName(attributes, key), a ? a->unit : QString(), qint64(v.size()),
                                quantile(v, 0.5), quantile(v, 0.25), quantile(v, 0.75)};
    }
    for (int e = 0; e < PortraitData::EnumCount; ++e) {
        if (e == PortraitData::EntityKind)
            continue;
        QList<ValueShare> values;
        const QStringList &names = m_data.enumValues[size_t(e)];
        for (int i = 0; i < names.size(); ++i)
            values << ValueShare{names[i], names[i], m_enums[size_t(e)][size_t(i)], 0};
        const QList<ValueShare> top = topShares(values, m_count, 3);
        if (!top.isEmpty())
            s.enums.insert(attributeName(attributes, QLatin1String(PortraitData::enumKey(e))), top);
    }
    // Labels and roles together (roles are counted from the stored outcomes).
    QList<ValueShare> labels;
    for (int i = 0; i < m_data.labelNames.size(); ++i)
        labels << ValueShare{m_data.labelNames[i], m_data.labelNames[i], m_labels[size_t(i)], 0};
    QHash<QString, qint64> roles, credit, dr;
    for (size_t p = 0; p < m_profiles.size(); ++p) {
        if (!m_profiles[p])
            continue;
        const ClassificationProfile &profile = m_data.profiles[int(p)];
        for (const QString &r : profile.roles)
            roles[r] += m_profiles[p];
        credit[profile.credit.isEmpty() ? Tr::tr("未评") : profile.credit] += m_profiles[p];
        dr[profile.dr.isEmpty() ? Tr::tr("未评") : profile.dr] += m_profiles[p];
    }
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        labels << ValueShare{it.key(), it.key(), it.value(), 0};
    s.labels = topShares(labels, m_count, 5);
    auto shares = [&](const QHash<QString, qint64> &counts) {
        QList<ValueShare> list;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            list << ValueShare{it.key(), it.key(), it.value(), 0};
        return topShares(list, m_count, 8);
    };
    s.credit = shares(credit);
    s.dr = shares(dr);
}

} // namespace portrait
