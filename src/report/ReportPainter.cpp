// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "report/ReportPainter.h"

#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextOption>

namespace portrait {

const QColor ReportPainter::kInk(0x1d, 0x26, 0x33);
const QColor ReportPainter::kMuted(0x5f, 0x6b, 0x7a);
const QColor ReportPainter::kAccent(0x1f, 0x5a, 0x96);
const QColor ReportPainter::kAccentLight(0xe8, 0xf0, 0xf8);
const QColor ReportPainter::kWarn(0xb0, 0x2a, 0x1e);
const QColor ReportPainter::kWarnLight(0xfb, 0xe7, 0xe4);
const QColor ReportPainter::kRule(0xc9, 0xd1, 0xdb);
const QColor ReportPainter::kGood(0x2e, 0x7d, 0x32);
const QColor ReportPainter::kPartial(0xb2, 0x6a, 0x00);

ReportPainter::ReportPainter(QPdfWriter &writer, QPainter &painter, const ReportData &report, const QString &family)
    : m_writer(writer), m_painter(painter), m_report(report), m_family(family)
{
}

qreal ReportPainter::mm(qreal millimetres) const
{
    return millimetres * m_writer.resolution() / 25.4;
}

QFont ReportPainter::font(qreal points, bool bold) const
{
    QFont f(m_family);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferOutline);
    return f;
}

void ReportPainter::newPage(bool landscape, bool decorated)
{
    if (m_started) {
        m_writer.setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
        m_writer.newPage();
    }
    m_started = true;
    m_landscape = landscape;
    ++m_page;
    const QRectF full = m_writer.pageLayout().fullRectPixels(m_writer.resolution());
    m_body = full.adjusted(mm(20), mm(20), -mm(20), -mm(20));
    m_y = m_body.top();
    if (decorated)
        decorate();
}

void ReportPainter::decorate()
{
    const QFont f = font(8);
    const qreal h = mm(5);
    const QRectF top(m_body.left(), m_body.top() - mm(10), m_body.width(), h);
    drawText(top, QStringLiteral("%1 · %2").arg(m_report.title, m_report.department), f, kMuted,
             Qt::AlignLeft | Qt::AlignVCenter);
    drawText(top, m_report.generated, f, kMuted, Qt::AlignRight | Qt::AlignVCenter);
    m_painter.setPen(QPen(kRule, mm(0.2)));
    m_painter.drawLine(QPointF(m_body.left(), m_body.top() - mm(4)), QPointF(m_body.right(), m_body.top() - mm(4)));
    const QRectF bottom(m_body.left(), m_body.bottom() + mm(5), m_body.width(), h);
    drawText(bottom, m_report.pageFormat.arg(m_page).arg(m_total > 0 ? m_total : m_page), f, kMuted,
             Qt::AlignHCenter | Qt::AlignVCenter);
}

void ReportPainter::need(qreal height)
{
    if (m_y + height > m_body.bottom() && m_y > m_body.top() + 1)
        newPage(m_landscape);
}

namespace {
// Lines break between words (English) and between characters where Chinese allows it; a word
// longer than the line (a long account name, a code) breaks anywhere rather than overflow.
QTextOption wrapping(int alignment)
{
    QTextOption option(Qt::Alignment(alignment & (Qt::AlignHorizontal_Mask | Qt::AlignVertical_Mask)));
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}
} // namespace

qreal ReportPainter::textHeight(const QString &text, const QFont &font, qreal width) const
{
    m_painter.save();
    m_painter.setFont(font);
    const QRectF r = m_painter.boundingRect(QRectF(0, 0, width, 1e9), text, wrapping(Qt::AlignLeft));
    m_painter.restore();
    return std::max(r.height(), QFontMetricsF(font, &m_writer).height());
}

void ReportPainter::drawText(const QRectF &rect, const QString &text, const QFont &font, const QColor &color, int flags)
{
    m_painter.setFont(font);
    m_painter.setPen(color);
    m_painter.drawText(rect, text, wrapping(flags ? flags : int(Qt::AlignLeft | Qt::AlignTop)));
}

void ReportPainter::heading(const QString &text, qreal points)
{
    const QFont f = font(points, true);
    const qreal h = textHeight(text, f, m_body.width());
    need(h + mm(14));
    m_y += mm(2);
    drawText(QRectF(m_body.left(), m_y, m_body.width(), h), text, f, kAccent);
    m_y += h + mm(2.5);
}

void ReportPainter::paragraph(const QString &text)
{
    const QFont f = font(9.5);
    const qreal h = textHeight(text, f, m_body.width());
    need(h);
    drawText(QRectF(m_body.left(), m_y, m_body.width(), h + 2), text, f, kInk);
    m_y += h + mm(3);
}

void ReportPainter::bullets(const QStringList &items)
{
    const QFont f = font(9.5);
    const qreal indent = mm(5);
    for (const QString &item : items) {
        const qreal h = textHeight(item, f, m_body.width() - indent);
        need(h);
        drawText(QRectF(m_body.left(), m_y, indent, h), QStringLiteral("•"), f, kAccent);
        drawText(QRectF(m_body.left() + indent, m_y, m_body.width() - indent, h + 2), item, f, kInk);
        m_y += h + mm(1.8);
    }
    m_y += mm(1.5);
}

void ReportPainter::kpis(const QList<KpiTile> &tiles)
{
    if (tiles.isEmpty())
        return;
    const int perRow = std::min<int>(4, int(tiles.size()));
    const qreal gap = mm(3), w = (m_body.width() - gap * (perRow - 1)) / perRow, h = mm(24);
    for (int i = 0; i < tiles.size(); ++i) {
        if (i % perRow == 0) {
            if (i > 0)
                m_y += h + gap;
            need(h);
        }
        const KpiTile &t = tiles[i];
        const QRectF r(m_body.left() + (i % perRow) * (w + gap), m_y, w, h);
        const QColor tone = t.tone == KpiTile::Tone::Good      ? kGood
                            : t.tone == KpiTile::Tone::Partial ? kPartial
                            : t.tone == KpiTile::Tone::Bad     ? kWarn
                                                               : kAccent;
        m_painter.setPen(QPen(kRule, mm(0.25)));
        m_painter.setBrush(kAccentLight);
        m_painter.drawRect(r);
        m_painter.fillRect(QRectF(r.left(), r.top(), mm(1.2), r.height()), tone);
        const QRectF in = r.adjusted(mm(3.5), mm(2), -mm(2), -mm(2));
        drawText(QRectF(in.left(), in.top(), in.width(), mm(5)), t.label, font(8), kMuted);
        qreal size = 16;
        while (size > 9 && QFontMetricsF(font(size, true), &m_writer).horizontalAdvance(t.value) > in.width())
            size -= 1;
        drawText(QRectF(in.left(), in.top() + mm(5), in.width(), mm(9)), t.value, font(size, true), tone,
                 Qt::AlignLeft | Qt::AlignVCenter);
        drawText(QRectF(in.left(), in.top() + mm(14.5), in.width(), mm(5)),
                 t.evidence.isEmpty() ? t.note : QStringLiteral("%1 · %2").arg(t.note, t.evidence), font(7.5), kMuted);
    }
    m_painter.setBrush(Qt::NoBrush);
    m_y += h + mm(5);
}

} // namespace portrait
