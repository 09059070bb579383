// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "io/RowProducer.h"

#include "io/RecordSource.h"

#include <QCoreApplication>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::CustomerImporter)
};

constexpr size_t kChunkRows = 2048;
constexpr size_t kQueuedChunks = 4;

bool allEmpty(const std::vector<std::string_view> &fields)
{
    for (auto f : fields) {
        for (char c : f)
            if (c != ' ' && c != '\t')
                return false;
    }
    return true;
}

QString text(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

} // namespace

RowProducer::RowProducer(RecordSource &source, QStringList headers, std::vector<int> columns,
                         std::vector<CellConverter> converters)
    : m_source(source), m_headers(std::move(headers)), m_columns(std::move(columns)),
      m_converters(std::move(converters)), m_thread([this] { run(); })
{
}

RowProducer::~RowProducer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void RowProducer::put(ParsedChunk &&chunk)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stop || m_queue.size() < kQueuedChunks; });
    m_queue.push_back(std::move(chunk));
    m_changed.notify_all();
}

bool RowProducer::take(ParsedChunk &chunk)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_queue.empty() || m_done; });
    if (m_queue.empty())
        return false;
    chunk = std::move(m_queue.front());
    m_queue.pop_front();
    m_done = m_done || chunk.last;
    m_changed.notify_all();
    if (chunk.error)
        std::rethrow_exception(chunk.error);
    return true;
}

void RowProducer::convert(const std::vector<std::string_view> &fields, ParsedRow &row,
                          ParsedChunk &chunk)
{
    auto issue = [&](int column, std::string_view value, const QString &reason, bool error) {
        chunk.issues.push_back({row.line, column < 0 ? QString() : m_headers.value(column),
                                text(value), reason, error});
        if (error)
            row.ok = false;
        else
            ++chunk.warnings;
    };
    const size_t width = size_t(m_headers.size());
    bool ragged = fields.size() < width;
    for (size_t i = width; !ragged && i < fields.size(); ++i)
        ragged = !fields[i].empty();
    if (ragged) {
        issue(-1, {}, Tr::tr("列数不符：应为 %1 列，实际 %2 列").arg(width).arg(fields.size()), true);
        return;
    }
    row.values.resize(m_converters.size());
    for (size_t v = 0; v < m_converters.size(); ++v) {
        const int column = m_columns[v];
        const std::string_view cell = fields[size_t(column)];
        const auto &r = m_converters[v].convert(cell);
        if (!r.error.isEmpty())
            issue(column, cell, r.error, true);
        else if (!r.warning.isEmpty())
            issue(column, cell, r.warning, false);
        CellValue &value = row.values[v];
        value.kind = static_cast<CellValue::Kind>(r.kind);
        value.number = r.number;
        value.text.assign(r.text);
    }
    if (row.ok && row.values[0].kind == CellValue::Kind::Empty)
        issue(m_columns[0], {},
              Tr::tr("缺少%1").arg(m_converters[0].attribute().displayName()), true);
}

void RowProducer::run()
{
    ParsedChunk chunk;
    try {
        while (m_source.next()) {
            if (allEmpty(m_source.fields()))
                continue;
            ParsedRow &row = chunk.rows.emplace_back();
            row.line = m_source.line();
            convert(m_source.fields(), row, chunk);
            if (chunk.rows.size() >= kChunkRows) {
                chunk.bytesRead = m_source.bytesRead();
                put(std::move(chunk));
                chunk = ParsedChunk();
                std::lock_guard lock(m_mutex);
                if (m_stop)
                    return;
            }
        }
    } catch (...) {
        chunk.error = std::current_exception();
    }
    chunk.bytesRead = m_source.bytesRead();
    chunk.last = true;
    put(std::move(chunk));
}

} // namespace portrait
