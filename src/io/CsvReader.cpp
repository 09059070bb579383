// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "io/CsvReader.h"

#include "core/Error.h"
#include "io/TextDecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cstring>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::CsvReader)
};

constexpr size_t kChunk = 4 * 1024 * 1024;

// The delimiter that splits the first line into the most fields (quotes respected).
char detectDelimiter(std::string_view text)
{
    const char candidates[] = {',', '\t', ';', '|'};
    size_t counts[4] = {0, 0, 0, 0};
    bool quoted = false;
    for (size_t i = 0; i < text.size() && i < 65536; ++i) {
        const char c = text[i];
        if (c == '"')
            quoted = !quoted;
        if (quoted)
            continue;
        if (c == '\n')
            break;
        for (int k = 0; k < 4; ++k)
            counts[k] += c == candidates[k];
    }
    const auto best = std::max_element(std::begin(counts), std::end(counts));
    return *best == 0 ? ',' : candidates[best - std::begin(counts)];
}

} // namespace

CsvReader::CsvReader(const QString &path, Options options) : m_path(path), m_options(options)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(Tr::tr("%1：文件不存在").arg(path));
    if (info.isDir())
        throw Error(Tr::tr("%1：这是文件夹，不是 CSV 文件").arg(path));
    m_file = std::fopen(QFile::encodeName(path).constData(), "rb");
    if (!m_file)
        throw Error(Tr::tr("%1：无法读取").arg(path));
    m_total = info.size();
    detect();
}

CsvReader::~CsvReader()
{
    if (m_file)
        std::fclose(m_file);
}

QString CsvReader::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return QStringLiteral("UTF-8");
    case Encoding::Gb18030: return QStringLiteral("GB18030");
    case Encoding::Auto: break;
    }
    return QStringLiteral("auto");
}

void CsvReader::fail(qint64 line, const QString &reason) const
{
    throw Error(Tr::tr("%1:%2：%3").arg(m_path).arg(line).arg(reason));
}

void CsvReader::detect()
{
    std::string raw(65536, '\0');
    raw.resize(std::fread(raw.data(), 1, raw.size(), m_file));
    std::rewind(m_file);
    if (raw.empty())
        throw Error(Tr::tr("%1：文件是空的").arg(m_path));
    if (raw.size() >= 2 && ((raw[0] == '\xFF' && raw[1] == '\xFE') || (raw[0] == '\xFE' && raw[1] == '\xFF')))
        throw Error(Tr::tr("%1：文件是 UTF-16 编码，请另存为 UTF-8 或 GB18030 的 CSV").arg(m_path));
    if (std::memchr(raw.data(), '\0', std::min<size_t>(raw.size(), 8192)))
        throw Error(Tr::tr("%1：不是文本文件（含有二进制内容）").arg(m_path));
    const bool bom = raw.compare(0, 3, "\xEF\xBB\xBF") == 0;
    m_encoding = m_options.encoding;
    if (m_encoding == Encoding::Auto) {
        // Valid UTF-8 (allowing a sequence cut at the sample's end) is UTF-8; anything else is
        // what Excel writes on Chinese Windows.
        const size_t valid = TextDecoder::validUtf8Prefix(raw);
        m_encoding = bom || raw.size() - valid < 4 ? Encoding::Utf8 : Encoding::Gb18030;
    }
    m_decoder = std::make_unique<TextDecoder>(m_encoding == Encoding::Utf8
                                                  ? TextDecoder::Source::Utf8
                                                  : TextDecoder::Source::Gb18030);
    if (bom && m_encoding == Encoding::Utf8) {
        std::fseek(m_file, 3, SEEK_SET);
        m_consumed = 3;
    }
    fill();
    m_delimiter = m_options.delimiter ? m_options.delimiter
                                      : detectDelimiter(std::string_view(m_buffer).substr(m_pos));
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.erase(0, m_pos);
        m_pos = 0;
    }
    std::string raw(kChunk, '\0');
    raw.resize(std::fread(raw.data(), 1, raw.size(), m_file));
    m_consumed += qint64(raw.size());
    m_eof = raw.size() < kChunk;
    const size_t before = m_buffer.size();
    if (!m_decoder->decode(raw, m_eof, m_buffer)) {
        const qint64 badLine =
            m_line + std::count(m_buffer.begin() + qsizetype(m_pos), m_buffer.end(), '\n');
        fail(badLine, m_encoding == Encoding::Utf8
                          ? Tr::tr("不是有效的 UTF-8 文本；文件可能是 GB18030 编码（请选择 GB18030）")
                          : Tr::tr("不是有效的 GB18030 文本；文件可能是 UTF-8 编码（请选择 UTF-8）"));
    }
    return m_buffer.size() > before || !m_eof;
}

