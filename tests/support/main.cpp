// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// The Catch2 test runner inside a Qt application object (offscreen for widget tests).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef PORTRAIT_TEST_GUI
#include <QApplication>
using App = QApplication;
#else
#include <QCoreApplication>
using App = QCoreApplication;
#endif

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    App app(argc, argv);
    App::setApplicationName(QStringLiteral("portrait-workbench-tests"));
    return Catch::Session().run(argc, argv);
}
