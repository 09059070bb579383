// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <string>
#include <string_view>

namespace portrait {

// Converts chunks of GB18030 (a superset of GBK and GB2312) to UTF-8 with iconv, carrying an
// incomplete multi-byte sequence over to the next chunk; or checks that UTF-8 chunks are valid.
class TextDecoder
{
public:
    enum class Source { Utf8, Gb18030 };
    explicit TextDecoder(Source source);
    ~TextDecoder();
    TextDecoder(const TextDecoder &) = delete;
    TextDecoder &operator=(const TextDecoder &) = delete;

    // Appends the UTF-8 text of `bytes` to `out`; false on invalid input (what came before the
    // bad bytes has been appended). `last` marks the final chunk.
    bool decode(std::string_view bytes, bool last, std::string &out);

    // Length of the longest prefix of `bytes` that is valid UTF-8.
    static size_t validUtf8Prefix(std::string_view bytes);
    // Whole-buffer conversions (small files, tests, the generator's GB18030 output).
    static bool gb18030ToUtf8(std::string_view bytes, std::string &out);
    static bool utf8ToGb18030(std::string_view bytes, std::string &out);

private:
    Source m_source;
    void *m_iconv = nullptr;
    std::string m_pending;
};

} // namespace portrait
