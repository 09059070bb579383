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
        else if (QListWidgetItem *entry = item(row); entry && entry->data(Qt::UserRole).isValid())
            emit panelChosen(entry->data(Qt::UserRole).toInt());
    });
}

void PanelSidebar::enableLater(int laterIndex, int panel)
{
    // The later entries follow the separator, the first row without a name.
    for (int row = 0; row < count(); ++row) {
        if (!item(row)->text().isEmpty())
            continue;
        if (QListWidgetItem *entry = item(row + 1 + laterIndex)) {
            entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            entry->setToolTip(QString());
            entry->setData(Qt::UserRole, panel);
        }
        return;
    }
}

void PanelSidebar::selectPanel(int panel)
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->flags() == Qt::NoItemFlags) // the separator, entries still to come
            continue;
        const QVariant mapped = item(row)->data(Qt::UserRole);
        if (mapped.isValid() ? mapped.toInt() == panel : row == panel) {
            setCurrentRow(row);
            return;
        }
    }
}

} // namespace portrait
