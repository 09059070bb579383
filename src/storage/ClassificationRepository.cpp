// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "storage/ClassificationRepository.h"

#include "core/AttributeDictionary.h"
#include "engine/Condition.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>
#include <unordered_map>

namespace portrait::ClassificationRepository {

namespace {

constexpr qint64 kParallelRows = 200000;

// Reads customers with lo ≤ id ≤ hi (or the one id) into a frame with the given columns.
void readRange(Database &db, const QList<const AttributeInfo *> &attributes, CustomerFrame &frame,
               qint64 lo, qint64 hi, qint64 expected)
{
    std::string sql = "SELECT id";
    for (const AttributeInfo *a : attributes)
        sql += ", " + CustomerRepository::columnExpression(*a);
    sql += " FROM customers WHERE id BETWEEN ? AND ? ORDER BY id";
    Statement st(db, sql);
    st.bindAll(lo, hi);
    frame.reserve(size_t(std::max<qint64>(expected, 0)));
    while (st.step()) {
        frame.appendRow(st.integer(0));
        for (int c = 0; c < int(attributes.size()); ++c) {
            CustomerFrame::Column &col = frame.column(c);
            if (st.isNull(c + 1)) {
                col.appendEmpty();
                continue;
            }
            switch (col.type()) {
            case AttributeType::Number:
                col.appendNumber(st.real(c + 1));
                break;
            case AttributeType::Date: {
                const std::string_view v = st.textView(c + 1);
                col.appendIsoDate(QByteArrayView(v.data(), qsizetype(v.size())));
                break;
            }
            case AttributeType::List: {
                const std::string_view v = st.textView(c + 1);
                col.appendList(QByteArrayView(v.data(), qsizetype(v.size())));
                break;
            }
            default: {
                const std::string_view v = st.textView(c + 1);
                col.appendText(QByteArrayView(v.data(), qsizetype(v.size())));
            }
            }
        }
    }
}

constexpr const char *kInsertProfile =
    "INSERT OR IGNORE INTO classification_profiles (id, key, category, category_rule, stage, "
    "stage_rule, credit, credit_rule, dr, dr_rule, roles, tags, needs) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char *kInsertRow =
    "INSERT OR REPLACE INTO classifications (customer_id, profile_id, missing_data) VALUES (?, ?, ?)";

// The text of an outcome that identifies its profile row.
std::string profileKey(const ClassificationResult::Encoded &e)
{
    std::string key;
    for (const std::string *s : {&e.category, &e.categoryRule, &e.stage, &e.stageRule, &e.credit,
                                 &e.creditRule, &e.dr, &e.drRule, &e.roles, &e.tags, &e.needs}) {
        key += *s;
        key += '|';
    }
    return key;
}

// Inserts a profile (id null: a new one) unless its key exists; returns its id.
qint64 insertProfile(Database &db, Statement &st, std::optional<qint64> id,
                     const ClassificationResult::Encoded &e)
{
    const std::string key = profileKey(e);
    if (id)
        st.bind(1, *id);
    else
        st.bindNull(1);
    st.bindText(2, key);
    int i = 3;
    for (const std::string *s : {&e.category, &e.categoryRule, &e.stage, &e.stageRule, &e.credit,
                                 &e.creditRule, &e.dr, &e.drRule, &e.roles, &e.tags, &e.needs}) {
        if (s->empty())
            st.bindNull(i++);
        else
            st.bindText(i++, *s);
    }
    st.run();
    st.reset();
    if (id)
        return *id;
    if (db.changes() == 1)
        return db.lastInsertRowId();
    Statement find(db, "SELECT id FROM classification_profiles WHERE key = ?");
    find.bindText(1, key);
    return find.step() ? find.integer(0) : -1;
}

void setSetting(Database &db, const char *key, const QString &value)
{
    Statement st(db, "INSERT INTO settings(key, value) VALUES (?, ?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bindAll(QString::fromLatin1(key), value).run();
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
    Statement range(db, "SELECT min(id), max(id), count(*) FROM customers");
    range.step();
    const qint64 lo = range.integer(0), hi = range.integer(1), count = range.integer(2);
    const bool inMemory = db.path().isEmpty() || db.path() == QLatin1String(":memory:");
    if (count < kParallelRows || inMemory || db.inTransaction()) {
        readRange(db, attributes, frame, lo, hi, count);
        return frame;
    }
    // Two halves by id, the second on its own read-only connection (WAL lets both read at once).
    const qint64 mid = lo + (hi - lo) / 2;
    std::unique_ptr<Database> second = Database::open(db.path(), Database::Mode::ReadOnly);
    CustomerFrame upper = makeFrame();
    std::exception_ptr failure;
    std::thread helper([&] {
        try {
            readRange(*second, attributes, upper, mid + 1, hi, count / 2);
        } catch (...) {
            failure = std::current_exception();
        }
    });
    try {
        readRange(db, attributes, frame, lo, mid, count / 2);
    } catch (...) {
        helper.join();
        throw;
    }
    helper.join();
    if (failure)
        std::rethrow_exception(failure);
    frame.append(upper);
    return frame;
}

void store(Database &db, const CustomerFrame &frame, const ClassificationResult &result)
{
    // Group rows by outcome first (cheap: a few bytes per row), encode each outcome once.
    std::unordered_map<std::string, quint32> groupIds;
    std::vector<size_t> representatives;
    std::vector<quint32> groupOfRow(frame.rowCount());
    std::string signature;
    for (size_t row = 0; row < frame.rowCount(); ++row) {
        result.signature(row, signature);
        auto [it, added] = groupIds.try_emplace(signature, quint32(representatives.size()));
        if (added)
            representatives.push_back(row);
        groupOfRow[row] = it->second;
    }
    db.transaction([&] {
        // Stored profiles keep their ids, so customers whose outcome did not change are not
        // written again: a re-run after a small change writes little.
        std::unordered_map<std::string, qint64> existing;
        {
            Statement st(db, "SELECT id, key FROM classification_profiles");
            while (st.step())
                existing.emplace(std::string(st.textView(1)), st.integer(0));
        }
        std::vector<qint64> profileOfGroup(representatives.size());
        std::unordered_map<qint64, bool> used;
        Statement insertProfileSt(db, kInsertProfile);
        ClassificationResult::Encoded e;
        for (size_t g = 0; g < representatives.size(); ++g) {
            result.encode(representatives[g], e);
            const auto found = existing.find(profileKey(e));
            profileOfGroup[g] = found != existing.end()
                                    ? found->second
                                    : insertProfile(db, insertProfileSt, std::nullopt, e);
            used[profileOfGroup[g]] = true;
        }
        // Customer id, then profile id × 2 + missing-data flag; in id order.
        std::vector<std::pair<qint64, qint64>> stored;
        {
            Statement st(db, "SELECT customer_id, profile_id * 2 + missing_data FROM classifications "
                             "ORDER BY customer_id");
            while (st.step())
                stored.emplace_back(st.integer(0), st.integer(1));
        }
        Statement write(db, kInsertRow);
        std::vector<bool> seen(stored.size(), false);
        for (size_t row = 0; row < frame.rowCount(); ++row) {
            const qint64 id = frame.id(row);
            const qint64 profile = profileOfGroup[groupOfRow[row]];
            const int missing = result.dependsOnMissingData(row) ? 1 : 0;
            const auto at = std::lower_bound(stored.begin(), stored.end(), std::pair{id, qint64(-1)});
            if (at != stored.end() && at->first == id) {
                seen[size_t(at - stored.begin())] = true;
                if (at->second == profile * 2 + missing)
                    continue;
            }
            write.bind(1, id).bind(2, profile).bind(3, missing).run();
            write.reset();
        }
        Statement removeRow(db, "DELETE FROM classifications WHERE customer_id = ?");
        for (size_t i = 0; i < stored.size(); ++i) {
            if (!seen[i])
                removeRow.bind(1, stored[i].first).run(), removeRow.reset();
        }
        Statement removeProfile(db, "DELETE FROM classification_profiles WHERE id = ?");
        for (const auto &[key, id] : existing) {
            if (!used.count(id))
                removeProfile.bind(1, id).run(), removeProfile.reset();
        }
        setSetting(db, "classification_data_date", result.dataDate().toString(Qt::ISODate));
        setSetting(db, "classified_at", QDateTime::currentDateTime().toString(Qt::ISODateWithMs));
    });
}

void storeRows(Database &db, const CustomerFrame &frame, const ClassificationResult &result,
               const std::vector<size_t> &rows)
{
    db.transaction([&] {
        Statement profiles(db, kInsertProfile);
        Statement insert(db, kInsertRow);
        ClassificationResult::Encoded e;
        for (size_t row : rows) {
            result.encode(row, e);
            const qint64 profile = insertProfile(db, profiles, std::nullopt, e);
            insert.bind(1, frame.id(row)).bind(2, profile);
            insert.bind(3, result.dependsOnMissingData(row) ? 1 : 0).run();
            insert.reset();
        }
    });
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
