// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "TestWorkspace.h"

#include "core/Workspace.h"
#include "io/DefaultContent.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>

std::unique_ptr<portrait::Workspace> makeSeededWorkspace(const QString &dir)
{
    return portrait::DefaultContent::createWorkspace(dir + QStringLiteral("/test.pwb"));
}

QString testDataPath(const QString &relative)
{
    return QStringLiteral(PORTRAIT_TEST_DATA "/") + relative;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString queryText(portrait::Workspace &workspace, const char *sql)
{
    portrait::Statement st(workspace.db(), sql);
    return st.step() ? st.text(0) : QString();
}

qint64 queryCount(portrait::Workspace &workspace, const char *sql)
{
    portrait::Statement st(workspace.db(), sql);
    return st.step() ? st.integer(0) : -1;
}

QString dumpWorkspace(portrait::Workspace &workspace)
{
    QString dump;
    portrait::Statement tables(workspace.db(), "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                               "AND name NOT LIKE 'sqlite_%' ORDER BY name");
    while (tables.step()) {
        const QString table = tables.text(0);
        dump += QStringLiteral("## ") + table + QLatin1Char('\n');
        portrait::Statement rows(workspace.db(),
                                 "SELECT * FROM \"" + table.toStdString() + "\" ORDER BY rowid");
        while (rows.step()) {
            for (int c = 0; c < rows.columnCount(); ++c)
                dump += rows.value(c).toString() + QLatin1Char('|');
            dump += QLatin1Char('\n');
        }
    }
    return dump;
}

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

CliRun runCli(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(QStringLiteral(PORTRAIT_BINARY), args);
    p.waitForFinished(timeoutMs);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
