// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QVariant>
#include <functional>
#include <QWidget>

class QAbstractItemModel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;
class QVBoxLayout;

namespace portrait {

class EmptyState;

// The left half of every master–detail panel: a search box over a list or tree (filtering through
// a QSortFilterProxyModel), the buttons that add, delete and reorder items, and an empty state
// that says what to do when there is nothing yet. Items are identified by a key role, so the
// selection survives the model's reloads (after undo, after an insert).
class SearchableListPane : public QWidget
{
    Q_OBJECT
public:
    enum Button { AddButton = 0x1, RemoveButton = 0x2, MoveButtons = 0x4 };

    SearchableListPane(QAbstractItemModel *model, int keyRole, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *searchEdit() const { return m_search; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

    void setButtons(int buttons, const QString &addText = {});
    void setEmptyState(const QString &message, const QString &action = {});
    EmptyState *emptyState() const { return m_empty; }
    void setVisibleColumns(const QList<int> &columns);
    void insertHeaderWidget(QWidget *widget);
    // Items for which the Delete button stays disabled (standard attributes).
    void setRemovable(std::function<bool(const QVariant &key)> removable);
    // A further button after Add (the taxonomy's "add sibling"); shown with the Add button.
    QPushButton *addExtraButton(const QString &text);

    QVariant currentKey() const;
    QModelIndex currentSourceIndex() const;
    bool selectKey(const QVariant &key);

signals:
    void currentKeyChanged(const QVariant &key);
    void addRequested();
    void removeRequested();
    void moveRequested(int delta);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void restoreSelection();
    void updateState();

    QAbstractItemModel *m_model;
    int m_keyRole;
    QVariant m_key;
    QVBoxLayout *m_layout;
    QLineEdit *m_search;
    QSortFilterProxyModel *m_proxy;
    QStackedWidget *m_stack;
    QTreeView *m_view;
    EmptyState *m_empty = nullptr;
    QWidget *m_buttonRow;
    QPushButton *m_add, *m_remove, *m_up, *m_down;
    std::function<bool(const QVariant &)> m_removable;
};

} // namespace portrait
