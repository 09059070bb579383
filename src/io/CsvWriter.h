// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QSaveFile>
#include <string>
#include <string_view>

namespace portrait {

// Writes a CSV file row by row, buffered, in UTF-8 (with or without BOM) or GB18030. Text that a
// spreadsheet would take for a formula (= + - @ tab CR at the start) is written with a leading
// ' inside quotes; numbers are written as numbers. The file appears only when commit() succeeds.
class CsvWriter
{
public:
    enum class Encoding { Utf8Bom, Utf8, Gb18030 };
    CsvWriter(const QString &path, Encoding encoding);

    void text(std::string_view value);
    void number(double value);
    // A number already written in the shortest round-trip form (std::to_chars): no reparsing.
    void numberText(std::string_view digits);
    void empty();
    void endRow();
    void commit();
    // Appends the bytes of a file already written in this writer's encoding (the rows another
    // writer made in parallel), after what was written so far.
    void appendFile(const QString &path);

    // The raw UTF-8 buffer, for formats written by hand (JSON); flush() converts and writes it.
    std::string &buffer() { return m_buffer; }
    void flush(bool force = false);

private:
    void separate();
    void put(const std::string &bytes);

    QSaveFile m_file;
    Encoding m_encoding;
    std::string m_buffer, m_converted;
    bool m_rowStarted = false;
};

} // namespace portrait
