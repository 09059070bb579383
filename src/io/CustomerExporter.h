// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QStringList>
#include <vector>

namespace portrait {

class Database;
class ProgressSink;

// Writes customers to CSV (UTF-8 with BOM for Excel, or GB18030) or to the `portrait-customers`
// JSON that the importer reads back. Every attribute, custom ones included, or exactly the
// columns and rows of a view. Text that a spreadsheet would take for a formula (= + - @ tab CR)
// gets a leading ' that the importer removes again; numbers are written as numbers.
class CustomerExporter
{
public:
    enum class Format { Csv, Json };
    enum class Encoding { Utf8Bom, Utf8, Gb18030 }; // as CsvWriter::Encoding
    struct Options
    {
        Format format = Format::Csv;
        Encoding encoding = Encoding::Utf8Bom;
        bool chineseHeaders = false;
        QStringList columns;      // attribute keys; empty: every attribute
        std::vector<qint64> ids;  // customers in this order; empty: all, by id
    };

    explicit CustomerExporter(Database &db) : m_db(db) {}
    // Returns the number of customers written; throws portrait::Error.
    qint64 write(const QString &path, const Options &options, ProgressSink *progress = nullptr);

    static Format formatForPath(const QString &path);

    // The classification's derived fields an export adds after the attributes.
    struct DerivedField
    {
        const char *key, *nameZh, *column;
    };
    static const std::vector<DerivedField> &derivedFields();

private:
    Database &m_db;
};

} // namespace portrait
