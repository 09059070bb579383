// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QFrame>

class QLabel;

namespace portrait {

// A KPI tile: a large figure, its caption, and a small note beneath ("85.8万户 / 客户 / 数据日期…").
class StatTile : public QFrame
{
    Q_OBJECT
public:
    explicit StatTile(const QString &caption, QWidget *parent = nullptr);
    void setValue(const QString &value, const QString &note = {});
    QString value() const;

    // Counts as readers of the interface language count: 9,876 below ten thousand, then 85.8万,
    // 1.2亿 in Chinese; 12.3k, 1.2M in English.
    static QString compactCount(qint64 count);

private:
    QLabel *m_value;
    QLabel *m_caption;
    QLabel *m_note;
};

} // namespace portrait
