// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "portrait/Portrait.h"

#include <QFrame>

namespace portrait {

// One 画像卡 (ux.md "画像卡"): a segment's code, name, priority and evidence in the title line,
// then size and share, definition, key statistics, top labels, needs ranking with bars, value
// goals, lifecycle, covering services, gaps and scenarios.
class PortraitCard : public QFrame
{
    Q_OBJECT
public:
    explicit PortraitCard(const Segment &segment, QWidget *parent = nullptr);

    QString node() const { return m_node; }
    static QString evidenceName(Evidence evidence);
    static QString amountKwh(double kwh); // 万千瓦时 / 亿千瓦时

private:
    QString m_node;
};

} // namespace portrait
