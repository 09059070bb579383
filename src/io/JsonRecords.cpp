// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "io/JsonRecords.h"

#include "core/Error.h"
#include "io/JsonSource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <map>

namespace portrait {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::JsonRecords)
};

std::string cell(const nlohmann::ordered_json &v)
{
    if (v.is_string())
        return v.get<std::string>();
    if (v.is_null())
        return {};
    if (v.is_array()) {
        std::string joined;
        for (const auto &item : v)
            joined += (joined.empty() ? "" : ";") + cell(item);
        return joined;
    }
    return v.dump();
}
} // namespace

bool JsonRecords::looksLikeJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(64).trimmed();
    return head.startsWith('{') || head.startsWith("\xEF\xBB\xBF{");
}

JsonRecords::JsonRecords(const QString &path) : m_path(path)
{
    QFile file(path);
    m_total = QFileInfo(path).size();
    if (m_total > kMaxBytes)
        throw Error(Tr::tr("%1：JSON 文件太大（上限 %2 MB），大名单请用 CSV").arg(path).arg(kMaxBytes >> 20));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Tr::tr("%1：无法读取").arg(path));
    const JsonSource src(path);
    const auto doc = JsonSource::parse(file.readAll(), path, kMaxBytes);
    src.expectFormat(doc, "portrait-customers", 1);
    const auto &customers = src.array(doc, "$", "customers");
    std::map<std::string, size_t> columns; // key → column, in order of first appearance
    std::vector<std::string> header;
    for (size_t i = 0; i < customers.size(); ++i) {
        if (!customers[i].is_object())
            src.fail(JsonSource::at("$.customers", i), Tr::tr("应为对象"));
        for (auto it = customers[i].begin(); it != customers[i].end(); ++it) {
            if (it->is_object())
                src.fail(JsonSource::at(JsonSource::at("$.customers", i), it.key().c_str()),
                         Tr::tr("值不能是对象"));
            if (columns.emplace(it.key(), header.size()).second)
                header.push_back(it.key());
        }
    }
    m_rows.push_back(header);
    for (const auto &c : customers) {
        std::vector<std::string> row(header.size());
        for (auto it = c.begin(); it != c.end(); ++it)
            row[columns[it.key()]] = cell(*it);
        m_rows.push_back(std::move(row));
    }
}

bool JsonRecords::next()
{
    if (m_row >= qint64(m_rows.size()))
        return false;
    m_fields.clear();
    for (const std::string &s : m_rows[size_t(m_row)])
        m_fields.emplace_back(s);
    ++m_row;
    return true;
}

} // namespace portrait
