// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "storage/FrameBlockCodec.h"

#include "storage/BlobIo.h"
#include "storage/ColumnCache.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <type_traits>

namespace portrait {

namespace {

constexpr quint32 kIdsMagic = 0x31495750;    // "PWI1"
constexpr quint32 kColumnMagic = 0x31465750; // "PWF1"

// How a column's values are stored.
enum Encoding : quint8 {
    AllEmpty = 0, // no value in the block
    Narrow = 1,   // unsigned offsets from a base, 1, 2 or 4 bytes wide: for numbers and dates a
                  // bitmap of the filled values, then theirs; for texts ids, all ones empty
    Raw = 2,      // as the frame holds them (doubles, day numbers)
};

constexpr double kPow10[] = {1, 10, 100, 1000, 10000};
constexpr int kMaxScale = 4;
// Integers a double holds exactly, with room for the offsets added to a base.
constexpr qint64 kExact = qint64(1) << 52;

constexpr quint32 allOnes(int width) { return width == 4 ? 0xFFFFFFFFu : (1u << (8 * width)) - 1; }

// The narrowest width whose all-ones (empty) stays above maxValue; 0 when none does.
int widthFor(quint64 maxValue)
{
    for (int width : {1, 2, 4}) {
        if (maxValue < allOnes(width))
            return width;
    }
    return 0;
}

// Writes n offsets of the given width; offset(i) returns the offset of value i or all ones.
template<typename Offset>
void putOffsets(QByteArray &out, int width, size_t n, Offset offset)
{
    const qsizetype at = out.size();
    out.resize(at + qsizetype(n) * width);
    char *p = out.data() + at;
    for (size_t i = 0; i < n; ++i, p += width) {
        const quint32 v = offset(i);
        if (width == 1) {
            *p = char(quint8(v));
        } else if (width == 2) {
            const quint16 v16 = quint16(v);
            std::memcpy(p, &v16, 2);
        } else {
            std::memcpy(p, &v, 4);
        }
    }
}

// Reads n offsets of the given width; sink(i, offset, empty) takes each.
template<typename Sink>
bool getOffsets(BlobIo::Reader &in, int width, size_t n, Sink sink)
{
    if (width != 1 && width != 2 && width != 4)
        return false;
    const char *p = width == 1 ? in.take<quint8>(n) : width == 2 ? in.take<quint16>(n) : in.take<quint32>(n);
    if (!p)
        return false;
    const quint32 empty = allOnes(width);
    for (size_t i = 0; i < n; ++i, p += width) {
        quint32 v = 0;
        if (width == 1) {
            v = quint8(*p);
        } else if (width == 2) {
            quint16 v16;
            std::memcpy(&v16, p, 2);
            v = v16;
        } else {
            std::memcpy(&v, p, 4);
        }
        if (!sink(i, v, v == empty))
            return false;
    }
    return true;
}

// One bit per value (set: filled), then the offsets of the filled values only: most columns of
// a kind-specific attribute (storage, PV, carbon) are empty for almost every customer.
template<typename Filled>
quint32 putBitmap(QByteArray &out, size_t n, Filled filled)
{
    const qsizetype at = out.size();
    out.resize(at + qsizetype((n + 7) / 8), '\0');
    char *bits = out.data() + at;
    quint32 count = 0;
    for (size_t i = 0; i < n; ++i) {
        if (filled(i)) {
            bits[i / 8] = char(quint8(bits[i / 8]) | (1u << (i % 8)));
            ++count;
        }
    }
    return count;
}

// The bitmap of n values with `count` bits set, or null when it is not that.
const char *getBitmap(BlobIo::Reader &in, size_t n, quint32 count)
{
    const char *bits = in.take<quint8>((n + 7) / 8);
    if (!bits)
        return nullptr;
    size_t set = 0;
    for (size_t i = 0; i < (n + 7) / 8; ++i)
        set += size_t(__builtin_popcount(quint8(bits[i])));
    const bool spare = n % 8 == 0 || (quint8(bits[n / 8]) >> (n % 8)) == 0; // no bit past the end
    return set == count && spare ? bits : nullptr;
}

inline bool bit(const char *bits, size_t i) { return (quint8(bits[i / 8]) >> (i % 8)) & 1u; }

void putHeader(QByteArray &out, AttributeType type, Encoding encoding, size_t rows)
{
    BlobIo::put(out, kColumnMagic);
    BlobIo::put(out, quint8(type));
    BlobIo::put(out, quint8(encoding));
    BlobIo::put(out, quint32(rows));
}

// The integer x is at the given scale, when it comes back as exactly x.
inline bool scaledExactly(double x, int scale, qint64 &i)
{
    const double scaled = x * kPow10[scale];
    // ±0 must come back with its sign, infinities and huge values as they are.
    if (!(std::fabs(scaled) < double(kExact)) || (x == 0 && std::signbit(x)))
        return false;
    i = std::llround(scaled);
    return double(i) / kPow10[scale] == x;
}

// The smallest scale (a power of ten) that turns every value into an integer and back exactly,
// with the integers' range; false when there is none. A pass raises the scale as values need
// it; another pass at the raised scale checks every value again and takes the range.
bool findScale(const std::vector<double> &values, int &scale, qint64 &lo, qint64 &hi)
{
    scale = 0;
    for (;;) {
        const int start = scale;
        lo = std::numeric_limits<qint64>::max();
        hi = std::numeric_limits<qint64>::min();
        for (double x : values) {
            if (std::isnan(x))
                continue;
            qint64 i = 0;
            while (!scaledExactly(x, scale, i)) {
                if (++scale > kMaxScale)
                    return false;
            }
            lo = std::min(lo, i);
            hi = std::max(hi, i);
        }
        if (scale == start)
            return true;
    }
}

// Narrow: scale, width, base, the number of filled values, their bitmap, their offsets.
template<typename T, typename Offset>
void putNarrow(QByteArray &out, const std::vector<T> &values, int width, Offset offset, T empty)
{
    const qsizetype countAt = out.size();
    BlobIo::put(out, quint32(0));
    const quint32 count = putBitmap(out, values.size(), [&](size_t i) {
        if constexpr (std::is_floating_point_v<T>)
            return !std::isnan(values[i]);
        else
            return values[i] != empty;
    });
    std::memcpy(out.data() + countAt, &count, sizeof count);
    std::vector<quint32> offsets;
    offsets.reserve(count);
    for (size_t i = 0; i < values.size(); ++i) {
        if (bit(out.constData() + countAt + sizeof count, i))
            offsets.push_back(offset(values[i]));
    }
    putOffsets(out, width, offsets.size(), [&](size_t i) { return offsets[i]; });
}

// Reads what putNarrow wrote: value(offset) for the filled rows, `empty` for the others.
template<typename T, typename Value>
bool getNarrow(BlobIo::Reader &in, int width, size_t rows, std::vector<T> &values, T empty, Value value)
{
    quint32 count = 0;
    const char *bits = nullptr;
    if (!in.get(count) || count > rows || !(bits = getBitmap(in, rows, count)))
        return false;
    std::vector<quint32> offsets;
    offsets.reserve(count);
    if (!getOffsets(in, width, count, [&](size_t, quint32 o, bool isEmpty) {
            offsets.push_back(o);
            return !isEmpty;
        }))
        return false;
    values.resize(rows);
    size_t next = 0;
    for (size_t r = 0; r < rows; ++r) {
        if (!bit(bits, r)) {
            values[r] = empty;
        } else if (!value(offsets[next++], values[r])) {
            return false;
        }
    }
    return true;
}

void encodeNumbers(QByteArray &out, const std::vector<double> &values)
{
    int scale = 0;
    qint64 lo = 0, hi = 0;
    if (findScale(values, scale, lo, hi)) {
        if (const int width = widthFor(quint64(hi - lo))) {
            putHeader(out, AttributeType::Number, Narrow, values.size());
            BlobIo::put(out, quint8(scale));
            BlobIo::put(out, quint8(width));
            BlobIo::put(out, lo);
            const double p = kPow10[scale];
            putNarrow(out, values, width, [&](double v) { return quint32(std::llround(v * p) - lo); },
                      std::numeric_limits<double>::quiet_NaN());
            return;
        }
    }
    putHeader(out, AttributeType::Number, Raw, values.size());
    BlobIo::putArray(out, values);
}

bool decodeNumbers(BlobIo::Reader &in, Encoding encoding, size_t rows, std::vector<double> &values)
{
    if (encoding == Raw)
        return in.getArray(values, rows);
    quint8 scale = 0, width = 0;
    qint64 base = 0;
    if (encoding != Narrow || !in.get(scale) || !in.get(width) || !in.get(base) || scale > kMaxScale ||
        base <= -kExact || base >= kExact)
        return false;
    const double p = kPow10[scale];
    return getNarrow(in, width, rows, values, std::numeric_limits<double>::quiet_NaN(), [&](quint32 o, double &v) {
        v = double(base + qint64(o)) / p;
        return true;
    });
}

void encodeDates(QByteArray &out, const std::vector<qint32> &codes)
{
    qint32 lo = std::numeric_limits<qint32>::max(), hi = std::numeric_limits<qint32>::min();
    for (qint32 c : codes) {
        if (c != CustomerFrame::kNoDate) {
            lo = std::min(lo, c);
            hi = std::max(hi, c);
        }
    }
    // kNoDate is the smallest qint32 and not counted, so hi − lo < 2^32 − 1: four bytes always do.
    const int width = widthFor(quint64(qint64(hi) - lo));
    putHeader(out, AttributeType::Date, Narrow, codes.size());
    BlobIo::put(out, quint8(width));
    BlobIo::put(out, lo);
    putNarrow(out, codes, width, [&](qint32 c) { return quint32(qint64(c) - lo); }, CustomerFrame::kNoDate);
}

bool decodeDates(BlobIo::Reader &in, Encoding encoding, size_t rows, std::vector<qint32> &codes)
{
    quint8 width = 0;
    qint32 base = 0;
    if (encoding != Narrow || !in.get(width) || !in.get(base))
        return false;
    return getNarrow(in, width, rows, codes, CustomerFrame::kNoDate, [&](quint32 o, qint32 &day) {
        const qint64 d = qint64(base) + o;
        day = qint32(d);
        return d <= std::numeric_limits<qint32>::max() && d != CustomerFrame::kNoDate;
    });
}

} // namespace

QByteArray FrameBlockCodec::encodeIds(const CustomerFrame &frame, qint64 first)
{
    // A bit per id of the block.
    QByteArray out;
    BlobIo::put(out, kIdsMagic);
    BlobIo::put(out, quint32(frame.rowCount()));
    std::vector<bool> present(size_t(ColumnCache::kBlockSize));
    for (size_t r = 0; r < frame.rowCount(); ++r)
        present[size_t(frame.id(r) - first)] = true;
    putBitmap(out, present.size(), [&](size_t i) { return present[i]; });
    return out;
}

bool FrameBlockCodec::decodeIds(const QByteArray &bytes, qint64 first, CustomerFrame &frame)
{
    BlobIo::Reader in(bytes);
    quint32 magic = 0, rows = 0;
    const char *bits = nullptr;
    if (!in.get(magic) || magic != kIdsMagic || !in.get(rows) ||
        !(bits = getBitmap(in, size_t(ColumnCache::kBlockSize), rows)) || !in.atEnd())
        return false;
    frame.reserve(rows);
    for (size_t i = 0; i < size_t(ColumnCache::kBlockSize); ++i) {
        if (bit(bits, i))
            frame.appendRow(first + qint64(i));
    }
    return true;
}

QByteArray FrameBlockCodec::encodeColumn(const CustomerFrame::Column &column)
{
    QByteArray out;
    const size_t rows = column.m_type == AttributeType::Number ? column.m_numbers.size()
                        : column.m_type == AttributeType::List ? column.m_offsets.size() - 1
                                                               : column.m_codes.size();
    bool empty = true;
    for (size_t r = 0; empty && r < rows; ++r)
        empty = column.isEmpty(r);
    if (empty) {
        putHeader(out, column.m_type, AllEmpty, rows);
        return out;
    }
    switch (column.m_type) {
    case AttributeType::Number:
        encodeNumbers(out, column.m_numbers);
        return out;
    case AttributeType::Date:
        encodeDates(out, column.m_codes);
        return out;
    default:
        break;
    }
    // Texts and lists: the block's dictionary, then ids into it.
    putHeader(out, column.m_type, Narrow, rows);
    BlobIo::put(out, quint32(column.m_texts.size()));
    for (const std::string &value : column.m_texts.values())
        BlobIo::putString(out, value);
    const int idWidth = widthFor(column.m_texts.size());
    BlobIo::put(out, quint8(idWidth));
    if (column.m_type != AttributeType::List) {
        putOffsets(out, idWidth, rows, [&](size_t i) {
            return column.m_codes[i] < 0 ? allOnes(idWidth) : quint32(column.m_codes[i]);
        });
        return out;
    }
    quint32 most = 0;
    for (size_t r = 0; r < rows; ++r)
        most = std::max(most, column.m_offsets[r + 1] - column.m_offsets[r]);
    const int countWidth = widthFor(most);
    BlobIo::put(out, quint8(countWidth));
    putOffsets(out, countWidth, rows, [&](size_t i) { return column.m_offsets[i + 1] - column.m_offsets[i]; });
    BlobIo::put(out, quint32(column.m_items.size()));
    putOffsets(out, idWidth, column.m_items.size(), [&](size_t i) { return quint32(column.m_items[i]); });
    return out;
}

bool FrameBlockCodec::decodeColumn(const QByteArray &bytes, size_t rows, CustomerFrame::Column &column)
{
    BlobIo::Reader in(bytes);
    quint32 magic = 0, count = 0;
    quint8 type = 0, encoding = 0;
    if (!in.get(magic) || magic != kColumnMagic || !in.get(type) || type != quint8(column.m_type) ||
        !in.get(encoding) || !in.get(count) || count != rows)
        return false;
    if (encoding == AllEmpty) {
        for (size_t r = 0; r < rows; ++r)
            column.appendEmpty();
        return in.atEnd();
    }
    bool ok = false;
    switch (column.m_type) {
    case AttributeType::Number:
        ok = decodeNumbers(in, Encoding(encoding), rows, column.m_numbers);
        break;
    case AttributeType::Date:
        ok = decodeDates(in, Encoding(encoding), rows, column.m_codes);
        break;
    default: {
        // The block's dictionary, interned into the column's (which may merge repeated values).
        quint32 size = 0;
        quint8 idWidth = 0;
        // Each entry takes its 4-byte length and at least one byte: a damaged size cannot
        // reserve more than the blob could hold.
        if (encoding != Narrow || !in.get(size) || size > in.remaining() / 5)
            return false;
        std::vector<qint32> ids;
        ids.reserve(size);
        for (quint32 i = 0; i < size; ++i) {
            std::string_view value;
            if (!in.getString(value) || value.empty())
                return false;
            ids.push_back(column.intern(QByteArrayView(value.data(), qsizetype(value.size()))));
        }
        if (!in.get(idWidth) || idWidth == 0 || idWidth != widthFor(size))
            return false;
        auto id = [&](quint32 offset, qint32 &out) {
            if (offset >= size)
                return false;
            out = ids[offset];
            return true;
        };
        if (column.m_type != AttributeType::List) {
            column.m_codes.resize(rows);
            ok = getOffsets(in, idWidth, rows, [&](size_t i, quint32 offset, bool empty) {
                if (empty) {
                    column.m_codes[i] = -1;
                    return true;
                }
                return id(offset, column.m_codes[i]);
            });
            break;
        }
        quint8 countWidth = 0;
        quint32 items = 0;
        column.m_offsets.assign(1, 0);
        if (!in.get(countWidth) ||
            !getOffsets(in, countWidth, rows, [&](size_t, quint32 n, bool) {
                column.m_offsets.push_back(column.m_offsets.back() + n);
                return column.m_offsets.back() >= n; // no wrapping
            }) ||
            !in.get(items) || items != column.m_offsets.back() || items > in.remaining() / idWidth)
            return false;
        column.m_items.resize(items);
        ok = getOffsets(in, idWidth, items, [&](size_t i, quint32 offset, bool) { return id(offset, column.m_items[i]); });
    }
    }
    return ok && in.atEnd();
}

} // namespace portrait
