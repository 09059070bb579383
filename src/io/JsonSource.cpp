// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "io/JsonSource.h"

#include "core/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace portrait {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::JsonSource)
};

QString typeName(const nlohmann::ordered_json &value)
{
    switch (value.type()) {
    case nlohmann::ordered_json::value_t::null: return Tr::tr("null");
    case nlohmann::ordered_json::value_t::object: return Tr::tr("对象");
    case nlohmann::ordered_json::value_t::array: return Tr::tr("数组");
    case nlohmann::ordered_json::value_t::string: return Tr::tr("文本");
    case nlohmann::ordered_json::value_t::boolean: return Tr::tr("布尔值");
    default: return Tr::tr("数字");
    }
}
} // namespace

JsonSource::json JsonSource::parse(const QByteArray &bytes, const QString &fileName, qint64 maxBytes)
{
    if (bytes.size() > maxBytes)
        throw Error(Tr::tr("%1：文件太大（%2 MB），上限 %3 MB")
                        .arg(fileName)
                        .arg(bytes.size() / (1024 * 1024))
                        .arg(maxBytes / (1024 * 1024)));
    const auto limitDepth = [&](int depth, json::parse_event_t, json &) {
        if (depth > kMaxDepth)
            throw Error(Tr::tr("%1：嵌套超过 %2 层，拒绝读取").arg(fileName).arg(kMaxDepth));
        return true;
    };
    try {
        return json::parse(bytes.constBegin(), bytes.constEnd(), limitDepth);
    } catch (const json::parse_error &e) {
        // Translate the byte offset into a line and column for the user.
        const qsizetype offset = qMin<qsizetype>(qsizetype(e.byte), bytes.size());
        int line = 1, column = 1;
        for (qsizetype i = 0; i + 1 < offset; ++i) {
            if (bytes[i] == '\n') {
                ++line;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                ++column;
            }
        }
        if (bytes.trimmed().isEmpty())
            throw Error(Tr::tr("%1：文件是空的，不是 JSON").arg(fileName));
        throw Error(Tr::tr("%1:%2:%3：JSON 格式错误（%4）")
                        .arg(fileName)
                        .arg(line)
                        .arg(column)
                        .arg(QString::fromUtf8(e.what())));
    }
}

JsonSource::json JsonSource::parseFile(const QString &path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(Tr::tr("%1：文件不存在").arg(path));
    if (info.size() > kMaxBytes)
        throw Error(Tr::tr("%1：文件太大（%2 MB），上限 %3 MB")
                        .arg(path)
                        .arg(info.size() / (1024 * 1024))
                        .arg(kMaxBytes / (1024 * 1024)));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Tr::tr("%1：无法读取：%2").arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

void JsonSource::fail(const std::string &path, const QString &reason) const
{
    throw Error(Tr::tr("%1：%2：%3").arg(m_file, QString::fromStdString(path), reason));
}

void JsonSource::expectFormat(const json &document, const char *format, int version) const
{
    if (!document.is_object())
        fail("$", Tr::tr("应为 JSON 对象，实际是%1").arg(typeName(document)));
    const QString actual = text(document, "$", "format");
    if (actual != QLatin1String(format))
        fail("$.format", Tr::tr("应为 \"%1\"，实际是 \"%2\"").arg(QLatin1String(format), actual));
    const auto it = document.find("version");
    if (it == document.end() || !it->is_number_integer())
        fail("$.version", Tr::tr("缺少整数版本号"));
    if (it->get<int>() != version)
        fail("$.version", Tr::tr("不支持的版本 %1（本程序读取版本 %2）").arg(it->get<int>()).arg(version));
}

std::string JsonSource::at(const std::string &path, const char *key)
{
    return path + "." + key;
}

std::string JsonSource::at(const std::string &path, size_t index)
{
    return path + "[" + std::to_string(index) + "]";
}

const JsonSource::json &JsonSource::object(const json &parent, const std::string &path,
                                           const char *key) const
{
    const auto it = parent.find(key);
    if (it == parent.end())
        fail(at(path, key), Tr::tr("缺少必填字段"));
    if (!it->is_object())
        fail(at(path, key), Tr::tr("应为对象，实际是%1").arg(typeName(*it)));
    return *it;
}

const JsonSource::json &JsonSource::array(const json &parent, const std::string &path,
                                          const char *key, bool required) const
{
    static const json empty = json::array();
    const auto it = parent.find(key);
    if (it == parent.end() || (!required && it->is_null())) {
        if (required)
            fail(at(path, key), Tr::tr("缺少必填字段"));
        return empty;
    }
    if (!it->is_array())
        fail(at(path, key), Tr::tr("应为数组，实际是%1").arg(typeName(*it)));
    return *it;
}

QString JsonSource::text(const json &parent, const std::string &path, const char *key,
                         bool required) const
{
    const auto it = parent.find(key);
    if (it == parent.end() || it->is_null()) {
        if (required)
            fail(at(path, key), Tr::tr("缺少必填字段"));
        return {};
    }
    if (!it->is_string())
        fail(at(path, key), Tr::tr("应为文本，实际是%1").arg(typeName(*it)));
    const auto &s = it->get_ref<const std::string &>();
    const QString result = QString::fromUtf8(s.data(), qsizetype(s.size()));
    if (required && result.trimmed().isEmpty())
        fail(at(path, key), Tr::tr("不能为空"));
    return result;
}

QStringList JsonSource::texts(const json &parent, const std::string &path, const char *key,
                              bool required) const
{
    const json &items = array(parent, path, key, required);
    QStringList result;
    for (size_t i = 0; i < items.size(); ++i) {
        if (!items[i].is_string())
            fail(at(at(path, key), i), Tr::tr("应为文本，实际是%1").arg(typeName(items[i])));
        result << QString::fromStdString(items[i].get<std::string>());
    }
    return result;
}

std::optional<double> JsonSource::number(const json &parent, const std::string &path,
                                         const char *key) const
{
    const auto it = parent.find(key);
    if (it == parent.end() || it->is_null())
        return std::nullopt;
    if (!it->is_number())
        fail(at(path, key), Tr::tr("应为数字，实际是%1").arg(typeName(*it)));
    return it->get<double>();
}

int JsonSource::integer(const json &parent, const std::string &path, const char *key,
                        int fallback) const
{
    const auto it = parent.find(key);
    if (it == parent.end() || it->is_null())
        return fallback;
    if (!it->is_number_integer())
        fail(at(path, key), Tr::tr("应为整数，实际是%1").arg(typeName(*it)));
    return it->get<int>();
}

bool JsonSource::boolean(const json &parent, const std::string &path, const char *key,
                         bool fallback) const
{
    const auto it = parent.find(key);
    if (it == parent.end() || it->is_null())
        return fallback;
    if (!it->is_boolean())
        fail(at(path, key), Tr::tr("应为 true 或 false，实际是%1").arg(typeName(*it)));
    return it->get<bool>();
}

} // namespace portrait
