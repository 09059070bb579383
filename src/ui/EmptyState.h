// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace portrait {

// What a list or a form shows when it has nothing: one sentence saying what to do, and
// optionally the button that does it ("还没有客户 — 导入客户名单…").
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(const QString &message, const QString &action = {},
                        QWidget *parent = nullptr);
    void setMessage(const QString &message);
    QPushButton *button() const { return m_button; }

signals:
    void actionTriggered();

private:
    QLabel *m_message;
    QPushButton *m_button = nullptr;
};

} // namespace portrait
