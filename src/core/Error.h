// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QString>
#include <exception>

namespace portrait {

// The one error type of the core library: a message for the user that already names the place
// (file, line, JSON path, field) and the reason. Thrown by storage and I/O; caught at the edges
// (command line, panels), which show it unchanged. Work that throws leaves the workspace unchanged
// because every write runs inside a transaction.
class Error : public std::exception
{
public:
    explicit Error(QString message) : m_message(std::move(message)), m_utf8(m_message.toUtf8()) {}
    const QString &message() const noexcept { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

} // namespace portrait
