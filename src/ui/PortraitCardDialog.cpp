// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/PortraitCardDialog.h"

#include "ui/PortraitCard.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace portrait {

PortraitCardDialog::PortraitCardDialog(const Segment &segment, const Portrait &portrait, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("画像卡 — %1 %2 %3").arg(portrait.departmentName, segment.node, segment.name));
    m_card = new PortraitCard(segment, portrait, PortraitCard::Size::Full);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_card);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *customers = buttons->addButton(tr("查看这些客户"), QDialogButtonBox::ActionRole);
    connect(customers, &QPushButton::clicked, this,
            [this] { emit drillDown(m_card->drillDownOf(QStringLiteral("segment"))); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_card, &PortraitCard::drillDown, this, &PortraitCardDialog::drillDown);
    connect(this, &PortraitCardDialog::drillDown, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(1000, 820);
}

} // namespace portrait
