// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// ClassificationRepository, second half: storing results (one customer, or all of them in one
// transaction that writes only what changed).
#include "storage/ClassificationRepository.h"

#include "engine/Parallel.h"
#include "storage/Database.h"
#include "storage/RangeScan.h"

#include <QDateTime>
#include <algorithm>
#include <array>
#include <unordered_map>

namespace portrait::ClassificationRepository {

namespace {

constexpr const char *kInsertProfile =
    "INSERT OR IGNORE INTO classification_profiles (id, key, category, category_rule, stage, "
    "stage_rule, credit, credit_rule, dr, dr_rule, roles, tags, needs) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char *kInsertRow = "INSERT OR REPLACE INTO classifications (customer_id, "
                                   "profile_id, missing_data) VALUES (?, ?, ?)";

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

// Binds a profile's id, key and outcome texts (empty: NULL) from parameter p on.
void bindProfile(Statement &st, int p, std::optional<qint64> id, const std::string &key,
                 const ClassificationResult::Encoded &e)
{
    if (id)
        st.bind(p++, *id);
    else
        st.bindNull(p++);
    st.bindText(p++, key);
    for (const std::string *s : {&e.category, &e.categoryRule, &e.stage, &e.stageRule, &e.credit,
                                 &e.creditRule, &e.dr, &e.drRule, &e.roles, &e.tags, &e.needs}) {
        if (s->empty())
            st.bindNull(p++);
        else
            st.bindText(p++, *s);
    }
}

// Inserts a new profile unless its key exists; returns its id.
qint64 insertProfile(Database &db, Statement &st, const ClassificationResult::Encoded &e)
{
    const std::string key = profileKey(e);
    bindProfile(st, 1, std::nullopt, key, e);
    st.run();
    st.reset();
    if (db.changes() == 1)
        return db.lastInsertRowId();
    Statement find(db, "SELECT id FROM classification_profiles WHERE key = ?");
    find.bindText(1, key);
    return find.step() ? find.integer(0) : -1;
}

// Runs `head` ("INSERT INTO t (a, b) VALUES ") for `rows` rows of `columns` values, many rows
// per statement: a first run writes a million. bindRow(statement, first parameter, row).
template<typename BindRow>
void insertBatched(Database &db, const std::string &head, int columns, size_t rows, BindRow bindRow)
{
    const size_t batch = std::max<size_t>(1, 768 / size_t(columns));
    auto sql = [&](size_t n) {
        std::string tuple = "(?";
        for (int c = 1; c < columns; ++c)
            tuple += ", ?";
        tuple += ')';
        std::string text = head + tuple;
        for (size_t i = 1; i < n; ++i)
            text += ", " + tuple;
        return text;
    };
    size_t i = 0;
    if (rows >= batch) {
        Statement st(db, sql(batch));
        for (; i + batch <= rows; i += batch) {
            for (size_t r = 0; r < batch; ++r)
                bindRow(st, int(r) * columns + 1, i + r);
            st.run();
            st.reset();
        }
    }
    if (i == rows)
        return;
    Statement st(db, sql(rows - i));
    for (size_t r = 0; i + r < rows; ++r)
        bindRow(st, int(r) * columns + 1, i + r);
    st.run();
}

// Writes (customer id, profile id, missing data) rows in id order (appends at the end of the
// b-tree). Into an empty table plain inserts suffice.
void writeRows(Database &db, std::vector<std::array<qint64, 3>> &rows, bool empty)
{
    if (!std::is_sorted(rows.begin(), rows.end()))
        std::sort(rows.begin(), rows.end());
    insertBatched(db,
                  std::string(empty ? "INSERT" : "INSERT OR REPLACE") +
                      " INTO classifications (customer_id, profile_id, missing_data) VALUES ",
                  3, rows.size(), [&](Statement &st, int p, size_t r) {
                      for (qint64 v : rows[r])
                          st.bind(p++, v);
                  });
}

// Rows grouped by outcome: per group its first row, per row its group, groups numbered in
// order of first appearance.
struct Grouping
{
    std::vector<size_t> representatives;
    std::vector<quint32> groupOfRow;
};

// Groups a large frame in two halves at once, each with its own map; the second half's groups
// are then merged in order, so the numbering is that of a single pass.
Grouping groupRows(const CustomerFrame &frame, const ClassificationResult &result)
{
    struct Part
    {
        std::unordered_map<std::string, quint32> ids;
        std::vector<const std::string *> signatures; // by local group
        std::vector<size_t> representatives;
    };
    const size_t rows = frame.rowCount();
    const size_t mid = rows >= 100000 ? rows / 2 : rows;
    Grouping grouping;
    grouping.groupOfRow.resize(rows);
    Part parts[2];
    Parallel::forChunks(mid < rows ? 2 : 1, [&](size_t part) {
        Part &p = parts[part];
        std::string signature;
        for (size_t row = part == 0 ? 0 : mid; row < (part == 0 ? mid : rows); ++row) {
            result.signature(row, signature);
            auto [it, added] = p.ids.try_emplace(signature, quint32(p.representatives.size()));
            if (added) {
                p.representatives.push_back(row);
                p.signatures.push_back(&it->first);
            }
            grouping.groupOfRow[row] = it->second;
        }
    });
    grouping.representatives = std::move(parts[0].representatives);
    std::vector<quint32> remap;
    for (size_t local = 0; local < parts[1].signatures.size(); ++local) {
        auto [it, added] = parts[0].ids.try_emplace(*parts[1].signatures[local],
                                                    quint32(grouping.representatives.size()));
        if (added)
            grouping.representatives.push_back(parts[1].representatives[local]);
        remap.push_back(it->second);
    }
    for (size_t row = mid; row < rows; ++row)
        grouping.groupOfRow[row] = remap[grouping.groupOfRow[row]];
    return grouping;
}

void setSetting(Database &db, const char *key, const QString &value)
{
    Statement st(db, "INSERT INTO settings(key, value) VALUES (?, ?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bindAll(QString::fromLatin1(key), value).run();
}

} // namespace

void store(Database &db, const CustomerFrame &frame, const ClassificationResult &result)
{
    // Group rows by outcome first (cheap: a few bytes per row), encode each outcome once.
    const Grouping groups = groupRows(frame, result);
    std::vector<ClassificationResult::Encoded> encoded(groups.representatives.size());
    constexpr size_t kEncodeChunk = 512;
    Parallel::forChunks((encoded.size() + kEncodeChunk - 1) / kEncodeChunk, [&](size_t chunk) {
        for (size_t g = chunk * kEncodeChunk;
             g < std::min(encoded.size(), (chunk + 1) * kEncodeChunk); ++g)
            result.encode(groups.representatives[g], encoded[g]);
    });
    const std::vector<quint32> &groupOfRow = groups.groupOfRow;
    db.transaction([&] {
        // Stored profiles keep their ids, so customers whose outcome did not change are not
        // written again: a re-run after a small change writes little.
        std::unordered_map<std::string, qint64> existing;
        {
            Statement st(db, "SELECT id, key FROM classification_profiles");
            while (st.step())
                existing.emplace(std::string(st.textView(1)), st.integer(0));
        }
        // New profiles get ids after the largest stored one and are inserted many at a time.
        qint64 nextId = 1;
        for (const auto &[key, id] : existing)
            nextId = std::max(nextId, id + 1);
        std::vector<qint64> profileOfGroup(encoded.size());
        std::unordered_map<qint64, bool> used;
        std::vector<std::pair<std::string, ClassificationResult::Encoded>> fresh;
        for (size_t g = 0; g < encoded.size(); ++g) {
            ClassificationResult::Encoded &e = encoded[g];
            std::string key = profileKey(e);
            auto [found, added] = existing.try_emplace(key, nextId);
            if (added) {
                ++nextId;
                fresh.emplace_back(std::move(key), std::move(e));
            }
            profileOfGroup[g] = found->second;
            used[found->second] = true;
        }
        insertBatched(
            db,
            "INSERT INTO classification_profiles (id, key, category, category_rule, stage, "
            "stage_rule, credit, credit_rule, dr, dr_rule, roles, tags, needs) VALUES ",
            13, fresh.size(), [&](Statement &st, int p, size_t r) {
                bindProfile(st, p, nextId - qint64(fresh.size()) + qint64(r), fresh[r].first,
                            fresh[r].second);
            });
        // Customer id, then profile id × 2 + missing-data flag; in id order.
        std::vector<std::pair<qint64, qint64>> stored;
        {
            RangeScan::Cursor st(
                db, "SELECT customer_id, profile_id * 2 + missing_data FROM classifications "
                    "ORDER BY customer_id");
            while (st.step())
                stored.emplace_back(st.integer(0), st.integer(1));
        }
        // Only changed and new rows are written, in id order (appends at the end of the b-tree).
        std::vector<std::array<qint64, 3>> writes;
        std::vector<bool> seen(stored.size(), false);
        size_t next = 0; // frames come in id order: try the next stored row before searching
        for (size_t row = 0; row < frame.rowCount(); ++row) {
            const qint64 id = frame.id(row);
            const qint64 profile = profileOfGroup[groupOfRow[row]];
            const qint64 missing = result.dependsOnMissingData(row) ? 1 : 0;
            size_t at = next;
            if (at >= stored.size() || stored[at].first != id)
                at = size_t(
                    std::lower_bound(stored.begin(), stored.end(), std::pair{id, qint64(-1)}) -
                    stored.begin());
            if (at < stored.size() && stored[at].first == id) {
                seen[at] = true;
                next = at + 1;
                if (stored[at].second == profile * 2 + missing)
                    continue;
            }
            writes.push_back({id, profile, missing});
        }
        writeRows(db, writes, stored.empty());
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
            const qint64 profile = insertProfile(db, profiles, e);
            insert.bind(1, frame.id(row)).bind(2, profile);
            insert.bind(3, result.dependsOnMissingData(row) ? 1 : 0).run();
            insert.reset();
        }
    });
}

} // namespace portrait::ClassificationRepository
