// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// The executable: the command line when a command is given, the window otherwise.
#include "cli/CommandLine.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

#ifdef PORTRAIT_WITH_UI
#include "app/Application.h"
#endif
#ifdef PORTRAIT_WITH_REPORT
#include <QApplication>
#include <memory>
#endif

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (portrait::CommandLine::isCommand(arguments)) {
#ifdef PORTRAIT_WITH_REPORT
        // The PDF report draws Qt Charts, which need a QApplication: on the offscreen platform
        // unless the user chose one.
        std::unique_ptr<QCoreApplication> owner;
        if (arguments.contains(QLatin1String("report"))) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            owner = std::make_unique<QApplication>(argc, argv);
        } else {
            owner = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication &app = *owner;
#else
        QCoreApplication app(argc, argv);
#endif
        QCoreApplication::setApplicationName(QStringLiteral("portrait-workbench"));
        QTextStream out(stdout), err(stderr);
        const int code = portrait::CommandLine::run(app.arguments(), out, err);
        out.flush();
        err.flush();
        return code;
    }
#ifdef PORTRAIT_WITH_UI
    return portrait::Application::run(argc, argv);
#else
    std::fputs("portrait-workbench: built without the window; see --help\n", stderr);
    return 2;
#endif
}
