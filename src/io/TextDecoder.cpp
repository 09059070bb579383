// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "io/TextDecoder.h"

#include <cerrno>
#include <iconv.h>

namespace portrait {

namespace {

bool convert(iconv_t cd, std::string_view in, std::string &out, std::string *pending, bool last)
{
    char *src = const_cast<char *>(in.data());
    size_t left = in.size();
    char buffer[16384];
    while (left > 0) {
        char *dst = buffer;
        size_t room = sizeof buffer;
        const size_t rc = iconv(cd, &src, &left, &dst, &room);
        out.append(buffer, size_t(dst - buffer));
        if (rc != size_t(-1))
            continue;
        if (errno == E2BIG)
            continue;
        if (errno == EINVAL && !last && pending) { // incomplete sequence: wait for more bytes
            pending->assign(src, left);
            return true;
        }
        return false;
    }
    return true;
}

size_t sequenceLength(unsigned char lead)
{
    if ((lead & 0xE0) == 0xC0)
        return 2;
    if ((lead & 0xF0) == 0xE0)
        return 3;
    if ((lead & 0xF8) == 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

} // namespace

TextDecoder::TextDecoder(Source source) : m_source(source)
{
    if (source == Source::Gb18030)
        m_iconv = iconv_open("UTF-8", "GB18030");
}

TextDecoder::~TextDecoder()
{
    if (m_iconv && m_iconv != reinterpret_cast<void *>(-1))
        iconv_close(static_cast<iconv_t>(m_iconv));
}

size_t TextDecoder::validUtf8Prefix(std::string_view s)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    const size_t n = s.size();
    size_t i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        const size_t len = sequenceLength(c);
        if (len == 0 || i + len > n)
            return i;
        unsigned int cp = c & (0xFF >> (len + 1));
        for (size_t k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        static constexpr unsigned int minimum[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < minimum[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return i;
}

bool TextDecoder::decode(std::string_view bytes, bool last, std::string &out)
{
    std::string joined;
    std::string_view data = bytes;
    if (!m_pending.empty()) {
        joined = m_pending;
        joined.append(bytes);
        data = joined;
        m_pending.clear();
    }
    if (m_source == Source::Gb18030) {
        if (m_iconv == reinterpret_cast<void *>(-1))
            return false;
        return convert(static_cast<iconv_t>(m_iconv), data, out, &m_pending, last);
    }
    const size_t valid = validUtf8Prefix(data);
    out.append(data.substr(0, valid));
    if (valid == data.size())
        return true;
    // A sequence cut by the chunk boundary is completed by the next chunk.
    const std::string_view tail = data.substr(valid);
    const size_t len = sequenceLength(static_cast<unsigned char>(tail[0]));
    bool incomplete = !last && len > tail.size();
    for (size_t k = 1; incomplete && k < tail.size(); ++k)
        incomplete = (static_cast<unsigned char>(tail[k]) & 0xC0) == 0x80;
    if (incomplete)
        m_pending = std::string(tail);
    return incomplete;
}

bool TextDecoder::gb18030ToUtf8(std::string_view bytes, std::string &out)
{
    TextDecoder d(Source::Gb18030);
    return d.decode(bytes, true, out);
}

bool TextDecoder::utf8ToGb18030(std::string_view bytes, std::string &out)
{
    iconv_t cd = iconv_open("GB18030", "UTF-8");
    if (cd == reinterpret_cast<iconv_t>(-1))
        return false;
    const bool ok = convert(cd, bytes, out, nullptr, true);
    iconv_close(cd);
    return ok;
}

} // namespace portrait
