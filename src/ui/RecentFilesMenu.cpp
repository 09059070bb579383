// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/RecentFilesMenu.h"

#include "ui/UiSettings.h"

#include <QDir>
#include <QFileInfo>

namespace portrait {

RecentFilesMenu::RecentFilesMenu(QWidget *parent) : QMenu(tr("最近打开"), parent)
{
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList files = UiSettings::recentFiles();
    int number = 1;
    for (const QString &path : files) {
        const QString label = QStringLiteral("&%1  %2  —  %3")
                                  .arg(number++)
                                  .arg(QFileInfo(path).fileName(),
                                       QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        QAction *action = addAction(label);
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { emit fileTriggered(path); });
    }
    if (files.isEmpty()) {
        addAction(tr("（没有最近打开的工作区）"))->setEnabled(false);
        return;
    }
    addSeparator();
    connect(addAction(tr("清除列表")), &QAction::triggered, this, [] {
        for (const QString &path : UiSettings::recentFiles())
            UiSettings::removeRecentFile(path);
    });
}

} // namespace portrait
