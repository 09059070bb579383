// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QVariant>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace portrait {

class TableModel;

// Binds the fields of a detail form to the columns of one row of a TableModel (the row with the
// current key). A field commits when the user finishes editing it (Return, leaving the field, a
// choice in a combo box, a click on a check box) by calling the model's setData, so every edit is
// one undo command; the fields follow the model when it changes (undo, redo, another view).
// Combo boxes store their value in the item data; a check box maps to a Bool column.
class FormMapper : public QObject
{
    Q_OBJECT
public:
    explicit FormMapper(TableModel *model, QObject *parent = nullptr);

    void bind(QLineEdit *edit, const QString &column);
    void bind(QPlainTextEdit *edit, const QString &column);
    void bind(QComboBox *combo, const QString &column);
    void bind(QCheckBox *box, const QString &column);

    void setCurrentKey(const QVariant &key);
    QVariant currentKey() const { return m_key; }
    int currentRow() const;
    // Puts the model's values into the fields again.
    void refresh();

signals:
    // After the fields were filled for a new key (or cleared when there is none).
    void refreshed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Binding
    {
        QPointer<QWidget> widget;
        QString column;
    };
    void add(QWidget *widget, const QString &column);
    void commit(QWidget *widget, const QVariant &value);
    QString columnOf(const QWidget *widget) const;
    void show(const Binding &binding, const QVariant &value);

    TableModel *m_model;
    QVariant m_key;
    QList<Binding> m_bindings;
    bool m_filling = false;
};

} // namespace portrait
