// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "storage/PortraitDataLoader.h"

#include "core/AttributeDictionary.h"
#include "engine/CompiledCondition.h"
#include "engine/CustomerFrame.h"
#include "storage/ClassificationRepository.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"
#include "storage/PortraitCustomerReader.h"
#include "storage/WorkshopSummaryLoader.h"

#include <cmath>
#include <limits>
#include <string>
#include <unordered_map>

namespace portrait::PortraitDataLoader {

namespace {

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
    PortraitCustomerReader::load(db, data);
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
