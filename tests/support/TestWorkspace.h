// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

namespace portrait {
class Workspace;
}

// Helpers shared by the tests: seeded workspaces in temporary folders and test data paths.
std::unique_ptr<portrait::Workspace> makeSeededWorkspace(const QString &dir);
QString testDataPath(const QString &relative);
QByteArray readFile(const QString &path);
// A scalar query on a workspace, for assertions.
QString queryText(portrait::Workspace &workspace, const char *sql);
qint64 queryCount(portrait::Workspace &workspace, const char *sql);

#include <catch2/catch.hpp>
#include <QJsonObject>
#include <QStringList>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template<>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &s) { return s.join(QStringLiteral(" | ")).toStdString(); }
};
} // namespace Catch

// The real executable run as a user runs it: exit code, stdout and stderr.
struct CliRun
{
    int code = -1;
    QString out, err;
    QJsonObject json() const;
};
CliRun runCli(const QStringList &args, int timeoutMs = 120000);

// Every row of every table, as text: two dumps are equal when the workspaces hold the same data.
QString dumpWorkspace(portrait::Workspace &workspace);
