// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/WorkshopCountdown.h"

#include <QTimer>

namespace portrait {

WorkshopCountdown::WorkshopCountdown(QWidget *parent) : QLabel(parent), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("countdown"));
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &WorkshopCountdown::tick);
}

void WorkshopCountdown::start(int seconds)
{
    m_secondsLeft = std::max(0, seconds);
    m_expired = false;
    display();
    m_timer->start();
}

void WorkshopCountdown::stop()
{
    m_timer->stop();
    clear();
}

void WorkshopCountdown::addSeconds(int seconds)
{
    m_secondsLeft += seconds;
    m_expired = false;
    display();
    m_timer->start();
}

void WorkshopCountdown::tick()
{
    if (m_secondsLeft > 0)
        --m_secondsLeft;
    display();
    if (m_secondsLeft == 0 && !m_expired) {
        m_expired = true;
        m_timer->stop();
        emit expired();
    }
}

void WorkshopCountdown::display()
{
    setText(QStringLiteral("%1:%2")
                .arg(m_secondsLeft / 60, 2, 10, QLatin1Char('0'))
                .arg(m_secondsLeft % 60, 2, 10, QLatin1Char('0')));
    // The last minute in red: time to close the round; at zero, white on red.
    setStyleSheet(m_secondsLeft == 0    ? QStringLiteral("color: white; background: #b00020; "
                                                            "padding: 0 12px; border-radius: 8px;")
                  : m_secondsLeft <= 60 ? QStringLiteral("color: #b00020;")
                                        : QString());
}

} // namespace portrait
