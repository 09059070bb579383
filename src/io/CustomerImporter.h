// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "io/ImportOptions.h"

#include <memory>

namespace portrait {

class Database;
class RecordSource;

// Imports a customer list (CSV in UTF-8 or GB18030, or the JSON of `customers export`) into a
// workspace: finds the header row, maps columns to attributes, converts and validates every
// cell, and creates, updates or upserts customers matched on a key, as one batch that can be
// reverted. All or nothing by default: one bad row and nothing is written, and the report lists
// every problem with line, column, value and reason. A dry run or a cancellation writes nothing.
class CustomerImporter
{
public:
    CustomerImporter(Database &db, ImportOptions options);

    ImportReport run(const QString &path, ProgressSink *progress = nullptr);

    // What the wizard shows before importing: the header row, how each column would be mapped
    // (attribute key or empty), and the first rows.
    struct Preview
    {
        QStringList headers, keys;
        QList<QStringList> rows;
        qint64 headerLine = 0;
        QString encoding;
        char delimiter = ',';
    };
    Preview preview(const QString &path, int rowCount = 20);

private:
    std::unique_ptr<RecordSource> open(const QString &path) const;

    Database &m_db;
    ImportOptions m_options;
};

} // namespace portrait
