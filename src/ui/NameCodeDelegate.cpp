// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/NameCodeDelegate.h"

#include <QApplication>
#include <QPainter>

namespace portrait {

namespace {
const QString kSeparators[] = {QStringLiteral("  ·  "), QStringLiteral("  ")};
constexpr int kGap = 8;

QFont codeFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.85);
    return f;
}
} // namespace

NameCodeDelegate::NameCodeDelegate(int textRole, int codeRole, QObject *parent)
    : QStyledItemDelegate(parent), m_textRole(textRole), m_codeRole(codeRole)
{
}

QString NameCodeDelegate::nameOf(const QModelIndex &index) const
{
    QString text = index.data(m_textRole).toString();
    const QString code = m_codeRole < 0 ? QString() : index.data(m_codeRole).toString();
    if (code.isEmpty())
        return text;
    for (const QString &sep : kSeparators) {
        if (text.startsWith(code + sep))
            return text.mid(code.size() + sep.size());
        if (text.endsWith(sep + code))
            return text.left(text.size() - code.size() - sep.size());
    }
    return text;
}

void NameCodeDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->text = nameOf(index);
}

void NameCodeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QString code = m_codeRole < 0 ? QString() : index.data(m_codeRole).toString();
    if (code.isEmpty() || code == nameOf(index))
        return;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    const int nameWidth = opt.fontMetrics.horizontalAdvance(opt.text);
    QRect codeRect = textRect.adjusted(qMin(nameWidth + kGap + 4, textRect.width()), 0, 0, 0);
    if (codeRect.width() <= 0)
        return;
    painter->save();
    painter->setFont(codeFont(opt.font));
    const bool selected = opt.state & QStyle::State_Selected;
    QColor colour = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    colour.setAlphaF(0.55f);
    painter->setPen(colour);
    painter->drawText(codeRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(painter->font()).elidedText(code, Qt::ElideRight, codeRect.width()));
    painter->restore();
}

QSize NameCodeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rheight() += 8; // rows with air, easier to read and to hit
    const QString code = m_codeRole < 0 ? QString() : index.data(m_codeRole).toString();
    if (!code.isEmpty())
        size.rwidth() += kGap + QFontMetrics(codeFont(option.font)).horizontalAdvance(code) + 4;
    return size;
}

} // namespace portrait
