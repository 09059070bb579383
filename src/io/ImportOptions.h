// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "io/CsvReader.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace portrait {

// What an import is asked to do (command line options or the wizard's choices).
struct ImportOptions
{
    enum class Mode { Create, Update, Upsert };
    CsvReader::Encoding encoding = CsvReader::Encoding::Auto;
    char delimiter = 0;
    Mode mode = Mode::Upsert;
    QString key = QStringLiteral("customer_no");
    // Header → attribute key; an empty key ignores the column. Headers not listed are mapped by
    // key, Chinese name or synonym.
    QHash<QString, QString> mapping;
    // Custom attributes to create for unmapped columns: header → {key, type}.
    struct NewAttribute
    {
        QString header, key, type;
    };
    QList<NewAttribute> newAttributes;
    bool skipInvalid = false;
    bool dryRun = false;
    QString dataDate; // ISO date of the export, when the user knows it
    QString sourceName; // how the batch names the file (defaults to the file name)

    static QString modeName(Mode mode);
    static bool parseMode(const QString &name, Mode *mode);
};

// One problem found in the file.
struct ImportIssue
{
    qint64 line = 0;
    QString column, value, reason;
    bool error = true;
};

// What an import did (or, in a dry run, would do).
struct ImportReport
{
    qint64 created = 0, updated = 0, unchanged = 0, rejected = 0, warnings = 0;
    qint64 rows = 0;
    QList<ImportIssue> issues; // the first kMaxIssues; counts above are complete
    QStringList notes;         // ignored columns, skipped preamble lines, new labels…
    QStringList newLabels;
    qint64 batchId = 0;
    bool written = false;   // false for dry runs, refusals and cancellations
    bool cancelled = false;
    QString refusal;        // why nothing was written, when it was refused

    static constexpr int kMaxIssues = 10000;
    void addIssue(ImportIssue issue);
    QString summary() const;
};

// Progress of long work; returning false cancels it.
class ProgressSink
{
public:
    virtual ~ProgressSink() = default;
    virtual bool progress(qint64 done, qint64 total) = 0;
};

} // namespace portrait
