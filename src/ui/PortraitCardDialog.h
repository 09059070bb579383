// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "portrait/Portrait.h"
#include "portrait/PortraitDrillDown.h"

#include <QDialog>

namespace portrait {

class PortraitCard;

// A persona card full size (ux.md: "click a card to open it full size"): every statistic, need,
// service and scenario of the segment, in a larger font, scrollable; its links drill down like
// the grid's card does, closing the dialog.
class PortraitCardDialog : public QDialog
{
    Q_OBJECT
public:
    PortraitCardDialog(const Segment &segment, const Portrait &portrait, QWidget *parent = nullptr);
    PortraitCard *card() const { return m_card; }

signals:
    void drillDown(const portrait::DrillDown &drill);

private:
    PortraitCard *m_card;
};

} // namespace portrait
