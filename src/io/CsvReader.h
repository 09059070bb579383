// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "io/RecordSource.h"

#include <QString>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace portrait {

class TextDecoder;

// Streams the records of a CSV file as UTF-8 fields, whatever its encoding: UTF-8 with or without
// BOM, or GB18030/GBK as Excel saves on Chinese Windows (detected, or as the caller says). RFC 4180
// quoting, including line breaks and doubled quotes inside quotes; CRLF or LF; the delimiter
// detected from the first lines or given. Reads in chunks, so memory stays flat for any file size.
// Problems throw portrait::Error naming the file and line.
class CsvReader : public RecordSource
{
public:
    enum class Encoding { Auto, Utf8, Gb18030 };
    struct Options
    {
        Encoding encoding = Encoding::Auto;
        char delimiter = 0; // 0: detect among , ; tab |
        qint64 maxRecordBytes = 16 * 1024 * 1024;
    };

    CsvReader(const QString &path, Options options);
    ~CsvReader() override;

    // Reads the next record; false at the end. Fields stay valid until the next call.
    bool next() override;
    const std::vector<std::string_view> &fields() const override { return m_fields; }
    qint64 line() const override { return m_recordLine; } // where the record starts
    qint64 bytesRead() const override { return m_consumed; }
    qint64 totalBytes() const override { return m_total; }
    Encoding encoding() const { return m_encoding; }
    char delimiter() const { return m_delimiter; }
    const QString &path() const override { return m_path; }

    static QString encodingName(Encoding encoding);

private:
    bool fill();
    void detect();
    [[noreturn]] void fail(qint64 line, const QString &reason) const;

    QString m_path;
    Options m_options;
    std::FILE *m_file = nullptr;
    std::unique_ptr<TextDecoder> m_decoder;
    Encoding m_encoding = Encoding::Auto;
    char m_delimiter = ',';
    std::string m_buffer;  // decoded UTF-8 not yet parsed, from m_pos
    size_t m_pos = 0;
    bool m_eof = false;
    std::string m_storage; // the current record's field bytes
    std::vector<size_t> m_ends;
    std::vector<std::string_view> m_fields;
    qint64 m_line = 1, m_recordLine = 1, m_consumed = 0, m_total = 0;
};

} // namespace portrait
