// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// Not a test but a look: `test_ui "[.screenshots]"` saves every panel (and the tabs inside them)
// as PNG files into $PORTRAIT_SHOTS (default /tmp), for reviewing the layout by eye.
#include "UiTest.h"

#include <QDir>
#include <QTabWidget>

TEST_CASE("screenshots of every panel", "[.screenshots]")
{
    WindowFixture f;
    f.window.resize(1440, 900);
    const QString dir = qEnvironmentVariable("PORTRAIT_SHOTS", QDir::tempPath());
    for (int i = 0; i < f.window.panelCount(); ++i) {
        f.window.showPanel(i);
        QApplication::processEvents();
        const auto tabs = f.window.currentPanel()->findChildren<QTabWidget *>();
        // The panel as it opens, then each tab of its outermost tab widgets.
        f.window.grab().save(QStringLiteral("%1/panel-%2.png").arg(dir).arg(i));
        for (QTabWidget *t : tabs) {
            if (!t->isVisible())
                continue;
            for (int k = 1; k < t->count(); ++k) {
                t->setCurrentIndex(k);
                QApplication::processEvents();
                f.window.grab().save(QStringLiteral("%1/panel-%2-%3-%4.png")
                                         .arg(dir).arg(i).arg(t->objectName()).arg(k));
            }
            t->setCurrentIndex(0);
        }
    }
    SUCCEED();
}
