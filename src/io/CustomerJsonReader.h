// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QList>
#include <QVariantMap>

namespace portrait {

class AttributeDictionary;

// Reads a `portrait-customers` JSON file: {"format":"portrait-customers","version":1,
// "customers":[{"customer_no":…, "name":…, attribute key: value, …}]}. Every value is converted
// and validated like an imported cell; the first problem throws portrait::Error with its path.
namespace CustomerJsonReader {

QList<QVariantMap> read(const QByteArray &bytes, const QString &fileName,
                        const AttributeDictionary &dictionary);

} // namespace CustomerJsonReader
} // namespace portrait
