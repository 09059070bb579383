// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "storage/PortraitDataLoader.h"

#include "core/AttributeDictionary.h"
#include "engine/CompiledCondition.h"
#include "engine/CustomerFrame.h"
#include "storage/ClassificationRepository.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"
#include "storage/WorkshopSummaryLoader.h"

#include <cmath>
#include <limits>
#include <string>
#include <unordered_map>

namespace portrait::PortraitDataLoader {

namespace {

struct Hash
{
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Interns text values into a small dictionary without allocating per row.
class Interner
{
public:
    explicit Interner(QStringList &names) : m_names(names) {}
    qint16 operator()(std::string_view v)
    {
        if (v.empty())
            return -1;
        if (auto it = m_ids.find(v); it != m_ids.end())
            return it->second;
        if (m_names.size() >= std::numeric_limits<qint16>::max())
            return -1; // more distinct values than any card shows
        const qint16 id = qint16(m_names.size());
        m_names << QString::fromUtf8(v.data(), qsizetype(v.size()));
        m_ids.emplace(std::string(v), id);
        return id;
    }

private:
    QStringList &m_names;
    std::unordered_map<std::string, qint16, Hash, std::equal_to<>> m_ids;
};

std::string customersQuery()
{
    std::string filled = "(0";
    const QStringList &keys = PortraitData::trackedAttributes();
    for (int i = 0; i < keys.size(); ++i) {
        const std::string k = '"' + keys[i].toStdString() + '"';
        filled += " | ((" + k + " IS NOT NULL AND " + k + " <> '') << " + std::to_string(i) + ")";
    }
    filled += ")";
    std::string sql = "SELECT id, " + filled;
    for (int n = 0; n < PortraitData::NumberCount; ++n)
        sql += std::string(", \"") + PortraitData::numberKey(n) + '"';
    for (int e = 0; e < PortraitData::EnumCount; ++e)
        sql += std::string(", \"") + PortraitData::enumKey(e) + '"';
    return sql + ", labels FROM customers ORDER BY id";
}

void loadClassifications(Database &db, PortraitData &data)
{
    QHash<qint64, qint32> index;
    Statement profiles(db, "SELECT id, category, category_rule, stage, stage_rule, credit, dr, roles, needs "
                           "FROM classification_profiles ORDER BY id");
    while (profiles.step()) {
        index.insert(profiles.integer(0), qint32(data.profiles.size()));
        ClassificationProfile p{profiles.text(1), profiles.text(2), profiles.text(3), profiles.text(4),
                                profiles.text(5), profiles.text(6),
                                profiles.text(7).split(QLatin1Char(';'), Qt::SkipEmptyParts), {}};
        for (const auto &n : ClassificationRepository::decodeNeeds(profiles.text(8)))
            p.needs.append({n.code, n.sources});
        data.profiles << p;
    }
    // Merge by id: both scans run in id order.
    Statement rows(db, "SELECT customer_id, profile_id, missing_data FROM classifications ORDER BY customer_id");
    size_t row = 0;
    const size_t n = data.ids.size();
    while (rows.step()) {
        const qint64 id = rows.integer(0);
        while (row < n && data.ids[row] < id)
            ++row;
        if (row < n && data.ids[row] == id) {
            data.profile[row] = index.value(rows.integer(1), -1);
            data.missingData[row] = rows.integer(2) ? 1 : 0;
        }
    }
}

void loadCustomers(Database &db, PortraitData &data)
{
    Statement count(db, "SELECT count(*) FROM customers");
    const size_t expected = count.step() ? size_t(count.integer(0)) : 0;
    data.ids.reserve(expected);
    data.filled.reserve(expected);
    for (auto &v : data.numbers)
        v.reserve(expected);
    for (auto &v : data.enums)
        v.reserve(expected);
    data.labelOffsets.reserve(expected + 1);
    std::vector<Interner> enums;
    for (int e = 0; e < PortraitData::EnumCount; ++e)
        enums.emplace_back(data.enumValues[size_t(e)]);
    Interner labels(data.labelNames);
    Statement st(db, customersQuery());
    constexpr int kNumbers = 2, kEnums = kNumbers + PortraitData::NumberCount,
                  kLabels = kEnums + PortraitData::EnumCount;
    const float nan = std::numeric_limits<float>::quiet_NaN();
    std::string volt;
    while (st.step()) {
        data.ids.push_back(st.integer(0));
        data.filled.push_back(quint64(st.integer(1)));
        for (int n = 0; n < PortraitData::NumberCount; ++n)
            data.numbers[size_t(n)].push_back(st.isNull(kNumbers + n) ? nan : float(st.real(kNumbers + n)));
        for (int e = 0; e < PortraitData::EnumCount; ++e) {
            const int c = kEnums + e;
            if (e == PortraitData::VoltKv && !st.isNull(c)) { // a number shown as a value: "10kV"
                volt = QString::number(st.real(c)).toStdString() + "kV";
                data.enums[size_t(e)].push_back(enums[size_t(e)](volt));
            } else {
                data.enums[size_t(e)].push_back(st.isNull(c) ? qint16(-1) : enums[size_t(e)](st.textView(c)));
            }
        }
        std::string_view l = st.isNull(kLabels) ? std::string_view() : st.textView(kLabels);
        while (!l.empty()) {
            const size_t cut = l.find(';');
            const qint16 id = labels(l.substr(0, cut));
            if (id >= 0)
                data.labelItems.push_back(id);
            l = cut == std::string_view::npos ? std::string_view() : l.substr(cut + 1);
        }
        data.labelOffsets.push_back(quint32(data.labelItems.size()));
    }
    data.profile.assign(data.ids.size(), -1);
    data.missingData.assign(data.ids.size(), 0);
}

void loadSegmentation(Database &db, PortraitData &data, const QString &type)
{
    QList<Rule> rules;
    for (const Rule &r : data.config.rules) {
        if (r.enabled && r.group == QLatin1String("primary") && r.deptTypes.contains(type) && r.outcome)
            rules << r;
    }
    if (rules.isEmpty())
        return;
    const AttributeDictionary dictionary = AttributeDictionary::load(db);
    const CustomerFrame frame = ClassificationRepository::loadFrame(
        db, dictionary, ClassificationRepository::attributesUsed(rules));
    const QDate date = QDate::fromString(data.dataDate, Qt::ISODate);
    TypeSegmentation seg;
    seg.ruleOfRow.assign(frame.rowCount(), -1);
    const size_t words = CompiledCondition::wordCount(frame.rowCount());
    std::vector<quint64> bits(words);
    for (int r = rules.size() - 1; r >= 0; --r) { // last rule first, so earlier ones win
        seg.rules.prepend({rules[r].id, *rules[r].outcome});
        try {
            const CompiledCondition c(Condition::parse(rules[r].whenJson), frame, date.isValid() ? date : QDate::currentDate());
            c.evaluate(0, words, bits.data());
        } catch (const std::exception &) {
            continue; // a broken rule matches nobody; the engine reports it
        }
        for (size_t row = 0; row < frame.rowCount(); ++row) {
            if ((bits[row / 64] >> (row % 64)) & 1u)
                seg.ruleOfRow[row] = qint8(r);
        }
    }
    data.segmentations.insert(type, seg);
}

QString setting(Database &db, const char *key)
{
    Statement st(db, "SELECT value FROM settings WHERE key = ?");
    st.bind(1, QString::fromLatin1(key));
    return st.step() ? st.text(0) : QString();
}

bool hasTable(Database &db, const char *name)
{
    Statement st(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?");
    st.bind(1, QString::fromLatin1(name));
    return st.step();
}

void loadAssignments(Database &db, PortraitData &data)
{
    Statement scope(db, "SELECT dept_code, node_code, evidence FROM dept_scope");
    while (scope.step())
        data.scopeEvidence.insert(scope.text(0) + QLatin1Char('|') + scope.text(1), scope.text(2));
    if (!hasTable(db, "position_nodes"))
        return;
    Statement pos(db, "SELECT p.dept_code, n.node_code, p.name_zh, n.role FROM position_nodes n "
                      "JOIN positions p ON p.id = n.position_id ORDER BY p.ord, n.ord");
    while (pos.step()) {
        const QString key = pos.text(0) + QLatin1Char('|') + pos.text(1);
        (pos.text(3) == QLatin1String("lead") ? data.positionsLead : data.positionsSupport)[key] << pos.text(2);
    }
}

} // namespace

bool hasClassifications(Database &db)
{
    Statement st(db, "SELECT EXISTS (SELECT 1 FROM classifications)");
    return st.step() && st.integer(0) != 0;
}

PortraitData load(Database &db, const QStringList &segmentTypes)
{
    PortraitData data;
    data.config = ConfigRepository::load(db);
    data.dataDate = setting(db, "classification_data_date");
    if (data.dataDate.isEmpty())
        data.dataDate = setting(db, "data_date");
    data.classifiedAt = setting(db, "classified_at");
    loadCustomers(db, data);
    loadClassifications(db, data);
    loadAssignments(db, data);
    QStringList types = segmentTypes;
    if (types.isEmpty()) {
        for (const Department &d : data.config.departments) {
            if (!types.contains(d.type))
                types << d.type;
        }
    }
    for (const QString &t : types)
        loadSegmentation(db, data, t);
    for (const Department &d : data.config.departments) {
        if (auto w = WorkshopSummaryLoader::load(db, d.code))
            data.workshops.insert(d.code, *w);
    }
    return data;
}

void fillLargest(Database &db, Portrait &portrait)
{
    Statement st(db, "SELECT customer_no, name FROM customers WHERE id = ?");
    for (LargeCustomer &c : portrait.largest) {
        st.bind(1, c.id);
        if (st.step()) {
            c.customerNo = st.text(0);
            c.name = st.text(1);
        }
        st.reset();
    }
}

} // namespace portrait::PortraitDataLoader
