// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "portrait/PortraitBuilderPass.h"

#include "core/Language.h"
#include "portrait/RequiredAttributes.h"
#include "portrait/StringViewMap.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cmath>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::PortraitBuilder)
};

// Counts how often each bit of many 64-bit masks is set: eight 8-bit counters per byte of the
// mask, added a byte at a time and flushed before they overflow (a million rows, 29 bits each).
class BitCounts
{
public:
    explicit BitCounts(std::vector<qint64> &counts) : m_counts(counts)
    {
        for (unsigned v = 0; v < 256; ++v) {
            for (unsigned j = 0; j < 8; ++j)
                m_spread[v] |= quint64((v >> j) & 1u) << (8 * j);
        }
    }
    void add(quint64 mask)
    {
        for (size_t b = 0; mask; ++b, mask >>= 8)
            m_lanes[b] += m_spread[mask & 0xffu];
        if (++m_pending == 255)
            flush();
    }
    void flush()
    {
        for (size_t b = 0; b < 8; ++b) {
            for (size_t j = 0; j < 8; ++j) {
                if (8 * b + j < m_counts.size())
                    m_counts[8 * b + j] += qint64((m_lanes[b] >> (8 * j)) & 0xffu);
            }
            m_lanes[b] = 0;
        }
        m_pending = 0;
    }

private:
    std::vector<qint64> &m_counts;
    std::array<quint64, 256> m_spread{};
    std::array<quint64, 8> m_lanes{};
    int m_pending = 0;
};

auto heapOrder = [](const std::pair<float, size_t> &a, const std::pair<float, size_t> &b) {
    return a.first > b.first; // smallest on top
};

} // namespace

PortraitBuilder::Pass::Pass(const PortraitData &d, const ScopeResolver &s)
    : data(d), scope(s), scopeCounts(size_t(d.profiles.size()), 0),
      filled(size_t(PortraitData::trackedAttributes().size()), 0)
{
    for (int i = 0; i < s.segments().size(); ++i)
        tallies.emplace_back(d);
    const auto isUnder = [&](const QString &node, const QString &target) { return s.isUnder(node, target); };
    StringViewMap<quint64> byCategory; // thousands of outcomes, a few dozen categories
    required.reserve(size_t(d.profiles.size()));
    for (const ClassificationProfile &p : d.profiles) {
        auto it = byCategory.find(p.category);
        if (it == byCategory.end())
            it = byCategory.emplace(p.category, RequiredAttributes::categoryMask(p.category, isUnder)).first;
        required.push_back(it->second | RequiredAttributes::roleMask(p.roles));
    }
}

bool PortraitBuilder::Pass::servedBy(size_t d, size_t row) const
{
    const ScopeResolver &o = *others[d];
    if (o.isCollective())
        return o.collectiveSegment(row) >= 0;
    return !o.segmentsOfProfile(data.profile[row]).empty();
}

void PortraitBuilder::Pass::run()
{
    shared.assign(others.size(), 0);
    std::vector<size_t> collectiveOthers;
    for (size_t d = 0; d < others.size(); ++d) {
        if (others[d]->isCollective())
            collectiveOthers.push_back(d);
    }
    const QString unclassifiedCode = QStringLiteral("X");
    std::vector<quint8> isX;
    for (const ClassificationProfile &p : data.profiles)
        isX.push_back(p.category == unclassifiedCode ? 1 : 0);
    const std::vector<float> &kwh = data.numbers[PortraitData::AnnualKwh];
    const size_t rows = data.rowCount();
    if (!scope.isCollective()) { // size the segments' value columns before adding to them
        std::vector<size_t> rowsOfProfile(size_t(data.profiles.size()), 0), rowsOfSegment(tallies.size(), 0);
        for (size_t row = 0; row < rows; ++row) {
            if (data.profile[row] >= 0)
                ++rowsOfProfile[size_t(data.profile[row])];
        }
        for (size_t p = 0; p < rowsOfProfile.size(); ++p) {
            for (int s : scope.segmentsOfProfile(int(p)))
                rowsOfSegment[size_t(s)] += rowsOfProfile[p];
        }
        for (size_t s = 0; s < tallies.size(); ++s)
            tallies[s].reserve(rowsOfSegment[s]);
    }
    BitCounts filledBits(filled);
    for (size_t row = 0; row < rows; ++row) {
        const float k = kwh[row];
        if (!std::isnan(k))
            companyKwh += k;
        const qint32 p = data.profile[row];
        if (p < 0) {
            ++notClassified;
            continue;
        }
        ++classified;
        unclassified += isX[size_t(p)];
        int single = -1;
        const std::vector<int> *segments = nullptr;
        if (scope.isCollective()) {
            single = scope.collectiveSegment(row);
            if (single < 0)
                continue;
        } else {
            segments = &scope.segmentsOfProfile(p);
            if (segments->empty())
                continue;
        }
        ++inScope;
        ++scopeCounts[size_t(p)];
        if (!std::isnan(k)) {
            scopeKwh += k;
            if (largest.size() < size_t(PortraitBuilder::kLargest)) {
                largest.emplace_back(k, row);
                std::push_heap(largest.begin(), largest.end(), heapOrder);
            } else if (k > largest.front().first) {
                std::pop_heap(largest.begin(), largest.end(), heapOrder);
                largest.back() = {k, row};
                std::push_heap(largest.begin(), largest.end(), heapOrder);
            }
        }
        const quint64 f = data.filled[row];
        const double c = RequiredAttributes::completeness(f, required[size_t(p)]);
        completeness += c;
        missing += data.missingData[row] ? 1 : 0;
        filledBits.add(f);
        if (single >= 0) {
            tallies[size_t(single)].add(row, c);
        } else {
            for (int s : *segments)
                tallies[size_t(s)].add(row, c);
        }
        for (size_t d : collectiveOthers)
            shared[d] += others[d]->collectiveSegment(row) >= 0 ? 1 : 0;
    }
    filledBits.flush();
    for (size_t d = 0; d < others.size(); ++d) {
        if (others[d]->isCollective())
            continue;
        for (size_t prof = 0; prof < scopeCounts.size(); ++prof) {
            if (scopeCounts[prof] && !others[d]->segmentsOfProfile(int(prof)).empty())
                shared[d] += scopeCounts[prof];
        }
    }
}

