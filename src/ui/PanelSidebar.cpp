// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/PanelSidebar.h"

namespace portrait {

PanelSidebar::PanelSidebar(const QStringList &panels, const QStringList &later, QWidget *parent)
    : QListWidget(parent)
{
    addItems(panels);
    auto *separator = new QListWidgetItem(this);
    separator->setFlags(Qt::NoItemFlags);
    separator->setSizeHint(QSize(0, 10));
    for (const QString &name : later) {
        auto *item = new QListWidgetItem(name, this);
        item->setFlags(Qt::NoItemFlags);
        item->setToolTip(tr("将在后续版本提供"));
    }
    setObjectName(QStringLiteral("sidebar"));
    setFrameShape(QFrame::NoFrame);
    setFixedWidth(168);
    setStyleSheet(QStringLiteral(
        "QListWidget#sidebar { background: palette(window); font-size: 11pt; }"
        "QListWidget#sidebar::item { padding-left: 14px; height: 34px; border: none; }"
        "QListWidget#sidebar::item:selected { background: palette(highlight);"
        " color: palette(highlighted-text); }"));
    const int count = int(panels.size());
    connect(this, &QListWidget::currentRowChanged, this, [this, count](int row) {
        if (row >= 0 && row < count)
            emit panelChosen(row);
    });
}

} // namespace portrait
