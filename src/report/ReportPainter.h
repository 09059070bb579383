// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "portrait/ReportData.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <functional>

class QPainter;
class QPdfWriter;

namespace portrait {

// The page cursor of the PDF report: where the next block goes, page breaks with header and
// footer, fonts and colours, and the simple blocks (headings, paragraphs, bullets, KPI tiles).
// Text is drawn as plain text (never markup), wrapped anywhere when a word is too long.
class ReportPainter
{
public:
    // Colours shared by every page and chart; they stay distinguishable in grey print.
    static const QColor kInk, kMuted, kAccent, kAccentLight, kWarn, kWarnLight, kRule, kGood, kPartial;

    ReportPainter(QPdfWriter &writer, QPainter &painter, const ReportData &report, const QString &family);

    QPainter &painter() { return m_painter; }
    const QRectF &body() const { return m_body; }  // the current page's printable area
    qreal y() const { return m_y; }
    void advance(qreal dy) { m_y += dy; }
    int page() const { return m_page; }
    void setTotalPages(int total) { m_total = total; }
    qreal mm(qreal millimetres) const;
    QFont font(qreal points, bool bold = false) const;

    // Starts a new page (portrait or landscape) with header and footer.
    void newPage(bool landscape = false, bool decorated = true);
    // Ensures `height` fits below the cursor, else starts a new page (keeping the orientation).
    void need(qreal height);
    qreal remaining() const { return m_body.bottom() - m_y; }
    bool landscape() const { return m_landscape; }

    // Height of wrapped text in `width`, and drawing it at the cursor's left + `indent`.
    qreal textHeight(const QString &text, const QFont &font, qreal width) const;
    void drawText(const QRectF &rect, const QString &text, const QFont &font, const QColor &color,
                  int flags = 0);

    void heading(const QString &text, qreal points = 13);
    void paragraph(const QString &text);
    void bullets(const QStringList &items);
    void kpis(const QList<KpiTile> &tiles);

private:
    void decorate();

    QPdfWriter &m_writer;
    QPainter &m_painter;
    const ReportData &m_report;
    QString m_family;
    QRectF m_body;
    qreal m_y = 0;
    int m_page = 0, m_total = 0;
    bool m_landscape = false, m_started = false;
};

} // namespace portrait
