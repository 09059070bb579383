// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/PortraitEvidenceMark.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace portrait::PortraitEvidenceMark {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::PortraitEvidenceMark)
};
} // namespace

QColor colour(Evidence evidence)
{
    switch (evidence) {
    case Evidence::Data:
        return QColor(0x2f, 0x6f, 0xb5);
    case Evidence::Rule:
        return QColor(0x6a, 0x4c, 0x9c);
    case Evidence::Workshop:
        return QColor(0xb8, 0x6e, 0x00);
    case Evidence::Manual:
        return QColor(0x5f, 0x63, 0x68);
    }
    return {};
}

QString tooltip(const PortraitEvidence::Mark &mark)
{
    return Tr::tr("证据：%1 — %2").arg(PortraitEvidence::name(mark.evidence), mark.source);
}

QString html(Evidence evidence)
{
    return QStringLiteral("<span style='background-color:%1; color:white; font-size:small'>&nbsp;%2&nbsp;</span>")
        .arg(colour(evidence).name(), PortraitEvidence::letter(evidence));
}

QLabel *label(const PortraitEvidence::Mark &mark, QWidget *parent)
{
    auto *l = new QLabel(html(mark.evidence), parent);
    l->setObjectName(QStringLiteral("evidenceMark"));
    l->setToolTip(tooltip(mark));
    l->setProperty("evidence", PortraitEvidence::name(mark.evidence));
    l->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return l;
}

QIcon icon(Evidence evidence)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(colour(evidence));
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(QRectF(1, 1, 30, 30), 6, 6);
    QFont font = painter.font();
    font.setPixelSize(22);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, 32, 32), Qt::AlignCenter, PortraitEvidence::letter(evidence));
    painter.end();
    return QIcon(pixmap);
}

} // namespace portrait::PortraitEvidenceMark
