// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QLabel>

class QTimer;

namespace portrait {

// The countdown of a workshop round in the presentation's corner: mm:ss, red in the last minute,
// and expired() once when it reaches zero, so the window can end the round visibly. The
// facilitator may add time; a stopped countdown shows nothing.
class WorkshopCountdown : public QLabel
{
    Q_OBJECT
public:
    explicit WorkshopCountdown(QWidget *parent = nullptr);

    void start(int seconds);
    void stop();
    void addSeconds(int seconds);
    int secondsLeft() const { return m_secondsLeft; }

public slots:
    // One second passes (the timer calls it; tests call it directly).
    void tick();

signals:
    void expired();

private:
    void display();

    QTimer *m_timer;
    int m_secondsLeft = 0;
    bool m_expired = false;
};

} // namespace portrait
