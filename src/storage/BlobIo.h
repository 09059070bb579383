// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QByteArray>
#include <cstring>
#include <string_view>
#include <vector>

// Writing and reading the raw arrays of the column cache's blobs (PortraitBlockCodec,
// FrameBlockCodec): values in the machine's byte order, read back without ever running past
// the end of the bytes. Storage-internal.
namespace portrait::BlobIo {

template<typename T>
void put(QByteArray &out, const T &value)
{
    out.append(reinterpret_cast<const char *>(&value), qsizetype(sizeof value));
}

template<typename T>
void putArray(QByteArray &out, const std::vector<T> &values)
{
    out.append(reinterpret_cast<const char *>(values.data()), qsizetype(values.size() * sizeof(T)));
}

// A size, then the bytes.
inline void putString(QByteArray &out, std::string_view s)
{
    put(out, quint32(s.size()));
    out.append(s.data(), qsizetype(s.size()));
}

class Reader
{
public:
    explicit Reader(const QByteArray &bytes) : m_p(bytes.constData()), m_end(m_p + bytes.size()) {}
    bool atEnd() const { return m_p == m_end; }
    size_t remaining() const { return size_t(m_end - m_p); }

    template<typename T>
    bool get(T &value)
    {
        if (size_t(m_end - m_p) < sizeof value)
            return false;
        std::memcpy(&value, m_p, sizeof value);
        m_p += sizeof value;
        return true;
    }
    template<typename T>
    bool getArray(std::vector<T> &values, size_t count)
    {
        if (size_t(m_end - m_p) / sizeof(T) < count)
            return false;
        values.resize(count);
        std::memcpy(values.data(), m_p, count * sizeof(T));
        m_p += count * sizeof(T);
        return true;
    }
    // `count` values of T in place (unaligned: read them with memcpy), or null when the bytes
    // end before them.
    template<typename T>
    const char *take(size_t count)
    {
        if (size_t(m_end - m_p) / sizeof(T) < count)
            return nullptr;
        const char *p = m_p;
        m_p += count * sizeof(T);
        return p;
    }
    bool getString(std::string_view &s)
    {
        quint32 size = 0;
        if (!get(size) || size_t(m_end - m_p) < size)
            return false;
        s = std::string_view(m_p, size);
        m_p += size;
        return true;
    }

private:
    const char *m_p;
    const char *m_end;
};

} // namespace portrait::BlobIo
