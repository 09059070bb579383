// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "io/CsvWriter.h"

#include "core/Error.h"
#include "io/TextDecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <charconv>

namespace portrait {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::CsvWriter)
};
constexpr size_t kFlushBytes = 4u << 20;
} // namespace

CsvWriter::CsvWriter(const QString &path, Encoding encoding) : m_file(path), m_encoding(encoding)
{
    if (!m_file.open(QIODevice::WriteOnly))
        throw Error(Tr::tr("%1：无法写入：%2").arg(path, m_file.errorString()));
    if (encoding == Encoding::Utf8Bom)
        m_buffer += "\xEF\xBB\xBF";
}

void CsvWriter::separate()
{
    if (m_rowStarted)
        m_buffer += ',';
    m_rowStarted = true;
}

void CsvWriter::text(std::string_view value)
{
    separate();
    const bool formula = !value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' ||
                                            value[0] == '@' || value[0] == '\t' || value[0] == '\r');
    const bool quote = formula || value.find_first_of(",\"\r\n") != std::string_view::npos ||
                       (!value.empty() && (value.front() == ' ' || value.back() == ' '));
    if (!quote) {
        m_buffer.append(value);
        return;
    }
    m_buffer += '"';
    if (formula)
        m_buffer += '\'';
    for (char c : value) {
        if (c == '"')
            m_buffer += '"';
        m_buffer += c;
    }
    m_buffer += '"';
}

void CsvWriter::number(double value)
{
    separate();
    char digits[32];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value);
    m_buffer.append(digits, size_t(end - digits));
}

void CsvWriter::numberText(std::string_view digits)
{
    separate();
    m_buffer.append(digits);
}

void CsvWriter::empty()
{
    separate();
}

void CsvWriter::endRow()
{
    m_buffer += "\r\n";
    m_rowStarted = false;
    flush();
}

void CsvWriter::flush(bool force)
{
    if (!force && m_buffer.size() < kFlushBytes)
        return;
    if (m_encoding == Encoding::Gb18030) {
        m_converted.clear();
        if (!TextDecoder::utf8ToGb18030(m_buffer, m_converted))
            throw Error(Tr::tr("%1：有文字无法用 GB18030 表示").arg(m_file.fileName()));
        put(m_converted);
    } else {
        put(m_buffer);
    }
    m_buffer.clear();
}

void CsvWriter::put(const std::string &bytes)
{
    if (m_file.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()))
        throw Error(Tr::tr("%1：无法写入：%2").arg(m_file.fileName(), m_file.errorString()));
}

void CsvWriter::appendFile(const QString &path)
{
    flush(true);
    QFile part(path);
    if (!part.open(QIODevice::ReadOnly))
        throw Error(Tr::tr("%1：无法读取：%2").arg(path, part.errorString()));
    std::string chunk(kFlushBytes, '\0');
    for (;;) {
        const qint64 n = part.read(chunk.data(), qint64(chunk.size()));
        if (n < 0)
            throw Error(Tr::tr("%1：无法读取：%2").arg(path, part.errorString()));
        if (n == 0)
            break;
        if (m_file.write(chunk.data(), n) != n)
            throw Error(Tr::tr("%1：无法写入：%2").arg(m_file.fileName(), m_file.errorString()));
    }
}

void CsvWriter::commit()
{
    flush(true);
    if (!m_file.commit())
        throw Error(Tr::tr("%1：无法写入：%2").arg(m_file.fileName(), m_file.errorString()));
}

} // namespace portrait
