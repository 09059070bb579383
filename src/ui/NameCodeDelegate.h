// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QStyledItemDelegate>

namespace portrait {

// Draws an item as its name with its code small and grey beside it ("储能运营商  E2.2"), so that
// lists and pickers show names first and codes for analysts. The name comes from textRole, the
// code from codeRole (-1: none); a code the model already put into the text is not repeated.
class NameCodeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    NameCodeDelegate(int textRole, int codeRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QString nameOf(const QModelIndex &index) const;

    int m_textRole;
    int m_codeRole;
};

} // namespace portrait
