// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "storage/PortraitCustomerReader.h"

#include "core/TextInterner.h"
#include "portrait/PortraitData.h"
#include "storage/ClassificationRepository.h"
#include "storage/ColumnCache.h"
#include "storage/Database.h"
#include "storage/PortraitBlockCodec.h"
#include "storage/RangeScan.h"
#include "storage/ResultWalk.h"

#include <cmath>
#include <limits>
#include <string>
#include <unordered_map>

namespace portrait::PortraitCustomerReader {

namespace {

// The ids of an enumeration's or the labels' values (qint16: more distinct values than any card
// shows are left out).
class Interner
{
public:
    explicit Interner(QStringList &names) : m_names(names) {}
    qint16 operator()(std::string_view v)
    {
        if (v.empty())
            return -1;
        if (m_names.size() >= std::numeric_limits<qint16>::max())
            return qint16(m_texts.find(v));
        bool added = false;
        const qint16 id = qint16(m_texts.intern(v, &added));
        if (added)
            m_names << QString::fromUtf8(v.data(), qsizetype(v.size()));
        return id;
    }

private:
    QStringList &m_names;
    TextInterner m_texts;
};

// The customer columns the portraits read, each with its uses: tracked for completeness (bit),
// a number, an enumeration, the labels.
struct ColumnUse
{
    std::string key;
    int tracked = -1, number = -1, enumeration = -1;
    bool labels = false;
};

std::vector<ColumnUse> customerColumns()
{
    std::vector<ColumnUse> columns;
    auto use = [&](const std::string &key) -> ColumnUse & {
        for (ColumnUse &c : columns) {
            if (c.key == key)
                return c;
        }
        columns.push_back({key});
        return columns.back();
    };
    const QStringList &tracked = PortraitData::trackedAttributes();
    for (int i = 0; i < tracked.size(); ++i)
        use(tracked[i].toStdString()).tracked = i;
    for (int n = 0; n < PortraitData::NumberCount; ++n)
        use(PortraitData::numberKey(n)).number = n;
    for (int e = 0; e < PortraitData::EnumCount; ++e)
        use(PortraitData::enumKey(e)).enumeration = e;
    use("labels").labels = true;
    return columns;
}

// The dictionaries of one id range while it is read.
struct Dictionaries
{
    explicit Dictionaries(PortraitData &data) : labels(data.labelNames)
    {
        for (int e = 0; e < PortraitData::EnumCount; ++e)
            enums.emplace_back(data.enumValues[size_t(e)]);
    }
    std::vector<Interner> enums;
    Interner labels;
    std::unordered_map<double, qint16> volts; // a number shown as a value: 10 → "10kV"
};

void reserveRows(PortraitData &data, size_t rows)
{
    data.ids.reserve(rows);
    data.filled.reserve(rows);
    data.profile.reserve(rows);
    data.missingData.reserve(rows);
    for (auto &v : data.numbers)
        v.reserve(rows);
    for (auto &v : data.enums)
        v.reserve(rows);
    data.labelOffsets.reserve(rows + 1);
}

// Reads the customers with lo ≤ id ≤ hi, in id order, into `data` (its customer columns only).
void readCustomers(Database &db, qint64 lo, qint64 hi, qint64 expected, PortraitData &data, Dictionaries &dict)
{
    const std::vector<ColumnUse> columns = customerColumns();
    std::string sql = "SELECT id";
    for (const ColumnUse &c : columns)
        sql += ", \"" + c.key + '"';
    RangeScan::Cursor st(db, sql + " FROM customers WHERE id BETWEEN ? AND ? ORDER BY id");
    st.bind(1, lo);
    st.bind(2, hi);
    reserveRows(data, size_t(std::max<qint64>(expected, 0)));
    // The columns by use, so that the loop over a million rows does not branch on uses; bit 0
    // for a column that is not tracked.
    struct Use
    {
        int column, index;
        quint64 bit;
    };
    std::vector<Use> flags, numbers, enums;
    Use volt{-1, PortraitData::VoltKv, 0}, labels{-1, -1, 0};
    for (size_t c = 0; c < columns.size(); ++c) {
        const ColumnUse &u = columns[c];
        const Use use{int(c) + 1, -1, u.tracked >= 0 ? quint64(1) << u.tracked : 0};
        if (u.number >= 0)
            numbers.push_back({use.column, u.number, use.bit});
        else if (u.enumeration == PortraitData::VoltKv)
            volt = {use.column, u.enumeration, use.bit};
        else if (u.enumeration >= 0)
            enums.push_back({use.column, u.enumeration, use.bit});
        else if (u.labels)
            labels = {use.column, -1, use.bit};
        else
            flags.push_back(use);
    }
    const float nan = std::numeric_limits<float>::quiet_NaN();
    while (st.step()) {
        data.ids.push_back(st.integer(0));
        quint64 filled = 0;
        for (const Use &u : flags)
            filled |= st.value(u.column).filled() ? u.bit : 0;
        for (const Use &u : numbers) {
            const RangeScan::Cursor::Value v = st.value(u.column);
            filled |= v.filled() ? u.bit : 0;
            data.numbers[size_t(u.index)].push_back(v.isNull() ? nan : float(v.real()));
        }
        for (const Use &u : enums) {
            const RangeScan::Cursor::Value v = st.value(u.column);
            filled |= v.filled() ? u.bit : 0;
            data.enums[size_t(u.index)].push_back(v.isNull() ? qint16(-1) : dict.enums[size_t(u.index)](v.text()));
        }
        if (volt.column > 0) {
            const RangeScan::Cursor::Value v = st.value(volt.column);
            filled |= v.filled() ? volt.bit : 0;
            qint16 id = -1;
            if (!v.isNull()) {
                const double kv = v.real();
                auto it = dict.volts.find(kv);
                if (it == dict.volts.end())
                    it = dict.volts.emplace(kv, dict.enums[size_t(volt.index)](QString::number(kv).toStdString() + "kV"))
                             .first;
                id = it->second;
            }
            data.enums[size_t(volt.index)].push_back(id);
        }
        if (labels.column > 0) {
            const RangeScan::Cursor::Value v = st.value(labels.column);
            filled |= v.filled() ? labels.bit : 0;
            std::string_view l = v.isNull() ? std::string_view() : v.text();
            while (!l.empty()) {
                const size_t cut = l.find(';');
                const qint16 id = dict.labels(l.substr(0, cut));
                if (id >= 0)
                    data.labelItems.push_back(id);
                l = cut == std::string_view::npos ? std::string_view() : l.substr(cut + 1);
            }
            data.labelOffsets.push_back(quint32(data.labelItems.size()));
        }
        data.filled.push_back(filled);
    }
    data.profile.assign(data.ids.size(), -1);
    data.missingData.assign(data.ids.size(), 0);
}

// Reads the stored outcomes of the customers with lo ≤ id ≤ hi into `data` (read by
// readCustomers); `index` maps profile ids to indexes of data.profiles.
void readOutcomes(Database &db, qint64 lo, qint64 hi, const std::unordered_map<qint64, qint32> &index,
                  PortraitData &data)
{
    ResultWalk results(db, lo, hi);
    for (size_t row = 0; row < data.ids.size(); ++row) {
        if (results.seek(data.ids[row])) {
            const auto it = index.find(results.profile());
            data.profile[row] = it == index.end() ? -1 : it->second;
            data.missingData[row] = results.missingData() ? 1 : 0;
        }
    }
}

std::unordered_map<qint64, qint32> loadProfiles(Database &db, PortraitData &data)
{
    std::unordered_map<qint64, qint32> index;
    Statement profiles(db, "SELECT id, category, category_rule, stage, stage_rule, credit, dr, roles, needs "
                           "FROM classification_profiles ORDER BY id");
    while (profiles.step()) {
        index.emplace(profiles.integer(0), qint32(data.profiles.size()));
        ClassificationProfile p{profiles.text(1), profiles.text(2), profiles.text(3), profiles.text(4),
                                profiles.text(5), profiles.text(6),
                                profiles.text(7).split(QLatin1Char(';'), Qt::SkipEmptyParts), {}};
        for (const auto &n : ClassificationRepository::decodeNeeds(profiles.text(8)))
            p.needs.append({n.code, n.sources});
        data.profiles << p;
    }
    return index;
}

// Appends the customers of `upper` (the higher ids) to `data`, re-coding its dictionary ids.
void appendCustomers(PortraitData &data, Dictionaries &dict, const PortraitData &upper)
{
    auto remap = [](Interner &into, const QStringList &names) {
        std::vector<qint16> ids;
        for (const QString &n : names)
            ids.push_back(into(n.toStdString()));
        return ids;
    };
    auto append = [](auto &to, const auto &from) { to.insert(to.end(), from.begin(), from.end()); };
    append(data.ids, upper.ids);
    append(data.filled, upper.filled);
    append(data.profile, upper.profile);
    append(data.missingData, upper.missingData);
    for (int n = 0; n < PortraitData::NumberCount; ++n)
        append(data.numbers[size_t(n)], upper.numbers[size_t(n)]);
    for (int e = 0; e < PortraitData::EnumCount; ++e) {
        const std::vector<qint16> ids = remap(dict.enums[size_t(e)], upper.enumValues[size_t(e)]);
        for (qint16 v : upper.enums[size_t(e)])
            data.enums[size_t(e)].push_back(v < 0 ? v : ids[size_t(v)]);
    }
    const std::vector<qint16> labels = remap(dict.labels, upper.labelNames);
    const quint32 base = quint32(data.labelItems.size());
    for (qint16 v : upper.labelItems) {
        if (labels[size_t(v)] >= 0)
            data.labelItems.push_back(labels[size_t(v)]);
    }
    // A label the merged dictionary cannot hold any more is dropped, as a single scan would.
    if (data.labelItems.size() - base == upper.labelItems.size()) {
        for (size_t r = 1; r < upper.labelOffsets.size(); ++r)
            data.labelOffsets.push_back(base + upper.labelOffsets[r]);
    } else {
        for (size_t r = 0; r + 1 < upper.labelOffsets.size(); ++r) {
            quint32 kept = 0;
            for (quint32 i = upper.labelOffsets[r]; i < upper.labelOffsets[r + 1]; ++i)
                kept += labels[size_t(upper.labelItems[i])] >= 0 ? 1 : 0;
            data.labelOffsets.push_back(data.labelOffsets.back() + kept);
        }
    }
}

// The name of the cached blocks' format: the codec's version, the byte order and the columns.
std::string blockFormat()
{
    std::string format = Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? "portrait-customers:1 le " : "portrait-customers:1 be ";
    for (const ColumnUse &c : customerColumns())
        format += c.key + ',';
    return format;
}

} // namespace

// The customer columns and stored outcomes of every customer, in two id ranges at once, each
// block of ids from the column cache when it holds it, otherwise from the rows (and then kept
// there when the workspace can be written).
void load(Database &db, PortraitData &data)
{
    const std::unordered_map<qint64, qint32> index = loadProfiles(db, data);
    Dictionaries dict(data);
    // Part 1's blocks, with their outcomes, wait until part 0 is read whole; each is then
    // appended once and freed.
    std::vector<PortraitData> upper;
    ColumnCache::BlockScan scan(db, {blockFormat()});
    qint64 count = 0;
    RangeScan::inHalves(
        db,
        [&](Database &connection, qint64 lo, qint64 hi, int p) {
            if (p == 0)
                reserveRows(data, size_t(std::max<qint64>(count, 0))); // every row: no growing
            scan.readPart(connection, lo, hi, p, [&](qint64 a, qint64 b, const std::vector<QByteArray> &cached, bool keep) {
                PortraitData block;
                std::vector<QByteArray> blob(1);
                if (cached[0].isEmpty() || !PortraitBlockCodec::decode(cached[0], block)) {
                    block = PortraitData();
                    Dictionaries blockDict(block);
                    readCustomers(connection, a, b, b - a + 1, block, blockDict);
                    if (keep)
                        blob[0] = PortraitBlockCodec::encode(block);
                }
                if (p == 0) {
                    appendCustomers(data, dict, block);
                } else {
                    readOutcomes(connection, a, b, index, block);
                    upper.push_back(std::move(block));
                }
                return blob;
            });
            if (p == 0)
                readOutcomes(connection, lo, hi, index, data);
        },
        &count, ColumnCache::kBlockSize);
    for (PortraitData &block : upper) {
        appendCustomers(data, dict, block);
        block = PortraitData(); // freed as it is copied
    }
    scan.finish();
}

} // namespace portrait::PortraitCustomerReader
