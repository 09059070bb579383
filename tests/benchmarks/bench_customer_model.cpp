// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// The customer panel's model on a large workspace: time to first rows after opening, to sort by
// a column, to filter by an attribute and to search; the scroll cost of fetching a screen of rows
// far down the list. Run by hand from customers_bench.sh; prints figures, asserts nothing.
#include "core/Workspace.h"
#include "models/CustomerTableModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace portrait;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_customer_model WORKSPACE\n");
        return 2;
    }
    QElapsedTimer t;
    t.start();
    auto ws = Workspace::open(QString::fromLocal8Bit(argv[1]));
    CustomerTableModel model(ws.get());
    const QVariant first = model.data(model.index(0, 1));
    const qint64 open = t.elapsed();
    auto measure = [&](const char *what, auto &&action, const char *target) {
        t.restart();
        action();
        // A screen of rows, as the view would ask for them.
        for (int r = 0; r < 40 && r < model.rowCount(); ++r)
            model.data(model.index(r, 1));
        std::printf("panel %-28s %6lld ms   (%s)  rows %d\n", what, t.elapsed(), target, model.rowCount());
    };
    std::printf("panel open to first rows       %6lld ms   (target <= 1500 ms)  rows %d  %s\n", open,
                model.rowCount(), qPrintable(first.toString()));
    const int kwh = model.columnOfAttribute(QStringLiteral("annual_kwh"));
    const int name = model.columnOfAttribute(QStringLiteral("name"));
    measure("sort by annual_kwh", [&] { model.sort(kwh, Qt::DescendingOrder); }, "target <= 300 ms");
    measure("sort by annual_kwh, ascending", [&] { model.sort(kwh, Qt::AscendingOrder); }, "target <= 300 ms");
    measure("sort by name", [&] { model.sort(name, Qt::AscendingOrder); }, "target <= 300 ms");
    measure("filter entity_kind = 企业", [&] { model.setAttributeFilter(QStringLiteral("entity_kind"), QStringLiteral("企业")); }, "target <= 300 ms");
    measure("filter region = 高新区", [&] { model.setAttributeFilter(QStringLiteral("region"), QStringLiteral("高新区")); }, "target <= 300 ms");
    measure("clear filters", [&] { model.clearFilters(); }, "target <= 300 ms");
    measure("search 恒达", [&] { model.setSearchText(QStringLiteral("恒达")); }, "target <= 300 ms");
    model.clearFilters();
    // Columns without an index (schema 5): a scan of the table, a ranking from the values.
    const int region = model.columnOfAttribute(QStringLiteral("region"));
    measure("filter region = 高新区 alone", [&] { model.setAttributeFilter(QStringLiteral("region"), QStringLiteral("高新区")); }, "target <= 300 ms");
    model.clearFilters();
    measure("filter elec_type = 大工业 alone", [&] { model.setAttributeFilter(QStringLiteral("elec_type"), QStringLiteral("大工业")); }, "target <= 300 ms");
    model.clearFilters();
    measure("sort by region", [&] { model.sort(region, Qt::AscendingOrder); }, "target <= 300 ms");
    model.sort(0, Qt::AscendingOrder);
    t.restart();
    for (int r = model.rowCount() / 2; r < model.rowCount() / 2 + 40; ++r)
        model.data(model.index(r, 1));
    std::printf("panel scroll to the middle       %6lld ms   (one page fetch)\n", t.elapsed());
    return 0;
}
