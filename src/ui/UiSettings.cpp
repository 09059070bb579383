// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/UiSettings.h"

#include <QFileInfo>
#include <QSettings>

namespace portrait {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kRecent = QStringLiteral("ui/recentFiles");
const QString kGeometry = QStringLiteral("ui/geometry");
const QString kState = QStringLiteral("ui/windowState");
const QString kPanel = QStringLiteral("ui/lastPanel");
const QString kLastWorkspace = QStringLiteral("workspace/last"); // read by the application at start
} // namespace

Language UiSettings::language()
{
    return languageFromCode(QSettings().value(kLanguage, QStringLiteral("zh")).toString());
}

void UiSettings::setLanguage(Language language)
{
    QSettings().setValue(kLanguage, language == Language::English ? QStringLiteral("en")
                                                                  : QStringLiteral("zh"));
}

QStringList UiSettings::recentFiles()
{
    return QSettings().value(kRecent).toStringList();
}

void UiSettings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    QSettings settings;
    settings.setValue(kRecent, files.mid(0, maxRecentFiles));
    settings.setValue(kLastWorkspace, absolute);
}

QString UiSettings::lastWorkspace()
{
    return QSettings().value(kLastWorkspace).toString();
}

void UiSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    QSettings().setValue(kRecent, files);
}

QByteArray UiSettings::geometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

QByteArray UiSettings::windowState()
{
    return QSettings().value(kState).toByteArray();
}

void UiSettings::setWindow(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings;
    settings.setValue(kGeometry, geometry);
    settings.setValue(kState, state);
}

int UiSettings::lastPanel()
{
    return QSettings().value(kPanel, 0).toInt();
}

void UiSettings::setLastPanel(int index)
{
    QSettings().setValue(kPanel, index);
}

} // namespace portrait
