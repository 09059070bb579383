// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "storage/ClassificationRepository.h"

#include "core/AttributeDictionary.h"
#include "engine/Condition.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/RangeScan.h"

#include <algorithm>
#include <limits>

namespace portrait::ClassificationRepository {

namespace {

// Reads customers with lo ≤ id ≤ hi (or the one id) into frames with the given columns, a
// frame at a time: the upper half of a parallel load comes in slices that are appended and freed
// one by one, so that the load never holds a second copy of half the customers.
class RangeReader
{
public:
    RangeReader(Database &db, const QList<const AttributeInfo *> &attributes, qint64 lo, qint64 hi)
        : m_st(db, sql(attributes)), m_columns(int(attributes.size()))
    {
        m_st.bind(1, lo);
        m_st.bind(2, hi);
        m_more = m_st.step();
    }

    bool atEnd() const { return !m_more; }

    // Appends up to `limit` rows to the frame.
    void readInto(CustomerFrame &frame, size_t limit)
    {
        std::vector<CustomerFrame::Column *> cols;
        std::vector<AttributeType> types;
        for (int c = 0; c < m_columns; ++c) {
            cols.push_back(&frame.column(c));
            types.push_back(frame.column(c).type());
        }
        auto bytes = [](std::string_view v) { return QByteArrayView(v.data(), qsizetype(v.size())); };
        for (size_t n = 0; m_more && n < limit; ++n, m_more = m_st.step()) {
            frame.appendRow(m_st.integer(0));
            for (int c = 0; c < m_columns; ++c) {
                CustomerFrame::Column &col = *cols[size_t(c)];
                const RangeScan::Cursor::Value v = m_st.value(c + 1);
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

private:
    static std::string sql(const QList<const AttributeInfo *> &attributes)
    {
        std::string sql = "SELECT id";
        for (const AttributeInfo *a : attributes)
            sql += ", " + CustomerRepository::columnExpression(*a);
        return sql + " FROM customers WHERE id BETWEEN ? AND ? ORDER BY id";
    }

    RangeScan::Cursor m_st;
    int m_columns;
    bool m_more = false;
};

// Rows per slice of the upper half: small next to a million, large enough that a slice's own
// dictionaries cost little to re-code.
constexpr size_t kSliceRows = 1 << 16;

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
        RangeReader(db, attributes, *onlyId, *onlyId).readInto(frame, 1);
        return frame;
    }
    std::vector<CustomerFrame> upper;
    qint64 count = 0;
    RangeScan::inHalves(
        db,
        [&](Database &connection, qint64 lo, qint64 hi, int part) {
            RangeReader reader(connection, attributes, lo, hi);
            if (part == 0) {
                // Reserved for every row: the upper slices are appended without growing.
                frame.reserve(size_t(count));
                reader.readInto(frame, std::numeric_limits<size_t>::max());
                return;
            }
            while (!reader.atEnd()) {
                upper.push_back(makeFrame());
                upper.back().reserve(kSliceRows);
                reader.readInto(upper.back(), kSliceRows);
            }
        },
        &count);
    for (CustomerFrame &slice : upper) {
        frame.append(slice);
        slice = CustomerFrame(); // freed as it is copied
    }
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