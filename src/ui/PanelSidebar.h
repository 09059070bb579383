// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QListWidget>

namespace portrait {

// The main window's list of panels: one row per panel (in the order of Ctrl+1…), then a
// separator and the panels still to come, shown greyed out.
class PanelSidebar : public QListWidget
{
    Q_OBJECT
public:
    PanelSidebar(const QStringList &panels, const QStringList &later, QWidget *parent = nullptr);

    // Turns the later entry at `laterIndex` into a working entry that chooses panel `panel`.
    void enableLater(int laterIndex, int panel);
    // Selects the row of a panel, the first ones or an enabled later one.
    void selectPanel(int panel);

signals:
    void panelChosen(int index);
};

} // namespace portrait
