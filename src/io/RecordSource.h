// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QString>
#include <string_view>
#include <vector>

namespace portrait {

// Rows of cells as UTF-8 text, whatever the file format: what the importer reads.
class RecordSource
{
public:
    virtual ~RecordSource() = default;
    virtual bool next() = 0;
    virtual const std::vector<std::string_view> &fields() const = 0;
    virtual qint64 line() const = 0;
    virtual qint64 bytesRead() const = 0;
    virtual qint64 totalBytes() const = 0;
    virtual const QString &path() const = 0;
};

} // namespace portrait
