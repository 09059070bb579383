// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>

namespace portrait {

// Reads a JSON document and its fields while keeping the JSON path of the value being read, so
// that every error names the file, the place and the reason ("config.json: $.services[3].needs:
// unknown need N99"). Limits size and nesting depth before anything else is read.
class JsonSource
{
public:
    using json = nlohmann::ordered_json;

    static constexpr qint64 kMaxBytes = 32 * 1024 * 1024;
    static constexpr int kMaxDepth = 64;

    // Parses a file's bytes; throws portrait::Error naming line and column of a syntax error.
    static json parse(const QByteArray &bytes, const QString &fileName, qint64 maxBytes = kMaxBytes);
    // Reads and parses a file, refusing files larger than kMaxBytes.
    static json parseFile(const QString &path);

    explicit JsonSource(QString fileName) : m_file(std::move(fileName)) {}
    const QString &fileName() const { return m_file; }

    [[noreturn]] void fail(const std::string &path, const QString &reason) const;

    // Checks the "format" and "version" fields of a document.
    void expectFormat(const json &document, const char *format, int version) const;

    const json &object(const json &parent, const std::string &path, const char *key) const;
    const json &array(const json &parent, const std::string &path, const char *key,
                      bool required = true) const;
    QString text(const json &parent, const std::string &path, const char *key,
                 bool required = true) const;
    QStringList texts(const json &parent, const std::string &path, const char *key,
                      bool required = false) const;
    std::optional<double> number(const json &parent, const std::string &path,
                                 const char *key) const;
    int integer(const json &parent, const std::string &path, const char *key, int fallback) const;
    bool boolean(const json &parent, const std::string &path, const char *key, bool fallback) const;

    static std::string at(const std::string &path, const char *key);
    static std::string at(const std::string &path, size_t index);

private:
    QString m_file;
};

} // namespace portrait
