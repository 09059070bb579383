// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "io/RecordSource.h"

#include <string>

namespace portrait {

// The customers of a `portrait-customers` JSON file as rows of cells: a header row with every
// key that occurs, then one row per customer (lists joined with ';', numbers as written).
// "Line" is the customer's position in the array, counted from 2 like a CSV's data lines.
class JsonRecords : public RecordSource
{
public:
    static constexpr qint64 kMaxBytes = 256 * 1024 * 1024;
    explicit JsonRecords(const QString &path);

    bool next() override;
    const std::vector<std::string_view> &fields() const override { return m_fields; }
    qint64 line() const override { return m_row + 1; }
    qint64 bytesRead() const override { return m_total * m_row / qMax<qint64>(1, qint64(m_rows.size())); }
    qint64 totalBytes() const override { return m_total; }
    const QString &path() const override { return m_path; }

    static bool looksLikeJson(const QString &path);

private:
    QString m_path;
    qint64 m_total = 0, m_row = 0;
    std::vector<std::vector<std::string>> m_rows; // header first
    std::vector<std::string_view> m_fields;
};

} // namespace portrait
