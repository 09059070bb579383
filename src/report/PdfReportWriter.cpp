// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "report/PdfReportWriter.h"

#include "core/Error.h"
#include "report/CardPainter.h"
#include "report/ChartPainter.h"
#include "report/ReportPainter.h"
#include "report/TablePainter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>

namespace portrait::PdfReportWriter {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::PdfReportWriter)
};

void cover(ReportPainter &page, const ReportData &r)
{
    QPainter &p = page.painter();
    const QRectF body = page.body();
    p.fillRect(QRectF(body.left(), body.top() + page.mm(40), page.mm(3), page.mm(50)), ReportPainter::kAccent);
    page.drawText(QRectF(body.left() + page.mm(8), body.top() + page.mm(40), body.width() - page.mm(8), page.mm(16)),
                  r.title, page.font(26, true), ReportPainter::kInk, Qt::AlignLeft | Qt::AlignVCenter);
    const qreal h = page.textHeight(r.department, page.font(16), body.width() - page.mm(8));
    page.drawText(QRectF(body.left() + page.mm(8), body.top() + page.mm(60), body.width() - page.mm(8), h + 2),
                  r.department, page.font(16), ReportPainter::kAccent);
    qreal y = body.top() + page.mm(130);
    for (const auto &[label, value] : r.coverLines) {
        const qreal lh = page.textHeight(value, page.font(11), body.width() - page.mm(38));
        page.drawText(QRectF(body.left() + page.mm(8), y, page.mm(30), lh), label, page.font(11), ReportPainter::kMuted);
        page.drawText(QRectF(body.left() + page.mm(38), y, body.width() - page.mm(38), lh + 2), value, page.font(11),
                      ReportPainter::kInk);
        y += lh + page.mm(4);
    }
}

void contents(ReportPainter &page, const ReportData &r, const QList<int> &starts)
{
    page.heading(r.tocTitle, 18);
    page.advance(page.mm(4));
    const QFont f = page.font(11);
    for (int i = 0; i < r.sections.size(); ++i) {
        const QRectF line(page.body().left(), page.y(), page.body().width(), page.mm(9));
        page.drawText(line, ReportData::sectionTitle(r.sections[i]), f, ReportPainter::kInk, Qt::AlignLeft | Qt::AlignVCenter);
        page.drawText(line, QString::number(starts.value(i)), f, ReportPainter::kInk, Qt::AlignRight | Qt::AlignVCenter);
        page.painter().setPen(QPen(ReportPainter::kRule, page.mm(0.15), Qt::DotLine));
        page.painter().drawLine(QPointF(line.left(), line.bottom() - page.mm(1.5)), QPointF(line.right(), line.bottom() - page.mm(1.5)));
        page.advance(page.mm(9));
    }
}

// Lays the whole report out on `writer`; returns the first page of every section.
QList<int> render(QPdfWriter &writer, const ReportData &r, const QString &family, const QList<int> &starts, int total)
{
    writer.setPageOrientation(QPageLayout::Portrait);
    QPainter painter;
    if (!painter.begin(&writer))
        throw Error(Tr::tr("无法开始写入 PDF"));
    painter.setRenderHint(QPainter::Antialiasing);
    ReportPainter page(writer, painter, r, family);
    page.setTotalPages(total);
    page.newPage(false, false);
    cover(page, r);
    page.newPage();
    contents(page, r, starts);
    QList<int> found;
    for (const ReportSection &section : r.sections) {
        const bool wide = std::any_of(section.blocks.begin(), section.blocks.end(), [](const ReportBlock &b) {
            return b.kind == ReportBlock::Kind::Table && b.table.wide;
        });
        page.newPage(wide);
        found << page.page();
        page.heading(ReportData::sectionTitle(section), 17);
        page.advance(page.mm(2));
        for (const ReportBlock &b : section.blocks) {
            switch (b.kind) {
            case ReportBlock::Kind::Heading: page.heading(b.text, 12); break;
            case ReportBlock::Kind::Paragraph: page.paragraph(b.text); break;
            case ReportBlock::Kind::Bullets: page.bullets(b.items); break;
            case ReportBlock::Kind::Kpis: page.kpis(b.kpis); break;
            case ReportBlock::Kind::Chart: ChartPainter::paint(page, b.chart); break;
            case ReportBlock::Kind::Card: CardPainter::paint(page, b.card); break;
            case ReportBlock::Kind::PageBreak: page.newPage(page.landscape()); break;
            case ReportBlock::Kind::Table:
                if (b.table.wide && !page.landscape())
                    page.newPage(true);
                TablePainter::paint(page, b.table);
                break;
            }
        }
    }
    painter.end();
    found << page.page(); // the total, last
    return found;
}

} // namespace

QString cjkFamily()
{
    const QStringList families = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    for (const char *preferred : {"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", "Noto Serif CJK SC"}) {
        if (families.contains(QLatin1String(preferred)))
            return QLatin1String(preferred);
    }
    return families.value(0);
}

void write(const ReportData &report, const QString &path)
{
    const QString family = cjkFamily();
    auto setup = [](QPdfWriter &w, const ReportData &r) {
        w.setResolution(300);
        w.setPageSize(QPageSize(QPageSize::A4));
        w.setPageMargins(QMarginsF(0, 0, 0, 0));
        w.setTitle(QStringLiteral("%1 · %2").arg(r.title, r.department));
        w.setCreator(QStringLiteral("portrait-workbench"));
    };
    // Pass 1 into memory finds the section pages and the page count; pass 2 writes the file.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QList<int> starts;
    {
        QPdfWriter dry(&buffer);
        setup(dry, report);
        starts = render(dry, report, family, {}, 0);
    }
    const int total = starts.takeLast();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Tr::tr("%1：无法写入（%2）").arg(path, file.errorString()));
    QPdfWriter writer(&file);
    setup(writer, report);
    render(writer, report, family, starts, total);
    file.close();
    if (file.error() != QFileDevice::NoError)
        throw Error(Tr::tr("%1：写入失败（%2）").arg(path, file.errorString()));
}

} // namespace portrait::PdfReportWriter
