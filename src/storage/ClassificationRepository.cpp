// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "storage/ClassificationRepository.h"

#include "core/AttributeDictionary.h"
#include "engine/Condition.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/RangeScan.h"

#include <algorithm>

namespace portrait::ClassificationRepository {

namespace {

// Reads customers with lo ≤ id ≤ hi (or the one id) into a frame with the given columns.
void readRange(Database &db, const QList<const AttributeInfo *> &attributes, CustomerFrame &frame,
               qint64 lo, qint64 hi, qint64 expected)
{
    std::string sql = "SELECT id";
    for (const AttributeInfo *a : attributes)
        sql += ", " + CustomerRepository::columnExpression(*a);
    sql += " FROM customers WHERE id BETWEEN ? AND ? ORDER BY id";
    RangeScan::Cursor st(db, sql);
    st.bind(1, lo);
    st.bind(2, hi);
    frame.reserve(size_t(std::max<qint64>(expected, 0)));
    const int columns = int(attributes.size());
    std::vector<CustomerFrame::Column *> cols;
    std::vector<AttributeType> types;
    for (int c = 0; c < columns; ++c) {
        cols.push_back(&frame.column(c));
        types.push_back(frame.column(c).type());
    }
    auto bytes = [](std::string_view v) { return QByteArrayView(v.data(), qsizetype(v.size())); };
    while (st.step()) {
        frame.appendRow(st.integer(0));
        for (int c = 0; c < columns; ++c) {
            CustomerFrame::Column &col = *cols[size_t(c)];
            const RangeScan::Cursor::Value v = st.value(c + 1);
            if (v.isNull()) {
                col.appendEmpty();
                continue;
            }
            switch (types[size_t(c)]) {
            case AttributeType::Number:
                col.appendNumber(v.real());
                break;
            case AttributeType::Date:
                col.appendIsoDate(bytes(v.text()));
                break;
            case AttributeType::List:
                col.appendList(bytes(v.text()));
                break;
            default:
                col.appendText(bytes(v.text()));
            }
        }
    }
}

} // namespace

QStringList attributesUsed(const QList<Rule> &rules)
{
    QStringList keys{QStringLiteral("entity_kind")};
    for (const Rule &r : rules) {
        try {
            for (const QString &k : Condition::parse(r.whenJson).attributes()) {
                if (!keys.contains(k))
                    keys << k;
            }
        } catch (const std::exception &) {
            // A broken rule reads nothing; the engine reports it.
        }
    }
    return keys;
}

CustomerFrame loadFrame(Database &db, const AttributeDictionary &dictionary, const QStringList &keys,
                        std::optional<qint64> onlyId)
{
    QList<const AttributeInfo *> attributes;
    auto makeFrame = [&] {
        CustomerFrame frame;
        for (const AttributeInfo *a : std::as_const(attributes))
            frame.addColumn(a->key, a->type);
        return frame;
    };
    for (const QString &key : keys) {
        if (const AttributeInfo *a = dictionary.find(key))
            attributes << a;
    }
    CustomerFrame frame = makeFrame();
    if (onlyId) {
        readRange(db, attributes, frame, *onlyId, *onlyId, 1);
        return frame;
    }
    CustomerFrame upper = makeFrame();
    qint64 count = 0;
    RangeScan::inHalves(
        db,
        [&](Database &connection, qint64 lo, qint64 hi, int part) {
            // The lower half is reserved for every row, so appending the upper one copies
            // without growing.
            readRange(connection, attributes, part == 0 ? frame : upper, lo, hi,
                      part == 0 ? count : std::min(count, hi - lo + 1));
        },
        &count);
    if (upper.rowCount() > 0)
        frame.append(upper);
    return frame;
}

QList<CustomerOutcome::Need> decodeNeeds(const QString &text)
{
    QList<CustomerOutcome::Need> needs;
    for (const QString &item : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString code = item.section(QLatin1Char('='), 0, 0);
        needs.append({code, item.section(QLatin1Char('='), 1).split(QLatin1Char(','), Qt::SkipEmptyParts)});
    }
    return needs;
}

QVariantMap stored(Database &db, qint64 customerId)
{
    Statement st(db, "SELECT category, category_rule, stage, stage_rule, credit, credit_rule, dr, "
                     "dr_rule, roles, tags, needs, missing_data FROM customer_classifications "
                     "WHERE customer_id = ?");
    st.bind(1, customerId);
    QVariantMap m;
    if (!st.step())
        return m;
    const char *names[] = {"category", "category_rule", "stage", "stage_rule",
                           "credit",   "credit_rule",   "dr",    "dr_rule"};
    for (int i = 0; i < 8; ++i)
        m.insert(QLatin1String(names[i]), st.isNull(i) ? QVariant() : QVariant(st.text(i)));
    m.insert(QStringLiteral("roles"), st.text(8).split(QLatin1Char(';'), Qt::SkipEmptyParts));
    m.insert(QStringLiteral("tags"), st.text(9).split(QLatin1Char(';'), Qt::SkipEmptyParts));
    QVariantMap needs;
    for (const CustomerOutcome::Need &n : decodeNeeds(st.text(10)))
        needs.insert(n.code, n.sources);
    m.insert(QStringLiteral("needs"), needs);
    m.insert(QStringLiteral("missing_data"), st.integer(11) != 0);
    return m;
}

QList<ManualOverride> overrides(Database &db)
{
    QList<ManualOverride> list;
    Statement st(db, "SELECT customer_id, field, value, reason, date FROM classification_overrides "
                     "ORDER BY customer_id, field");
    while (st.step())
        list.append({st.integer(0), st.text(1), st.text(2), st.text(3), st.text(4)});
    return list;
}

void setOverride(Database &db, const ManualOverride &o)
{
    Statement st(db, "INSERT INTO classification_overrides (customer_id, field, value, reason, date) "
                     "VALUES (?, ?, ?, ?, ?) ON CONFLICT(customer_id, field) DO UPDATE SET "
                     "value = excluded.value, reason = excluded.reason, date = excluded.date");
    st.bindAll(o.customerId, o.field, o.value, o.reason, o.date).run();
}

void removeOverride(Database &db, qint64 customerId, const QString &field)
{
    Statement st(db, "DELETE FROM classification_overrides WHERE customer_id = ? AND field = ?");
    st.bindAll(customerId, field).run();
}

} // namespace portrait::ClassificationRepository