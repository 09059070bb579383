// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// The whole main window on a large workspace: from opening the workspace to the window shown
// with the customer panel's first rows painted, as a user starting the program sees it; then the
// time to switch to each panel. Run by hand (customers_bench.sh); prints figures, asserts nothing.
#include "ui/MainWindow.h"
#include "ui/Panel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace portrait;

namespace {

void settle()
{
    // Paint events and queued work of the first frame, as the event loop would run them.
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("portrait-workbench-bench"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_main_window WORKSPACE [--open-only]\n");
        return 2;
    }
    QElapsedTimer t;
    t.start();
    MainWindow window;
    QString error;
    if (!window.openWorkspace(QString::fromLocal8Bit(argv[1]), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const qint64 built = t.elapsed();
    window.showPanel(1); // 客户
    window.resize(1400, 900);
    window.show();
    settle();
    std::printf("window open, customer panel painted %6lld ms   (target <= 1500 ms; panels built in %lld ms)\n",
                t.elapsed(), built);
    if (argc > 2 && qstrcmp(argv[2], "--open-only") == 0)
        return 0;
    for (int i = 0; i < window.panelCount(); ++i) {
        t.restart();
        window.showPanel(i);
        settle();
        std::printf("switch to panel %-2d %-18s %6lld ms\n", i,
                    qPrintable(window.panel(i)->objectName()), t.elapsed());
    }
    return 0;
}
