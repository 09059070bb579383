// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "io/CellConverter.h"
#include "io/ImportOptions.h"
#include "storage/ImportWriter.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>

namespace portrait {

class RecordSource;

// One data row of a file, converted.
struct ParsedRow
{
    qint64 line = 0;
    std::vector<CellValue> values;
    bool ok = true;
};

// A run of rows with the problems found in them.
struct ParsedChunk
{
    std::vector<ParsedRow> rows;
    std::vector<ImportIssue> issues;
    qint64 warnings = 0;
    qint64 bytesRead = 0;
    bool last = false;
    std::exception_ptr error;
};

// Reads and converts the rows of a file on a thread of its own, so that parsing and converting
// overlap with writing into SQLite on the caller's thread. Chunks are handed over through a
// short queue; an error while reading travels with the chunk and is rethrown by take().
class RowProducer
{
public:
    // `columns[v]` is the file column of value v; `headers` names the file columns.
    RowProducer(RecordSource &source, QStringList headers, std::vector<int> columns,
                std::vector<CellConverter> converters);
    ~RowProducer();

    // Blocks until the next chunk; false after the last one.
    bool take(ParsedChunk &chunk);

private:
    void run();
    void convert(const std::vector<std::string_view> &fields, ParsedRow &row, ParsedChunk &chunk);
    void put(ParsedChunk &&chunk);

    RecordSource &m_source;
    QStringList m_headers;
    std::vector<int> m_columns;
    std::vector<CellConverter> m_converters;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<ParsedChunk> m_queue;
    bool m_stop = false, m_done = false;
    std::thread m_thread;
};

} // namespace portrait
