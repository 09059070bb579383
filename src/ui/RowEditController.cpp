// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/RowEditController.h"

#include "models/TableModel.h"
#include "ui/DeleteConfirmation.h"

#include <QAbstractButton>
#include <QAbstractItemView>

namespace portrait {

RowEditController::RowEditController(QAbstractItemView *view, TableModel *model, QObject *parent)
    : QObject(parent), m_view(view), m_model(model)
{
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RowEditController::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &RowEditController::updateButtons);
    connect(model, &TableModel::editFailed, this, &RowEditController::editFailed);
}

void RowEditController::setAddButton(QAbstractButton *button, std::function<QVariantMap()> newValues,
                                     const QString &undoText)
{
    m_newValues = std::move(newValues);
    m_addText = undoText;
    connect(button, &QAbstractButton::clicked, this, &RowEditController::add);
}

void RowEditController::setRemoveButton(QAbstractButton *button,
                                        std::function<QStringList(const QVariant &)> references)
{
    m_remove = button;
    m_references = std::move(references);
    connect(button, &QAbstractButton::clicked, this, &RowEditController::removeCurrent);
    updateButtons();
}

void RowEditController::setMoveButtons(QAbstractButton *up, QAbstractButton *down)
{
    m_up = up;
    m_down = down;
    connect(up, &QAbstractButton::clicked, this, [this] { move(-1); });
    connect(down, &QAbstractButton::clicked, this, [this] { move(1); });
    updateButtons();
}

QString RowEditController::uniqueName(const TableModel *model, const QString &column,
                                      const QString &base)
{
    QStringList taken;
    for (int r = 0; r < model->rowCount(); ++r)
        taken << model->value(r, column).toString();
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = base + QString::number(n);
    return name;
}

int RowEditController::currentRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void RowEditController::add()
{
    QString error;
    if (!m_model->addRow(m_newValues(), m_addText, &error)) {
        emit editFailed(error);
        return;
    }
    // The new row is the last one; open its first cell for typing.
    const QModelIndex index = m_model->index(m_model->rowCount() - 1, 0);
    m_view->setCurrentIndex(index);
    m_view->edit(index);
}

void RowEditController::removeCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString label = m_model->index(row, 0).data().toString();
    const QStringList refs = m_references ? m_references(m_model->key(row)) : QStringList();
    if (!DeleteConfirmation::ask(m_view, label, refs))
        return;
    QString error;
    if (!m_model->removeRowAt(row, tr("删除 %1").arg(label), &error))
        emit editFailed(error);
}

void RowEditController::move(int delta)
{
    const int row = currentRow();
    QString error;
    if (!m_model->moveRowBy(row, delta, &error)) {
        if (!error.isEmpty())
            emit editFailed(error);
        return;
    }
    m_view->setCurrentIndex(m_model->index(row + delta, 0));
}

void RowEditController::updateButtons()
{
    const int row = currentRow();
    if (m_remove)
        m_remove->setEnabled(row >= 0);
    if (m_up)
        m_up->setEnabled(row > 0);
    if (m_down)
        m_down->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
}

} // namespace portrait
