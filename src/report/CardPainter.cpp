// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "report/CardPainter.h"

#include "report/ReportPainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace portrait::CardPainter {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::CardPainter)
};

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 0) + QLatin1Char('%');
}

void bars(ReportPainter &page, const QString &title, const QList<ReportCard::Bar> &list)
{
    if (list.isEmpty())
        return;
    const QRectF body = page.body();
    page.need(page.mm(6 + 5.2 * list.size()));
    page.drawText(QRectF(body.left(), page.y(), body.width(), page.mm(5)), title, page.font(9, true), ReportPainter::kAccent);
    page.advance(page.mm(6));
    const qreal labelW = body.width() * 0.42, barW = body.width() * 0.46;
    QPainter &p = page.painter();
    for (const ReportCard::Bar &b : list) {
        const qreal y = page.y();
        // One line per bar: a long need name is shortened (the card's tables name it in full).
        const QFont labelFont = page.font(8);
        const QString label = QFontMetricsF(labelFont, p.device()).elidedText(b.label, Qt::ElideRight, labelW - page.mm(2));
        page.drawText(QRectF(body.left(), y, labelW - page.mm(2), page.mm(4.6)), label, labelFont,
                      b.flagged ? ReportPainter::kWarn : ReportPainter::kInk, Qt::AlignLeft | Qt::AlignVCenter);
        const QRectF track(body.left() + labelW, y + page.mm(0.9), barW, page.mm(2.8));
        p.fillRect(track, QColor(0xee, 0xf1, 0xf5));
        const QRectF fill(track.left(), track.top(), barW * std::clamp(b.share, 0.0, 1.0), track.height());
        p.fillRect(fill, b.flagged ? QBrush(ReportPainter::kWarn, Qt::BDiagPattern) : QBrush(ReportPainter::kAccent));
        if (b.flagged) {
            p.setPen(QPen(ReportPainter::kWarn, page.mm(0.2)));
            p.setBrush(Qt::NoBrush);
            p.drawRect(fill);
        }
        page.drawText(QRectF(track.right() + page.mm(2), y, body.width() - labelW - barW - page.mm(2), page.mm(4.6)),
                      b.flagged ? percent(b.share) + Tr::tr(" 缺口") : percent(b.share), page.font(8, b.flagged),
                      b.flagged ? ReportPainter::kWarn : ReportPainter::kInk, Qt::AlignLeft | Qt::AlignVCenter);
        page.advance(page.mm(5.2));
    }
    page.advance(page.mm(2));
}

void stageBar(ReportPainter &page, const QString &title, const QList<ReportCard::Bar> &stages)
{
    const QRectF body = page.body();
    page.need(page.mm(20));
    page.drawText(QRectF(body.left(), page.y(), body.width(), page.mm(5)), title, page.font(9, true), ReportPainter::kAccent);
    page.advance(page.mm(6));
    // Alternating tones separate the parts in grey print; gaps are hatched in the warning colour.
    const QColor tones[] = {QColor(0x1f, 0x5a, 0x96), QColor(0x6f, 0x9f, 0xd0), QColor(0x2c, 0x3e, 0x50),
                            QColor(0xa9, 0xc4, 0xe2), QColor(0xbd, 0xc3, 0xc7)};
    QPainter &p = page.painter();
    qreal x = body.left();
    const qreal h = page.mm(6);
    for (int i = 0; i < stages.size(); ++i) {
        const qreal w = body.width() * std::clamp(stages[i].share, 0.0, 1.0);
        const QRectF r(x, page.y(), w, h);
        p.fillRect(r, stages[i].flagged ? QBrush(ReportPainter::kWarn, Qt::BDiagPattern) : QBrush(tones[i % 5]));
        x += w;
    }
    page.advance(h + page.mm(1.5));
    QStringList legend;
    for (const ReportCard::Bar &b : stages)
        legend << QStringLiteral("%1 %2%3").arg(b.label, percent(b.share), b.flagged ? Tr::tr("（陪伴缺口）") : QString());
    const QString text = legend.join(QStringLiteral("  ·  "));
    const qreal th = page.textHeight(text, page.font(8), body.width());
    page.drawText(QRectF(body.left(), page.y(), body.width(), th + 2), text, page.font(8), ReportPainter::kInk);
    page.advance(th + page.mm(3));
}

} // namespace

void paint(ReportPainter &page, const ReportCard &card)
{
    const QRectF body = page.body();
    QPainter &p = page.painter();
    const QFont titleFont = page.font(14, true);
    const qreal bandH = page.mm(17);
    page.need(bandH + page.mm(40));
    p.fillRect(QRectF(body.left(), page.y(), body.width(), bandH), ReportPainter::kAccent);
    const QRectF in(body.left() + page.mm(4), page.y() + page.mm(2), body.width() - page.mm(8), bandH - page.mm(4));
    QFontMetricsF fm(titleFont, p.device());
    page.drawText(QRectF(in.left(), in.top(), in.width(), page.mm(7.5)),
                  fm.elidedText(card.title, Qt::ElideRight, in.width()), titleFont, Qt::white, Qt::AlignLeft | Qt::AlignVCenter);
    page.drawText(QRectF(in.left(), in.top() + page.mm(7.5), in.width(), page.mm(5)), card.subtitle, page.font(8.5),
                  QColor(0xdd, 0xe8, 0xf4), Qt::AlignLeft | Qt::AlignVCenter);
    page.drawText(QRectF(in.left(), in.top() + page.mm(7.5), in.width(), page.mm(5)), card.badge, page.font(7.5),
                  QColor(0xdd, 0xe8, 0xf4), Qt::AlignRight | Qt::AlignVCenter);
    page.advance(bandH + page.mm(3));
    if (!card.definition.isEmpty()) {
        const QString text = Tr::tr("定义：%1").arg(card.definition);
        const qreal h = page.textHeight(text, page.font(9), body.width());
        page.drawText(QRectF(body.left(), page.y(), body.width(), h + 2), text, page.font(9), ReportPainter::kMuted);
        page.advance(h + page.mm(2.5));
    }
    for (const QString &w : card.warnings) {
        const qreal h = page.textHeight(w, page.font(8.5, true), body.width());
        page.drawText(QRectF(body.left(), page.y(), body.width(), h + 2), QStringLiteral("⚠ ") + w, page.font(8.5, true), ReportPainter::kWarn);
        page.advance(h + page.mm(2));
    }
    const qreal labelW = page.mm(22);
    for (const auto &[label, text] : card.lines) {
        const QFont f = page.font(8.5);
        const qreal h = page.textHeight(text, f, body.width() - labelW);
        page.need(h + page.mm(1.5));
        page.drawText(QRectF(body.left(), page.y(), labelW, h), label, page.font(8.5, true), ReportPainter::kAccent);
        page.drawText(QRectF(body.left() + labelW, page.y(), body.width() - labelW, h + 2), text, f, ReportPainter::kInk);
        page.advance(h + page.mm(1.8));
        p.setPen(QPen(ReportPainter::kRule, page.mm(0.1)));
        p.drawLine(QPointF(body.left(), page.y() - page.mm(0.9)), QPointF(body.right(), page.y() - page.mm(0.9)));
    }
    page.advance(page.mm(2));
    bars(page, Tr::tr("需求排序（有此需求的客户占比 · 来源）"), card.needs);
    stageBar(page, Tr::tr("生命周期分布"), card.stages);
    bars(page, Tr::tr("价值目标"), card.goals);
}

} // namespace portrait::CardPainter