bool CsvReader::next()
{
    for (;;) {
        const std::string_view buf(m_buffer);
        size_t i = m_pos;
        qint64 line = m_line;
        m_storage.clear();
        m_ends.clear();
        bool quoted = false, fieldStarted = false, complete = false, needMore = false;
        if (i >= buf.size() && m_eof)
            return false;
        while (!complete) {
            if (i >= buf.size()) {
                if (!m_eof) {
                    needMore = true;
                    break;
                }
                if (quoted)
                    fail(m_line, Tr::tr("引号没有结束（从此行开始的字段一直到文件末尾）"));
                complete = true;
                break;
            }
            const char c = buf[i];
            if (quoted) {
                if (c == '"') {
                    if (i + 1 >= buf.size() && !m_eof) {
                        needMore = true;
                        break;
                    }
                    if (i + 1 < buf.size() && buf[i + 1] == '"') {
                        m_storage += '"';
                        i += 2;
                    } else {
                        quoted = false;
                        ++i;
                    }
                    continue;
                }
                // Copy the quoted run up to the next quote in one go.
                const size_t q = buf.find('"', i);
                const size_t end = q == std::string_view::npos ? buf.size() : q;
                const std::string_view run = buf.substr(i, end - i);
                line += std::count(run.begin(), run.end(), '\n');
                m_storage.append(run);
                i = end;
                continue;
            }
            if (c == m_delimiter) {
                m_ends.push_back(m_storage.size());
                fieldStarted = false;
                ++i;
            } else if (c == '"' && !fieldStarted) {
                quoted = fieldStarted = true;
                ++i;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 >= buf.size() && !m_eof) {
                    needMore = true;
                    break;
                }
                i += (c == '\r' && i + 1 < buf.size() && buf[i + 1] == '\n') ? 2 : 1;
                ++line;
                complete = true;
            } else {
                // An unquoted run up to the next special character.
                size_t end = i;
                while (end < buf.size() && buf[end] != m_delimiter && buf[end] != '\n' &&
                       buf[end] != '\r' && buf[end] != '"')
                    ++end;
                if (end == i)
                    ++end; // a quote inside an unquoted field is kept as it is
                m_storage.append(buf.substr(i, end - i));
                fieldStarted = true;
                i = end;
            }
            if (qint64(i - m_pos) > m_options.maxRecordBytes)
                fail(m_line, Tr::tr("这一条记录超过 %1 MB，不像是客户名单")
                                 .arg(m_options.maxRecordBytes / (1024 * 1024)));
        }
        if (needMore) {
            if (qint64(buf.size() - m_pos) > m_options.maxRecordBytes)
                fail(m_line, Tr::tr("这一条记录超过 %1 MB，不像是客户名单")
                                 .arg(m_options.maxRecordBytes / (1024 * 1024)));
            fill();
            continue;
        }
        m_ends.push_back(m_storage.size());
        m_recordLine = m_line;
        m_line = line;
        m_pos = i;
        m_fields.clear();
        size_t start = 0;
        for (size_t end : m_ends) {
            m_fields.emplace_back(m_storage.data() + start, end - start);
            start = end;
        }
        return true;
    }
}

} // namespace portrait
