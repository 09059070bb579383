// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "storage/FrameBlockCodec.h"

#include "engine/CustomerFrame.h"

#include <cstring>
#include <optional>

namespace portrait {

// The codec's access to a column's storage (declared a friend by CustomerFrame::Column).
struct CustomerFrameAccess
{
    using Column = CustomerFrame::Column;
    static std::vector<double> &numbers(Column &c) { return c.m_numbers; }
    static std::vector<qint32> &codes(Column &c) { return c.m_codes; }
    static std::vector<quint32> &offsets(Column &c) { return c.m_offsets; }
    static std::vector<qint32> &items(Column &c) { return c.m_items; }
    static const std::vector<quint32> &offsets(const Column &c) { return c.m_offsets; }
    static const std::vector<qint32> &items(const Column &c) { return c.m_items; }
    static const std::vector<std::string> &utf8(const Column &c) { return c.m_utf8; }
    // Adds a dictionary value; false when it is already there (a damaged dictionary).
    static bool add(Column &c, QByteArrayView value)
    {
        const size_t before = c.m_utf8.size();
        return c.internNew(value) == qint32(before);
    }
};

namespace FrameBlockCodec {

namespace {

constexpr quint32 kMagic = 0x31464650; // "PFF1"
using Access = CustomerFrameAccess;

template<typename T>
void put(QByteArray &out, const T &value)
{
    out.append(reinterpret_cast<const char *>(&value), qsizetype(sizeof value));
}

template<typename T>
void putArray(QByteArray &out, const std::vector<T> &values)
{
    put(out, quint32(values.size()));
    out.append(reinterpret_cast<const char *>(values.data()), qsizetype(values.size() * sizeof(T)));
}

class Reader
{
public:
    explicit Reader(const QByteArray &bytes) : m_p(bytes.constData()), m_end(m_p + bytes.size()) {}
    bool atEnd() const { return m_p == m_end; }

    template<typename T>
    bool get(T &value)
    {
        if (size_t(m_end - m_p) < sizeof value)
            return false;
        std::memcpy(&value, m_p, sizeof value);
        m_p += sizeof value;
        return true;
    }
    // An array of `expected` values (any number when none is expected).
    template<typename T>
    bool getArray(std::vector<T> &values, std::optional<size_t> expected = std::nullopt)
    {
        quint32 count = 0;
        if (!get(count) || (expected && count != *expected) || size_t(m_end - m_p) / sizeof(T) < count)
            return false;
        values.resize(count);
        std::memcpy(values.data(), m_p, count * sizeof(T));
        m_p += count * sizeof(T);
        return true;
    }
    bool getBytes(QByteArrayView &bytes)
    {
        quint32 size = 0;
        if (!get(size) || size_t(m_end - m_p) < size)
            return false;
        bytes = QByteArrayView(m_p, qsizetype(size));
        m_p += size;
        return true;
    }

private:
    const char *m_p;
    const char *m_end;
};

bool inDictionary(const std::vector<qint32> &ids, size_t dictionary, bool allowEmpty)
{
    for (qint32 v : ids) {
        if (v >= qint64(dictionary) || v < (allowEmpty ? -1 : 0))
            return false;
    }
    return true;
}

} // namespace

QByteArray encode(const CustomerFrame &block)
{
    QByteArray out;
    put(out, kMagic);
    put(out, quint32(block.columnCount()));
    putArray(out, block.ids());
    for (int c = 0; c < block.columnCount(); ++c) {
        const CustomerFrame::Column &column = block.column(c);
        put(out, quint8(column.type()));
        switch (column.type()) {
        case AttributeType::Number:
            putArray(out, column.numbers());
            continue;
        case AttributeType::Date:
            putArray(out, column.codes());
            continue;
        case AttributeType::List:
            putArray(out, Access::offsets(column));
            putArray(out, Access::items(column));
            break;
        default:
            putArray(out, column.codes());
        }
        put(out, quint32(Access::utf8(column).size()));
        for (const std::string &v : Access::utf8(column)) {
            put(out, quint32(v.size()));
            out.append(v.data(), qsizetype(v.size()));
        }
    }
    return out;
}

bool decode(const QByteArray &bytes, CustomerFrame &block)
{
    Reader in(bytes);
    quint32 magic = 0, columns = 0;
    std::vector<qint64> ids;
    if (!in.get(magic) || magic != kMagic || !in.get(columns) || int(columns) != block.columnCount() ||
        block.rowCount() != 0 || !in.getArray(ids))
        return false;
    for (size_t r = 1; r < ids.size(); ++r) {
        if (ids[r] <= ids[r - 1])
            return false;
    }
    const size_t rows = ids.size();
    for (int c = 0; c < block.columnCount(); ++c) {
        CustomerFrame::Column &column = block.column(c);
        quint8 type = 0;
        if (!in.get(type) || type != quint8(column.type()))
            return false;
        switch (column.type()) {
        case AttributeType::Number:
            if (!in.getArray(Access::numbers(column), rows))
                return false;
            continue;
        case AttributeType::Date:
            if (!in.getArray(Access::codes(column), rows))
                return false;
            continue;
        case AttributeType::List: {
            std::vector<quint32> &offsets = Access::offsets(column);
            if (!in.getArray(offsets, rows + 1) || offsets.front() != 0)
                return false;
            for (size_t r = 1; r < offsets.size(); ++r) {
                if (offsets[r] < offsets[r - 1])
                    return false;
            }
            if (!in.getArray(Access::items(column), offsets.back()))
                return false;
            break;
        }
        default:
            if (!in.getArray(Access::codes(column), rows))
                return false;
        }
        quint32 values = 0;
        if (!in.get(values))
            return false;
        for (quint32 i = 0; i < values; ++i) {
            QByteArrayView value;
            if (!in.getBytes(value) || !Access::add(column, value))
                return false;
        }
        const bool list = column.type() == AttributeType::List;
        if (!inDictionary(list ? Access::items(column) : Access::codes(column), values, !list))
            return false;
    }
    if (!in.atEnd())
        return false;
    for (qint64 id : ids)
        block.appendRow(id);
    return true;
}

} // namespace FrameBlockCodec
} // namespace portrait
