// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QObject>
#include <QVariantMap>
#include <functional>

class QAbstractButton;
class QAbstractItemView;

namespace portrait {

class TableModel;

// Wires a table view edited in place (positions, toolkit steps, labels) and its buttons to a
// TableModel: add a row, delete the selected one after asking, move it up or down. The buttons
// may come from a Designer form; any of them may be null.
class RowEditController : public QObject
{
    Q_OBJECT
public:
    RowEditController(QAbstractItemView *view, TableModel *model, QObject *parent = nullptr);

    void setAddButton(QAbstractButton *button, std::function<QVariantMap()> newValues,
                      const QString &undoText);
    void setRemoveButton(QAbstractButton *button,
                         std::function<QStringList(const QVariant &key)> references = {});
    void setMoveButtons(QAbstractButton *up, QAbstractButton *down);

    // base, or base followed by 2, 3… when a row already has that value in column.
    static QString uniqueName(const TableModel *model, const QString &column, const QString &base);

public slots:
    void add();
    void removeCurrent();
    void move(int delta);
    void updateButtons();

signals:
    void editFailed(const QString &message);

private:
    int currentRow() const;

    QAbstractItemView *m_view;
    TableModel *m_model;
    QAbstractButton *m_remove = nullptr, *m_up = nullptr, *m_down = nullptr;
    std::function<QVariantMap()> m_newValues;
    std::function<QStringList(const QVariant &)> m_references;
    QString m_addText;
};

} // namespace portrait