void PortraitBuilder::finishSegments(Portrait &portrait, const ScopeResolver &scope, Pass &pass) const
{
    QHash<QString, const TaxonomyNode *> nodes;
    for (const TaxonomyNode &n : m_data.config.taxonomy)
        nodes.insert(n.code, &n);
    QHash<QString, const Attribute *> attributes;
    for (const Attribute &a : m_data.config.attributes)
        attributes.insert(a.key, &a);
    const QString dept = portrait.department;
    const QList<SegmentDef> &defs = scope.segments();
    for (int i = 0; i < defs.size(); ++i) {
        const SegmentDef &def = defs[i];
        const TaxonomyNode *n = nodes.value(def.node);
        Segment s;
        s.node = def.node;
        s.name = n ? localized(n->nameZh, n->nameEn) : def.node;
        if (def.kind == SegmentDef::Kind::Fallback)
            s.name = Tr::tr("%1（直接归入）").arg(s.name);
        s.definition = n ? localized(n->definitionZh, n->definitionEn) : QString();
        s.kind = def.kind == SegmentDef::Kind::Role       ? QStringLiteral("role")
                 : def.kind == SegmentDef::Kind::Fallback ? QStringLiteral("fallback")
                                                          : QStringLiteral("primary");
        s.priority = def.priority;
        s.scopeEvidence = def.evidence;
        const QString key = dept + QLatin1Char('|') + def.node;
        s.leads = m_data.positionsLead.value(key);
        s.supports = m_data.positionsSupport.value(key);
        if (n)
            s.scenarios = localized(n->scenariosZh.join(QLatin1Char('\n')), n->scenariosEn.join(QLatin1Char('\n')))
                              .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (portrait.workshop) {
            for (const WorkshopSummary::PainPoint &pp : portrait.workshop->painPoints) {
                if (pp.segment == def.node)
                    s.scenarios << Tr::tr("痛点：%1").arg(pp.text);
            }
        }
        SegmentTally &tally = pass.tallies[size_t(i)];
        tally.fill(s, attributes);
        s.shareOfScope = portrait.inScope ? double(s.count) / double(portrait.inScope) : 0;
        s.shareOfKwh = portrait.inScopeKwh > 0 ? s.kwh / portrait.inScopeKwh : 0;
        for (ValueShare &l : s.labels) {
            if (const TaxonomyNode *r = nodes.value(l.code))
                l.name = localized(r->nameZh, r->nameEn);
        }
        for (ValueShare &v : s.dr)
            v.name = drPotentialName(v.code);
        if (scope.isCollective()) { // 参照类别: the company-wide primary categories
            QHash<QString, qint64> refs;
            const auto &counts = tally.profileCounts();
            for (size_t p = 0; p < counts.size(); ++p) {
                if (counts[p])
                    refs[m_data.profiles[int(p)].category] += counts[p];
            }
            for (auto it = refs.cbegin(); it != refs.cend(); ++it) {
                const TaxonomyNode *r = nodes.value(it.key());
                s.references << ValueShare{it.key(), r ? localized(r->nameZh, r->nameEn) : it.key(), it.value(),
                                           s.count ? double(it.value()) / double(s.count) : 0};
            }
            std::sort(s.references.begin(), s.references.end(),
                      [](const ValueShare &a, const ValueShare &b) { return a.count > b.count; });
        }
        portrait.segments << s;
    }
    for (size_t d = 0, o = 0; d < size_t(m_data.config.departments.size()); ++d) {
        const Department &other = m_data.config.departments[int(d)];
        if (other.code == dept)
            continue;
        if (pass.shared[o] > 0)
            portrait.sharedWith << ValueShare{other.code, localized(other.nameZh, other.nameEn), pass.shared[o],
                                              portrait.inScope ? double(pass.shared[o]) / double(portrait.inScope) : 0};
        ++o;
    }
    std::stable_sort(portrait.sharedWith.begin(), portrait.sharedWith.end(),
                     [](const ValueShare &a, const ValueShare &b) { return a.count > b.count; });
}

void PortraitBuilder::finishLargest(Portrait &portrait, const ScopeResolver &scope, const Pass &pass) const
{
    std::vector<std::pair<float, size_t>> top = pass.largest;
    std::sort(top.begin(), top.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[kwh, row] : top) {
        LargeCustomer c;
        c.id = m_data.ids[row];
        c.annualKwh = kwh;
        const qint32 p = m_data.profile[row];
        c.category = m_data.profiles[p].category;
        const int seg = scope.isCollective() ? scope.collectiveSegment(row)
                                             : scope.segmentsOfProfile(p).front();
        c.segment = scope.segments()[seg].node;
        for (size_t d = 0, o = 0; d < size_t(m_data.config.departments.size()); ++d) {
            const Department &other = m_data.config.departments[int(d)];
            if (other.code == portrait.department)
                continue;
            if (pass.servedBy(o, row))
                c.otherDepartments << other.code;
            ++o;
        }
        portrait.largest << c;
    }
}

} // namespace portrait
