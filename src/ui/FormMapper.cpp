// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/FormMapper.h"

#include "models/TableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace portrait {

FormMapper::FormMapper(TableModel *model, QObject *parent) : QObject(parent), m_model(model)
{
    connect(model, &QAbstractItemModel::dataChanged, this, &FormMapper::refresh);
    connect(model, &QAbstractItemModel::modelReset, this, &FormMapper::refresh);
}

void FormMapper::add(QWidget *widget, const QString &column)
{
    Q_ASSERT(m_model->columnOf(column) >= 0);
    m_bindings.append({widget, column});
    widget->setEnabled(false);
}

void FormMapper::bind(QLineEdit *edit, const QString &column)
{
    add(edit, column);
    connect(edit, &QLineEdit::editingFinished, this, [this, edit] { commit(edit, edit->text()); });
}

void FormMapper::bind(QPlainTextEdit *edit, const QString &column)
{
    add(edit, column);
    edit->installEventFilter(this); // commits when the field loses focus
}

void FormMapper::bind(QComboBox *combo, const QString &column)
{
    add(combo, column);
    connect(combo, &QComboBox::activated, this,
            [this, combo](int index) { commit(combo, combo->itemData(index)); });
}

void FormMapper::bind(QCheckBox *box, const QString &column)
{
    add(box, column);
    connect(box, &QCheckBox::clicked, this,
            [this, box](bool checked) { commit(box, checked ? Qt::Checked : Qt::Unchecked); });
}

bool FormMapper::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        if (auto *edit = qobject_cast<QPlainTextEdit *>(watched))
            commit(edit, edit->toPlainText());
    }
    return QObject::eventFilter(watched, event);
}

QString FormMapper::columnOf(const QWidget *widget) const
{
    for (const Binding &b : m_bindings) {
        if (b.widget == widget)
            return b.column;
    }
    return {};
}

int FormMapper::currentRow() const
{
    return m_key.isValid() ? m_model->rowOfKey(m_key) : -1;
}

void FormMapper::commit(QWidget *widget, const QVariant &value)
{
    const int row = currentRow();
    if (m_filling || row < 0)
        return;
    const QModelIndex index = m_model->index(row, m_model->columnOf(columnOf(widget)));
    const bool check = qobject_cast<QCheckBox *>(widget) != nullptr;
    const QVariant old = m_model->data(index, check ? Qt::CheckStateRole : Qt::EditRole);
    if (old == value || (!check && old.toString() == value.toString() && !value.isNull()))
        return;
    if (!m_model->setData(index, value, check ? Qt::CheckStateRole : Qt::EditRole))
        refresh(); // refused (the model said why): show the stored value again
}

void FormMapper::setCurrentKey(const QVariant &key)
{
    m_key = key;
    refresh();
}

void FormMapper::show(const Binding &b, const QVariant &value)
{
    if (auto *edit = qobject_cast<QLineEdit *>(b.widget)) {
        if (edit->text() != value.toString())
            edit->setText(value.toString());
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(b.widget)) {
        if (text->toPlainText() != value.toString())
            text->setPlainText(value.toString());
    } else if (auto *combo = qobject_cast<QComboBox *>(b.widget)) {
        int at = -1;
        for (int i = 0; i < combo->count() && at < 0; ++i) {
            const QVariant data = combo->itemData(i);
            if ((data.isNull() && value.isNull()) ||
                (!data.isNull() && data.toString() == value.toString()))
                at = i;
        }
        combo->setCurrentIndex(at);
    } else if (auto *box = qobject_cast<QCheckBox *>(b.widget)) {
        box->setChecked(value.toInt() == Qt::Checked);
    }
}

void FormMapper::refresh()
{
    const int row = currentRow();
    m_filling = true;
    for (const Binding &b : std::as_const(m_bindings)) {
        if (!b.widget)
            continue;
        const int column = m_model->columnOf(b.column);
        const QModelIndex index = row >= 0 ? m_model->index(row, column) : QModelIndex();
        const bool check = qobject_cast<QCheckBox *>(b.widget) != nullptr;
        show(b, index.data(check ? Qt::CheckStateRole : Qt::EditRole));
        b.widget->setEnabled(row >= 0 && (m_model->flags(index) &
                                          (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)));
    }
    m_filling = false;
    emit refreshed();
}

} // namespace portrait
