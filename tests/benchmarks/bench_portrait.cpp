// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// Portraits in a running application: the data is loaded once, then every department's portrait
// is built from memory (target ≤ 300 ms each on a million customers), and every report rendered.
//   bench_portrait WORKSPACE [OUTDIR|-] [DEPARTMENT…]   (-: no reports; departments: these, in order)
#include "core/Workspace.h"
#include "portrait/PortraitBuilder.h"
#include "portrait/ReportDataBuilder.h"
#include "report/PdfReportWriter.h"
#include "storage/PortraitDataLoader.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <cstdio>

using namespace portrait;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fputs("usage: bench_portrait WORKSPACE [OUTDIR|-] [DEPARTMENT...]\n", stderr);
        return 2;
    }
    auto ws = Workspace::open(QString::fromLocal8Bit(argv[1]));
    QElapsedTimer t;
    t.start();
    const PortraitData data = PortraitDataLoader::load(ws->db());
    std::printf("load (all segmentations)   %6lld ms  %zu customers\n", t.elapsed(), data.rowCount());
    const PortraitBuilder builder(data);
    const QString out = argc > 2 && qstrcmp(argv[2], "-") != 0 ? QString::fromLocal8Bit(argv[2]) : QString();
    if (!out.isEmpty())
        QDir().mkpath(out);
    QStringList only;
    for (int i = 3; i < argc; ++i)
        only << QString::fromLocal8Bit(argv[i]);
    qint64 worst = 0, reports = 0;
    if (only.isEmpty()) {
        for (const Department &d : data.config.departments)
            only << d.code;
    }
    for (const QString &code : std::as_const(only)) {
        t.restart();
        Portrait p = builder.build(code);
        const qint64 ms = t.elapsed();
        worst = std::max(worst, ms);
        std::printf("portrait %-4s %8lld in scope  %5lld ms", qPrintable(code), p.inScope, ms);
        if (!out.isEmpty()) {
            t.restart();
            PortraitDataLoader::fillLargest(ws->db(), p);
            const QString file = QDir(out).filePath(code + QStringLiteral(".pdf"));
            PdfReportWriter::write(ReportDataBuilder::build(p, data.config, {}), file);
            const qint64 r = t.elapsed();
            reports += r;
            std::printf("  report %5lld ms %6lld KB", r, QFileInfo(file).size() / 1024);
        }
        std::printf("\n");
    }
    std::printf("slowest portrait %lld ms (target <= 300)\n", worst);
    if (!out.isEmpty())
        std::printf("all reports (after load) %lld ms\n", reports);
    return 0;
}
