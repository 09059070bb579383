// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QStringList>

namespace portrait {

class AttributeDictionary;
struct ImportOptions;

// Maps the header cells of a customer list to attribute keys: the user's mapping first (a saved
// mapping file or the wizard), then the attribute's key, Chinese or English name, or a synonym.
namespace HeaderMapping {

// One key per header ("" where the column is ignored).
QStringList map(const QStringList &headers, const AttributeDictionary &dictionary,
                const ImportOptions &options);
int mappedCount(const QStringList &keys);
// Columns an export adds from the classification (主类, 生命周期阶段…): skipped on import.
bool isDerived(const QString &header);

// Reads a mapping file: {"format":"portrait-mapping","version":1,"columns":{"表头":"key"|null},
// "new_attributes":[{"header":"…","key":"…","type":"text"}]} into the options.
void readFile(const QString &path, ImportOptions &options);
QByteArray write(const QStringList &headers, const QStringList &keys, const ImportOptions &options);

} // namespace HeaderMapping
} // namespace portrait
