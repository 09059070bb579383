// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "ui/ChoiceLists.h"
#include "ui/NewItemDialog.h"

#include <QVariantMap>
#include <QWidget>
#include <functional>

class QAbstractItemModel;
class QLabel;
class QSplitter;
class QStackedWidget;

namespace portrait {

class EmptyState;
class FormMapper;
class SearchableListPane;
class TableModel;

// A master–detail editor over one configuration table: the searchable list on the left, the
// item's form (a Designer form, bound through a FormMapper) on the right. Adds items through a
// NewItemDialog, deletes them after asking (naming what refers to them) and reorders them; every
// change goes through the TableModel and so onto the undo stack. Failures are reported through
// editFailed, never dropped.
class MasterDetailPane : public QWidget
{
    Q_OBJECT
public:
    struct NewItem
    {
        QString title;         // dialog title, e.g. "新增需求"
        QString codePrefix;    // used when no existing code ends in a number
        QString kindColumn;    // a column set from the dialog's kind combo, or empty
        QString kindLabel;
        QList<Choice> kinds;
        NewItemDialog::CodeStyle style = NewItemDialog::CodeStyle::Code;
        QVariantMap values;    // further values of the new row
    };

    MasterDetailPane(TableModel *model, QWidget *form, QWidget *parent = nullptr);
    // A list of another shape (the taxonomy tree) over the rows that the form edits: the list's
    // keyRole gives the form model's key. Adding, deleting and moving are then left to the owner
    // (connect to list()'s signals).
    MasterDetailPane(QAbstractItemModel *listModel, int keyRole, TableModel *formModel,
                     QWidget *form, QWidget *parent = nullptr);

    SearchableListPane *list() const { return m_list; }
    FormMapper *mapper() const { return m_mapper; }
    QSplitter *splitter() const { return m_splitter; }
    TableModel *model() const { return m_model; }
    QVariant currentKey() const;

    void setNewItem(const NewItem &spec);
    void setMovable(bool movable);
    // What refers to an item; shown in the delete confirmation.
    void setReferences(std::function<QStringList(const QVariant &key)> references);
    // Items for which Delete is refused (canonical attributes).
    void setRemovable(std::function<bool(const QVariant &key)> removable);
    void setPlaceholder(const QString &message);
    // A read-only label of the form that shows the current item's code.
    void setKeyLabel(QLabel *label);
    void focusSearch();

public slots:
    void addItem();
    void removeCurrent();
    void moveCurrent(int delta);

signals:
    void currentKeyChanged(const QVariant &key);
    void editFailed(const QString &message);

private:
    void showCurrent(const QVariant &key);

    TableModel *m_model;
    SearchableListPane *m_list;
    FormMapper *m_mapper;
    QSplitter *m_splitter;
    QStackedWidget *m_detail;
    EmptyState *m_placeholder;
    NewItem m_newItem;
    int m_buttons;
    std::function<QStringList(const QVariant &)> m_references;
    std::function<bool(const QVariant &)> m_removable;
};

} // namespace portrait
