// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/EmptyState.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace portrait {

EmptyState::EmptyState(const QString &message, const QString &action, QWidget *parent)
    : QWidget(parent), m_message(new QLabel(message, this))
{
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    QFont font = m_message->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_message->setFont(font);
    m_message->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(2);
    layout->addWidget(m_message);
    if (!action.isEmpty()) {
        m_button = new QPushButton(action, this);
        m_button->setDefault(true);
        connect(m_button, &QPushButton::clicked, this, &EmptyState::actionTriggered);
        layout->addSpacing(12);
        layout->addWidget(m_button, 0, Qt::AlignHCenter);
    }
    layout->addStretch(3);
}

void EmptyState::setMessage(const QString &message)
{
    m_message->setText(message);
}

} // namespace portrait
