// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QMenu>

namespace portrait {

// 最近打开: the recently opened workspaces (UiSettings), rebuilt each time the menu opens.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT
public:
    explicit RecentFilesMenu(QWidget *parent = nullptr);

signals:
    void fileTriggered(const QString &path);

private:
    void rebuild();
};

} // namespace portrait
