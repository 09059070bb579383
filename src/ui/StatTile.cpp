// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/StatTile.h"

#include "core/Language.h"
#include "portrait/ReportNumbers.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace portrait {

StatTile::StatTile(const QString &caption, QWidget *parent)
    : QFrame(parent), m_value(new QLabel(this)), m_caption(new QLabel(caption, this)),
      m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("statTile"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_value->setFont(big);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_note->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_note->setFont(small);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_note);
    layout->addStretch();
    setMinimumWidth(150);
}

void StatTile::setValue(const QString &value, const QString &note)
{
    m_value->setText(value);
    m_note->setText(note);
}

QString StatTile::value() const
{
    return m_value->text();
}

QString StatTile::compactCount(qint64 count)
{
    const QLocale locale;
    if (currentLanguage() == Language::English) // English readers count in thousands: 12.3k, 1.2M
        return count < 10000 ? locale.toString(count) : ReportNumbers::number(double(count));
    if (count < 10000)
        return locale.toString(count);
    if (count < 100000000)
        return tr("%1万").arg(locale.toString(double(count) / 1e4, 'f', count < 100000 ? 2 : 1));
    return tr("%1亿").arg(locale.toString(double(count) / 1e8, 'f', 2));
}

} // namespace portrait
