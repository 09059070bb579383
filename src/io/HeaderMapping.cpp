// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "io/HeaderMapping.h"

#include "core/AttributeDictionary.h"
#include "io/CustomerExporter.h"
#include "io/ImportOptions.h"
#include "io/JsonSource.h"

#include <QCoreApplication>

namespace portrait::HeaderMapping {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::HeaderMapping)
};
} // namespace

QStringList map(const QStringList &headers, const AttributeDictionary &dictionary,
                const ImportOptions &options)
{
    QStringList keys;
    for (const QString &raw : headers) {
        const QString header = raw.trimmed();
        if (options.mapping.contains(header)) {
            keys << options.mapping.value(header);
            continue;
        }
        QString key;
        for (const auto &n : options.newAttributes) {
            if (n.header == header)
                key = n.key;
        }
        if (key.isEmpty()) {
            const AttributeInfo *a = header.isEmpty() ? nullptr : dictionary.findByHeader(header);
            key = a ? a->key : QString();
        }
        if (key.isEmpty() && isDerived(header))
            key = QString(); // derived by the engine, never imported as truth
        keys << key;
    }
    return keys;
}

bool isDerived(const QString &header)
{
    for (const auto &d : CustomerExporter::derivedFields()) {
        if (header == QLatin1String(d.key) || header == QString::fromUtf8(d.nameZh))
            return true;
    }
    return false;
}

int mappedCount(const QStringList &keys)
{
    int n = 0;
    for (const QString &k : keys)
        n += !k.isEmpty();
    return n;
}

void readFile(const QString &path, ImportOptions &options)
{
    const JsonSource src(path);
    const auto doc = JsonSource::parseFile(path);
    src.expectFormat(doc, "portrait-mapping", 1);
    const auto &columns = src.object(doc, "$", "columns");
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const std::string at = JsonSource::at("$.columns", it.key().c_str());
        if (!it->is_null() && !it->is_string())
            src.fail(at, Tr::tr("应为属性键或 null"));
        options.mapping.insert(QString::fromStdString(it.key()),
                               it->is_null() ? QString() : QString::fromStdString(it->get<std::string>()));
    }
    const auto &fresh = src.array(doc, "$", "new_attributes", false);
    for (size_t i = 0; i < fresh.size(); ++i) {
        const std::string at = JsonSource::at("$.new_attributes", i);
        options.newAttributes.append({src.text(fresh[i], at, "header"), src.text(fresh[i], at, "key"),
                                      src.text(fresh[i], at, "type", false)});
    }
}

QByteArray write(const QStringList &headers, const QStringList &keys, const ImportOptions &options)
{
    nlohmann::ordered_json doc;
    doc["format"] = "portrait-mapping";
    doc["version"] = 1;
    nlohmann::ordered_json columns = nlohmann::ordered_json::object();
    for (int i = 0; i < headers.size(); ++i) {
        const std::string header = headers[i].trimmed().toStdString();
        if (header.empty())
            continue;
        columns[header] = keys.value(i).isEmpty() ? nlohmann::ordered_json(nullptr)
                                                  : nlohmann::ordered_json(keys[i].toStdString());
    }
    doc["columns"] = columns;
    nlohmann::ordered_json fresh = nlohmann::ordered_json::array();
    for (const auto &n : options.newAttributes)
        fresh.push_back({{"header", n.header.toStdString()},
                         {"key", n.key.toStdString()},
                         {"type", n.type.toStdString()}});
    doc["new_attributes"] = fresh;
    return QByteArray::fromStdString(doc.dump(2)) + '\n';
}

} // namespace portrait::HeaderMapping
