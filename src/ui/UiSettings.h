// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "core/Language.h"

#include <QByteArray>
#include <QStringList>

namespace portrait {

// The window's settings in QSettings, typed and declared once: interface language (takes effect
// at the next start), recently opened workspaces, geometry and the last panel.
class UiSettings
{
public:
    static Language language();
    static void setLanguage(Language language);

    static QStringList recentFiles();
    static void addRecentFile(const QString &path);
    static void removeRecentFile(const QString &path);
    // The workspace opened last (the application opens it again at start).
    static QString lastWorkspace();

    static QByteArray geometry();
    static QByteArray windowState();
    static void setWindow(const QByteArray &geometry, const QByteArray &state);

    static int lastPanel();
    static void setLastPanel(int index);

    static constexpr int maxRecentFiles = 8;
};

} // namespace portrait
