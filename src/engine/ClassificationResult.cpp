// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "engine/ClassificationResult.h"

#include <algorithm>

namespace portrait {

namespace {

const QString kManualText = QStringLiteral("manual");
const QString kTaxonomy = QStringLiteral("taxonomy");
const QString kUnclassified = QStringLiteral("X");

void append(std::string &out, const std::string &item, char separator = ';')
{
    if (!out.empty())
        out += separator;
    out += item;
}

} // namespace

ClassificationResult::ClassificationResult(std::shared_ptr<const RuleCatalog> catalog, size_t rows,
                                           QDate dataDate)
    : m_catalog(std::move(catalog)), m_dataDate(dataDate), m_primary(rows, kNone),
      m_stage(rows, kNone), m_credit(rows, kNone), m_dr(rows, kNone), m_flags(rows, 0),
      m_matches(m_catalog->rules().size())
{
}

int ClassificationResult::categoryNode(size_t row) const
{
    const qint16 rule = m_primary[row];
    if (rule >= 0)
        return m_catalog->rules()[size_t(rule)].node;
    if (rule == kManual)
        return m_catalog->nodeIndex(m_pinnedCategory.value(qint64(row)).value);
    return m_catalog->nodeIndex(kUnclassified);
}

QString ClassificationResult::category(size_t row) const
{
    const qint16 rule = m_primary[row];
    if (rule >= 0)
        return m_catalog->rules()[size_t(rule)].value;
    if (rule == kManual)
        return m_pinnedCategory.value(qint64(row)).value;
    return kUnclassified;
}

bool ClassificationResult::additiveMatch(int rule, size_t row) const
{
    const std::vector<quint64> &bits = m_matches[size_t(rule)];
    return !bits.empty() && ((bits[row / 64] >> (row % 64)) & 1u);
}

CustomerOutcome ClassificationResult::outcome(size_t row) const
{
    const auto &rules = m_catalog->rules();
    auto single = [&](qint16 rule, QString *value, QString *ruleId) {
        if (rule >= 0) {
            *value = rules[size_t(rule)].value;
            *ruleId = rules[size_t(rule)].id;
        }
    };
    CustomerOutcome o;
    o.category = category(row);
    if (m_primary[row] >= 0)
        o.categoryRule = rules[size_t(m_primary[row])].id;
    if (m_primary[row] == kManual) {
        o.categoryRule = kManualText;
        o.pinnedCategory = m_pinnedCategory.value(qint64(row));
    }
    single(m_stage[row], &o.stage, &o.stageRule);
    if (m_stage[row] == kManual) {
        o.pinnedStage = m_pinnedStage.value(qint64(row));
        o.stage = o.pinnedStage->value;
        o.stageRule = kManualText;
    }
    o.excluded = m_flags[row] & Excluded;
    single(m_credit[row], &o.credit, &o.creditRule);
    single(m_dr[row], &o.dr, &o.drRule);
    o.dependsOnMissingData = m_flags[row] & MissingData;

    std::vector<std::pair<int, int>> needs; // need, source rule (-1: taxonomy)
    for (int need : m_catalog->inheritedNeeds(categoryNode(row), true))
        needs.emplace_back(need, -1);
    for (size_t r = 0; r < rules.size(); ++r) {
        if (!additiveMatch(int(r), row))
            continue;
        const CatalogRule &rule = rules[r];
        if (rule.group == RuleGroup::Role) {
            // Two rules may give the same role: it is held once, with the first rule.
            if (std::none_of(o.roles.cbegin(), o.roles.cend(),
                             [&](const auto &role) { return role.first == rule.value; }))
                o.roles.append({rule.value, rule.id});
            for (int need : m_catalog->inheritedNeeds(rule.node, false))
                needs.emplace_back(need, -1);
        } else if (rule.group == RuleGroup::Tag) {
            o.tags.append({rule.value, rule.id});
        } else if (rule.group == RuleGroup::Need) {
            needs.emplace_back(rule.need, int(r));
        }
    }
    std::sort(needs.begin(), needs.end());
    needs.erase(std::unique(needs.begin(), needs.end()), needs.end());
    for (const auto &[need, source] : needs) {
        const QString code = m_catalog->needCodes().value(need);
        if (o.needs.isEmpty() || o.needs.last().code != code)
            o.needs.append({code, {}});
        o.needs.last().sources << (source < 0 ? kTaxonomy : rules[size_t(source)].id);
    }
    return o;
}

void ClassificationResult::signature(size_t row, std::string &out) const
{
    out.clear();
    for (qint16 v : {m_primary[row], m_stage[row], m_credit[row], m_dr[row]})
        out.append(reinterpret_cast<const char *>(&v), sizeof v);
    out += char(m_flags[row] & Excluded);
    quint64 bits = 0;
    int used = 0;
    for (int r : m_additive) {
        if ((m_matches[size_t(r)][row / 64] >> (row % 64)) & 1u)
            bits |= quint64(1) << used;
        if (++used == 64) {
            out.append(reinterpret_cast<const char *>(&bits), sizeof bits);
            bits = 0;
            used = 0;
        }
    }
    out.append(reinterpret_cast<const char *>(&bits), sizeof bits);
    if (m_primary[row] == kManual)
        out += m_pinnedCategory.value(qint64(row)).value.toStdString() + '\x1f';
    if (m_stage[row] == kManual)
        out += m_pinnedStage.value(qint64(row)).value.toStdString();
}

void ClassificationResult::encode(size_t row, Encoded &out) const
{
    // Through outcome(): simple, and cheap because it runs once per distinct outcome.
    const CustomerOutcome o = outcome(row);
    out.category = o.category.toStdString();
    out.categoryRule = o.categoryRule.toStdString();
    out.stage = o.stage.toStdString();
    out.stageRule = o.stageRule.toStdString();
    out.credit = o.credit.toStdString();
    out.creditRule = o.creditRule.toStdString();
    out.dr = o.dr.toStdString();
    out.drRule = o.drRule.toStdString();
    out.roles.clear();
    for (const auto &[code, rule] : o.roles)
        append(out.roles, code.toStdString());
    out.tags.clear();
    for (const auto &[name, rule] : o.tags)
        append(out.tags, rule.toStdString());
    out.needs.clear();
    for (const CustomerOutcome::Need &n : o.needs)
        append(out.needs, (n.code + QLatin1Char('=') + n.sources.join(QLatin1Char(','))).toStdString());
    out.dependsOnMissingData = o.dependsOnMissingData;
}

QMap<QString, qint64> ClassificationResult::singleCounts(const std::vector<qint16> &rules,
                                                        const QHash<qint64, ManualOverride> *pins,
                                                        const QString &none) const
{
    std::vector<qint64> perRule(m_catalog->rules().size(), 0);
    QMap<QString, qint64> counts;
    for (size_t row = 0; row < rules.size(); ++row) {
        const qint16 r = rules[row];
        if (r >= 0)
            ++perRule[size_t(r)];
        else if (r == kManual && pins)
            ++counts[pins->value(qint64(row)).value];
        else if (!none.isEmpty())
            ++counts[none];
    }
    for (size_t r = 0; r < perRule.size(); ++r) {
        if (perRule[r])
            counts[m_catalog->rules()[r].value] += perRule[r];
    }
    return counts;
}

QMap<QString, qint64> ClassificationResult::categoryCounts() const
{
    return singleCounts(m_primary, &m_pinnedCategory, kUnclassified);
}

QMap<QString, qint64> ClassificationResult::stageCounts() const
{
    QMap<QString, qint64> counts = singleCounts(m_stage, &m_pinnedStage, QStringLiteral("unknown"));
    // A rule without a stage (LC0, closed accounts) takes the customer out of the lifecycle: it
    // has no stage, so it is counted as unknown (excludedCount() tells how many of those).
    if (const qint64 excluded = counts.take(QString()))
        counts[QStringLiteral("unknown")] += excluded;
    return counts;
}

qint64 ClassificationResult::excludedCount() const
{
    qint64 n = 0;
    for (quint8 f : m_flags)
        n += (f & Excluded) ? 1 : 0;
    return n;
}

QMap<QString, qint64> ClassificationResult::creditCounts() const
{
    return singleCounts(m_credit, nullptr, {});
}

QMap<QString, qint64> ClassificationResult::drCounts() const
{
    return singleCounts(m_dr, nullptr, {});
}

QMap<QString, qint64> ClassificationResult::roleCounts() const
{
    QMap<QString, qint64> counts;
    const auto &rules = m_catalog->rules();
    // Several rules may give one role; a customer counts once per role.
    QHash<QString, std::vector<quint64>> byRole;
    for (size_t r = 0; r < rules.size(); ++r) {
        if (m_matches[r].empty() || !(rules[r].group == RuleGroup::Role || rules[r].group == RuleGroup::Tag))
            continue;
        const QString key = rules[r].group == RuleGroup::Role ? rules[r].value : rules[r].id;
        std::vector<quint64> &bits = byRole[key];
        if (bits.empty())
            bits.assign(m_matches[r].size(), 0);
        for (size_t w = 0; w < bits.size(); ++w)
            bits[w] |= m_matches[r][w];
    }
    for (auto it = byRole.cbegin(); it != byRole.cend(); ++it) {
        qint64 n = 0;
        for (quint64 w : it.value())
            n += qPopulationCount(w);
        if (n)
            counts.insert(it.key(), n);
    }
    return counts;
}

} // namespace portrait
