// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "io/CustomerExporter.h"

#include <QDate>

namespace portrait {

class Workspace;
class ProgressSink;

// Writes synthetic customers (SyntheticCustomers) as a CSV file, streaming: a million rows in
// seconds with flat memory. Also fills a workspace with a marked demo sample (演示数据).
namespace CustomerGenerator {

// The demo sample a new default workspace starts with (演示数据), removable in one action.
inline constexpr qint64 kSampleSize = 5000;

struct Options
{
    qint64 count = 1000;
    quint64 seed = 1;
    bool chineseHeaders = false;
    CustomerExporter::Encoding encoding = CustomerExporter::Encoding::Utf8;
    QDate dataDate = QDate(2026, 10, 31);
};

void writeCsv(const QString &path, const Options &options, ProgressSink *progress = nullptr);
// Adds `count` demo customers (demo = 1) to the workspace in one transaction; returns how many.
qint64 addDemoCustomers(Workspace &workspace, qint64 count, quint64 seed = 1);

} // namespace CustomerGenerator
} // namespace portrait
