// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "storage/ClassificationRepository.h"

#include "core/AttributeDictionary.h"
#include "engine/Condition.h"
#include "storage/ColumnCache.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/FrameBlockCodec.h"
#include "storage/RangeScan.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace portrait::ClassificationRepository {

namespace {

// A column of the frame and the attribute it holds.
struct FrameColumn
{
    int index;
    const AttributeInfo *attribute;
};

// Reads columns of the customers with lo ≤ id ≤ hi (or the one id), in id order.
class RangeReader
{
public:
    RangeReader(Database &db, std::vector<FrameColumn> columns, qint64 lo, qint64 hi)
        : m_st(db, sql(columns)), m_columns(std::move(columns))
    {
        m_st.bind(1, lo);
        m_st.bind(2, hi);
        m_more = m_st.step();
    }

    // Appends the rows to a frame whose other columns the caller fills (or that has no others).
    void readInto(CustomerFrame &frame)
    {
        for (; m_more; m_more = m_st.step()) {
            frame.appendRow(m_st.integer(0));
            appendValues(frame);
        }
    }
    // Fills the columns of the rows the frame already holds; false when the rows are not the
    // frame's (then the columns are incomplete).
    bool fillColumns(CustomerFrame &frame)
    {
        size_t row = 0;
        for (; m_more; m_more = m_st.step(), ++row) {
            if (row == frame.rowCount() || frame.id(row) != m_st.integer(0))
                return false;
            appendValues(frame);
        }
        return row == frame.rowCount();
    }

private:
    void appendValues(CustomerFrame &frame)
    {
        auto bytes = [](std::string_view v) { return QByteArrayView(v.data(), qsizetype(v.size())); };
        for (size_t c = 0; c < m_columns.size(); ++c) {
            CustomerFrame::Column &col = frame.column(m_columns[c].index);
            const RangeScan::Cursor::Value v = m_st.value(int(c) + 1);
            if (v.isNull()) {
                col.appendEmpty();
                continue;
            }
            switch (col.type()) {
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

    static std::string sql(const std::vector<FrameColumn> &columns)
    {
        std::string sql = "SELECT id";
        for (const FrameColumn &c : columns)
            sql += ", " + CustomerRepository::columnExpression(*c.attribute);
        return sql + " FROM customers WHERE id BETWEEN ? AND ? ORDER BY id";
    }

    RangeScan::Cursor m_st;
    std::vector<FrameColumn> m_columns;
    bool m_more = false;
};

// The column cache's formats of the frame: the ids of a block, then one per column (its kind
// names the attribute, so that each column is kept and replaced on its own and any set of
// columns is served).
std::vector<std::string> cacheFormats(const std::vector<FrameColumn> &columns)
{
    const std::string order = Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? "1 le" : "1 be";
    std::vector<std::string> formats{"engine-ids:" + order};
    for (const FrameColumn &c : columns) {
        formats.push_back("engine-column " + c.attribute->key.toStdString() + ':' + order + ' ' +
                          std::to_string(int(c.attribute->type)) + ' ' +
                          CustomerRepository::columnExpression(*c.attribute));
    }
    return formats;
}

// One block of customers (lo..hi inside the block starting at `first`): the columns the cache
// holds are decoded, the others read from the rows; with `keep`, what was read from the rows
// is returned encoded for the cache (by format: ids, then the columns).
std::vector<QByteArray> readBlock(Database &db, const std::vector<FrameColumn> &columns, qint64 first,
                                  qint64 lo, qint64 hi, const std::vector<QByteArray> &cached, bool keep,
                                  CustomerFrame &slice)
{
    // Blobs by format: cached[0] and made[0] the ids, cached[c + 1] and made[c + 1] columns[c].
    std::vector<QByteArray> made(columns.size() + 1);
    std::vector<size_t> missingAt; // positions in `columns` of the columns read from the rows
    bool fromCache = !cached[0].isEmpty() && FrameBlockCodec::decodeIds(cached[0], first, slice);
    for (size_t c = 0; fromCache && c < columns.size(); ++c) {
        if (cached[c + 1].isEmpty())
            missingAt.push_back(c);
        else if (!FrameBlockCodec::decodeColumn(cached[c + 1], slice.rowCount(), slice.column(columns[c].index)))
            fromCache = false; // damaged: the whole block from the rows
    }
    if (fromCache && !missingAt.empty()) {
        std::vector<FrameColumn> missing;
        for (size_t c : missingAt)
            missing.push_back(columns[c]);
        fromCache = RangeReader(db, missing, lo, hi).fillColumns(slice);
    }
    if (!fromCache) {
        slice.clearRows();
        RangeReader(db, columns, lo, hi).readInto(slice);
        missingAt.resize(columns.size());
        std::iota(missingAt.begin(), missingAt.end(), size_t(0));
        if (keep)
            made[0] = FrameBlockCodec::encodeIds(slice, first);
    }
    if (keep) {
        for (size_t c : missingAt)
            made[c + 1] = FrameBlockCodec::encodeColumn(slice.column(columns[c].index));
    }
    return made;
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
    CustomerFrame frame;
    std::vector<FrameColumn> columns;
    for (const QString &key : keys) {
        const AttributeInfo *a = dictionary.find(key);
        if (a && frame.columnIndex(a->key) < 0) // once each, however it was named
            columns.push_back({frame.addColumn(a->key, a->type), a});
    }
    if (onlyId) {
        RangeReader(db, columns, *onlyId, *onlyId).readInto(frame);
        return frame;
    }
    // Block by block, each from the column cache where it holds the block's columns; part 1's
    // blocks wait until part 0 is read whole, then each is appended once and freed.
    const CustomerFrame shape = frame.emptyCopy(); // for the slices of both threads
    CustomerFrame lower = frame.emptyCopy();
    std::vector<CustomerFrame> upper;
    ColumnCache::BlockScan scan(db, cacheFormats(columns));
    qint64 count = 0;
    RangeScan::inHalves(
        db,
        [&](Database &connection, qint64 lo, qint64 hi, int part) {
            if (part == 0)
                frame.reserve(size_t(std::max<qint64>(count, 0))); // every row: no growing
            scan.readPart(connection, lo, hi, part,
                          [&](qint64 a, qint64 b, const std::vector<QByteArray> &cached, bool keep) {
                              if (part == 1) { // kept until part 0 is read
                                  upper.push_back(shape.emptyCopy());
                                  return readBlock(connection, columns, ColumnCache::blockOf(a), a, b, cached,
                                                   keep, upper.back());
                              }
                              lower.clearRows(); // one frame for every block: no allocation per block
                              std::vector<QByteArray> made = readBlock(connection, columns, ColumnCache::blockOf(a),
                                                                       a, b, cached, keep, lower);
                              frame.append(lower);
                              return made;
                          });
        },
        &count, ColumnCache::kBlockSize);
    for (CustomerFrame &slice : upper) {
        frame.append(slice);
        slice = CustomerFrame(); // freed as it is copied
    }
    scan.finish();
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