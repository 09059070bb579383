// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "ui/ChoiceLists.h"

#include <QStyledItemDelegate>

namespace portrait {

// Shows a stored choice value ("business") as its label ("业务部门") and edits it with a combo box.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ChoiceDelegate(QList<Choice> choices, QObject *parent = nullptr);
    void setChoices(QList<Choice> choices) { m_choices = std::move(choices); }

    QString displayText(const QVariant &value, const QLocale &locale) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    QList<Choice> m_choices;
};

} // namespace portrait
