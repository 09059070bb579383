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
#ifdef __GLIBC__
#include <malloc.h>
#endif

int main(int argc, char *argv[])
{
#ifdef __GLIBC__
    // Blocks of 256 KiB and more (the column buffers of a million customers) are mapped on their
    // own and given back to the system when freed. glibc would otherwise raise this threshold as
    // large blocks are freed and keep later ones in its heap, so that a loader which frees slices
    // as it appends them still held both at its peak (import of a million customers: 299 → 270 MB).
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
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
