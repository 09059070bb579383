// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "report/TablePainter.h"

#include "report/ReportPainter.h"

#include <QFontMetricsF>
#include <QPainter>

namespace portrait::TablePainter {

namespace {

constexpr int kMaxLines = 4;

// The text as it fits in `width` within kMaxLines lines (the rest elided).
QString fitted(const QString &text, const QFont &font, qreal width, QPaintDevice *device)
{
    const QFontMetricsF fm(font, device);
    if (fm.horizontalAdvance(text) <= width * kMaxLines * 0.92)
        return text;
    return fm.elidedText(text, Qt::ElideRight, width * kMaxLines * 0.9);
}

} // namespace

void paint(ReportPainter &page, const ReportTable &table)
{
    const int columns = int(table.header.size());
    if (columns == 0)
        return;
    const qreal points = columns > 12 ? 6.5 : columns > 8 ? 7.5 : 8.5;
    const QFont body = page.font(points), bold = page.font(points, true);
    const qreal pad = page.mm(1.2);
    auto widths = [&] {
        QList<double> w = table.widths;
        while (w.size() < columns)
            w << 1.0;
        double sum = 0;
        for (int c = 0; c < columns; ++c)
            sum += w[c];
        QList<qreal> out;
        for (int c = 0; c < columns; ++c)
            out << page.body().width() * w[c] / sum;
        return out;
    };
    QList<qreal> w = widths();
    auto rowHeight = [&](const QStringList &cells, const QFont &f) {
        qreal h = 0;
        for (int c = 0; c < columns; ++c)
            h = std::max(h, page.textHeight(fitted(cells.value(c), f, w[c] - 2 * pad, page.painter().device()), f, w[c] - 2 * pad));
        return h + 2 * pad;
    };
    auto drawRow = [&](const QStringList &cells, int rowIndex, bool header) {
        const QFont &f = header ? bold : body;
        const qreal h = rowHeight(cells, f);
        qreal x = page.body().left();
        QPainter &p = page.painter();
        for (int c = 0; c < columns; ++c) {
            const bool flag = !header && (table.flagged.contains(qMakePair(rowIndex, c)) ||
                                          table.flagged.contains(qMakePair(rowIndex, -1)));
            const QRectF cell(x, page.y(), w[c], h);
            if (header)
                p.fillRect(cell, ReportPainter::kAccent);
            else if (flag)
                p.fillRect(cell, ReportPainter::kWarnLight);
            else if (rowIndex % 2 == 1)
                p.fillRect(cell, QColor(0xf5, 0xf7, 0xfa));
            const QString text = fitted(cells.value(c), f, w[c] - 2 * pad, page.painter().device());
            const bool mark = text == QStringLiteral("●") || text == QStringLiteral("◐");
            page.drawText(cell.adjusted(pad, pad, -pad, -pad), text, flag ? bold : f,
                          header ? QColor(Qt::white) : flag ? ReportPainter::kWarn : ReportPainter::kInk,
                          mark ? int(Qt::AlignHCenter | Qt::AlignTop) : 0);
            x += w[c];
        }
        p.setPen(QPen(ReportPainter::kRule, page.mm(0.15)));
        p.drawLine(QPointF(page.body().left(), page.y() + h), QPointF(page.body().right(), page.y() + h));
        page.advance(h);
    };
    const qreal headerHeight = rowHeight(table.header, bold);
    page.need(headerHeight + rowHeight(table.rows.value(0), body));
    drawRow(table.header, -1, true);
    for (int r = 0; r < table.rows.size(); ++r) {
        const qreal h = rowHeight(table.rows[r], body);
        if (page.remaining() < h) {
            const int before = page.page();
            page.need(h + headerHeight + 1e9); // force a break
            if (page.page() != before) {
                w = widths();
                drawRow(table.header, -1, true);
            }
        }
        drawRow(table.rows[r], r, false);
    }
    if (!table.caption.isEmpty()) {
        page.advance(page.mm(1.5));
        const QFont f = page.font(7.5);
        const qreal h = page.textHeight(table.caption, f, page.body().width());
        page.need(h);
        page.drawText(QRectF(page.body().left(), page.y(), page.body().width(), h + 2), table.caption, f,
                      ReportPainter::kMuted);
        page.advance(h);
    }
    page.advance(page.mm(4));
}

} // namespace portrait::TablePainter
