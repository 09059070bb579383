// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "portrait/SegmentTally.h"

#include "core/Language.h"

#include <QCoreApplication>
#include <QMap>
#include <algorithm>
#include <cmath>
#include <cstring>

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

void SegmentTally::reserve(size_t rows)
{
    for (std::vector<float> &v : m_values)
        v.reserve(rows);
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

std::vector<double> SegmentTally::quantiles(const std::vector<float> &values, const std::vector<double> &qs)
{
    std::vector<double> result(qs.size(), 0);
    const size_t n = values.size();
    if (n == 0)
        return result;
    // Each quantile interpolates between the values of rank floor(q × (n − 1)) and the next one.
    std::vector<size_t> ranks;
    for (double q : qs) {
        const size_t lo = size_t(std::floor(q * double(n - 1)));
        ranks.push_back(lo);
        if (lo + 1 < n)
            ranks.push_back(lo + 1);
    }
    std::sort(ranks.begin(), ranks.end());
    ranks.erase(std::unique(ranks.begin(), ranks.end()), ranks.end());
    // Radix selection: a histogram of the top 16 bits of an order-preserving key finds the bucket
    // of every wanted rank; only those buckets' values are gathered and selected exactly. Two
    // passes over a segment of 700,000 values instead of one selection per rank.
    const auto key = [](float f) {
        quint32 u;
        std::memcpy(&u, &f, sizeof u);
        return (u & 0x80000000u) ? ~u : (u | 0x80000000u);
    };
    std::vector<quint32> histogram(65536, 0);
    for (float v : values)
        ++histogram[key(v) >> 16];
    std::vector<qint16> slot(65536, -1);
    std::vector<size_t> start;     // rank of a gathered bucket's first value
    std::vector<size_t> slotOfRank; // per wanted rank
    size_t below = 0, r = 0;
    for (size_t b = 0; b < histogram.size() && r < ranks.size(); ++b) {
        const size_t end = below + histogram[b];
        while (r < ranks.size() && ranks[r] < end) {
            if (slot[b] < 0) {
                slot[b] = qint16(start.size());
                start.push_back(below);
            }
            slotOfRank.push_back(size_t(slot[b]));
            ++r;
        }
        below = end;
    }
    std::vector<std::vector<float>> gathered(start.size());
    for (size_t b = 0; b < histogram.size(); ++b) {
        if (slot[b] >= 0)
            gathered[size_t(slot[b])].reserve(histogram[b]);
    }
    for (float v : values) {
        if (const qint16 s = slot[key(v) >> 16]; s >= 0)
            gathered[size_t(s)].push_back(v);
    }
    auto valueAt = [&](size_t rank) {
        const size_t i = size_t(std::lower_bound(ranks.begin(), ranks.end(), rank) - ranks.begin());
        std::vector<float> &bucket = gathered[slotOfRank[i]];
        const size_t k = rank - start[slotOfRank[i]];
        std::nth_element(bucket.begin(), bucket.begin() + qsizetype(k), bucket.end());
        return bucket[k];
    };
    for (size_t i = 0; i < qs.size(); ++i) {
        const double pos = qs[i] * double(n - 1);
        const size_t lo = size_t(std::floor(pos));
        const float low = valueAt(lo);
        const float high = lo + 1 < n ? valueAt(lo + 1) : low;
        result[i] = low + (pos - double(lo)) * (double(high) - double(low));
    }
    return result;
}

void SegmentTally::fill(Segment &s, const QHash<QString, const Attribute *> &attributes)
{
    s.count = m_count;
    s.kwh = m_kwh;
    s.completeness = m_count > 0 ? m_completeness / double(m_count) : 0;
    s.evaluability = m_count > 0 ? 1.0 - double(m_missing) / double(m_count) : 0;
    for (int n = 0; n < PortraitData::NumberCount; ++n) {
        const std::vector<float> &v = m_values[size_t(n)];
        if (v.empty())
            continue;
        const QString key = QLatin1String(PortraitData::numberKey(n));
        const Attribute *a = attributes.value(key);
        const std::vector<double> q = quantiles(v, {0.5, 0.25, 0.75});
        s.numbers << NumberStat{key, attributeName(attributes, key), a ? a->unit : QString(), qint64(v.size()),
                                q[0], q[1], q[2]};
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
    // Ordered maps: values with equal counts keep the same order in every run.
    QMap<QString, qint64> roles, credit, dr;
    const QString unrated = Tr::tr("未评");
    for (size_t p = 0; p < m_profiles.size(); ++p) {
        if (!m_profiles[p])
            continue;
        const ClassificationProfile &profile = m_data.profiles[int(p)];
        for (const QString &r : profile.roles)
            roles[r] += m_profiles[p];
        credit[profile.credit.isEmpty() ? unrated : profile.credit] += m_profiles[p];
        dr[profile.dr.isEmpty() ? unrated : profile.dr] += m_profiles[p];
    }
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        labels << ValueShare{it.key(), it.key(), it.value(), 0};
    s.labels = topShares(labels, m_count, 5);
    auto shares = [&](const QMap<QString, qint64> &counts) {
        QList<ValueShare> list;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            list << ValueShare{it.key(), it.key(), it.value(), 0};
        return topShares(list, m_count, 8);
    };
    s.credit = shares(credit);
    s.dr = shares(dr);
}

} // namespace portrait
