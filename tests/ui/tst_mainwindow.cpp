// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "UiTest.h"

#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

using namespace portrait;

namespace {
QAction *actionWithShortcut(MainWindow &window, const QKeySequence &shortcut)
{
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *a : menu->menu()->actions()) {
            if (a->shortcuts().contains(shortcut))
                return a;
        }
    }
    return nullptr;
}
} // namespace

TEST_CASE("the main window shows the workspace and every panel", "[ui]")
{
    WindowFixture f;
    CHECK(f.window.windowTitle().contains(QStringLiteral("test.pwb")));
    REQUIRE(f.window.panelCount() >= 8); // the eight above the separator, then 共创会 (issue 6)
    for (int i = 0; i < 8; ++i) {
        QAction *go = actionWithShortcut(f.window, QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        REQUIRE(go);
        go->trigger();
        CHECK(f.window.currentPanel() == f.window.panel(i));
    }
    const auto labels = f.window.statusBar()->findChildren<QLabel *>();
    const bool summary = std::any_of(labels.begin(), labels.end(), [](QLabel *l) {
        return l->text().contains(QStringLiteral("户 · 数据日期")) && l->text().contains(QStringLiteral("就绪"));
    });
    CHECK(summary);
}

TEST_CASE("Ctrl+F puts the cursor into the current panel's search box", "[ui]")
{
    WindowFixture f;
    QApplication::setActiveWindow(&f.window);
    for (int i = 1; i < 8; ++i) {
        f.window.showPanel(i);
        QAction *find = actionWithShortcut(f.window, QKeySequence::Find);
        REQUIRE(find);
        find->trigger();
        auto *focus = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        INFO("panel " << i);
        REQUIRE(focus);
        CHECK(f.window.currentPanel()->isAncestorOf(focus));
    }
}

TEST_CASE("the undo action names the edit it will undo", "[ui]")
{
    WindowFixture f;
    CHECK_FALSE(f.window.undoAction()->isEnabled());
    auto *panel = f.showPanel<Panel>(6); // 生命周期
    auto *name = formChild<QLineEdit>(panel, "StageForm", "nameZhEdit");
    typeInto(name, QStringLiteral("Start"));
    CHECK(f.window.undoAction()->isEnabled());
    CHECK(f.window.undoAction()->text().startsWith(QStringLiteral("撤销")));
    CHECK(f.window.undoAction()->text().contains(QStringLiteral("L1")));
    f.undo();
    CHECK(f.window.redoAction()->isEnabled());
}

TEST_CASE("opening a file that is not a workspace fails with a message", "[ui]")
{
    WindowFixture f;
    const QString bogus = f.dir.filePath(QStringLiteral("bogus.pwb"));
    QFile file(bogus);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a database");
    file.close();
    QString error;
    CHECK_FALSE(f.window.openWorkspace(bogus, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(f.window.workspace() != nullptr); // the open workspace stays open
}
