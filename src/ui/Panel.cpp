// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/Panel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace portrait {

Panel::Panel(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
}

void Panel::setContent(const QString &title, const QString &description, QWidget *content)
{
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("panelTitle"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.45);
    font.setBold(true);
    heading->setFont(font);
    auto *explanation = new QLabel(description, this);
    explanation->setObjectName(QStringLiteral("panelDescription"));
    explanation->setWordWrap(true);
    explanation->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(4);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addSpacing(8);
    layout->addWidget(content, 1);
}

} // namespace portrait
