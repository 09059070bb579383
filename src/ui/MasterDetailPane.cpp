// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/MasterDetailPane.h"

#include "core/Codes.h"
#include "models/TableModel.h"
#include "ui/DeleteConfirmation.h"
#include "ui/EmptyState.h"
#include "ui/FormMapper.h"
#include "ui/NameCodeDelegate.h"
#include "ui/SearchableListPane.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>

namespace portrait {

MasterDetailPane::MasterDetailPane(TableModel *model, QWidget *form, QWidget *parent)
    : MasterDetailPane(model, TableModel::KeyRole, model, form, parent)
{
    m_list->proxy()->setFilterRole(TableModel::LabelRole);
    m_list->proxy()->setFilterKeyColumn(0);
    m_list->view()->setItemDelegateForColumn(
        0, new NameCodeDelegate(TableModel::LabelRole, TableModel::KeyRole, this));
    m_list->setButtons(m_buttons);
    m_list->setVisibleColumns({0});
    connect(m_list, &SearchableListPane::addRequested, this, &MasterDetailPane::addItem);
    connect(m_list, &SearchableListPane::removeRequested, this, &MasterDetailPane::removeCurrent);
    connect(m_list, &SearchableListPane::moveRequested, this, &MasterDetailPane::moveCurrent);
}

MasterDetailPane::MasterDetailPane(QAbstractItemModel *listModel, int keyRole,
                                   TableModel *formModel, QWidget *form, QWidget *parent)
    : QWidget(parent), m_model(formModel), m_list(new SearchableListPane(listModel, keyRole)),
      m_mapper(new FormMapper(formModel, this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_detail(new QStackedWidget),
      m_placeholder(new EmptyState(tr("在左侧选择一项，即可在这里查看和修改。"))),
      m_buttons(SearchableListPane::RemoveButton)
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    form->setContentsMargins(4, 0, 8, 8);
    scroll->setWidget(form);
    m_detail->addWidget(m_placeholder);
    m_detail->addWidget(scroll);

    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({340, 560});
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_list, &SearchableListPane::currentKeyChanged, this, &MasterDetailPane::showCurrent);
    connect(formModel, &TableModel::editFailed, this, &MasterDetailPane::editFailed);
}

QVariant MasterDetailPane::currentKey() const
{
    return m_list->currentKey();
}

void MasterDetailPane::showCurrent(const QVariant &key)
{
    m_mapper->setCurrentKey(key);
    m_detail->setCurrentIndex(key.isValid() ? 1 : 0);
    emit currentKeyChanged(key);
}

void MasterDetailPane::setNewItem(const NewItem &spec)
{
    m_newItem = spec;
    m_buttons |= SearchableListPane::AddButton;
    m_list->setButtons(m_buttons, spec.title);
}

void MasterDetailPane::setMovable(bool movable)
{
    m_buttons = movable ? m_buttons | SearchableListPane::MoveButtons
                        : m_buttons & ~SearchableListPane::MoveButtons;
    m_list->setButtons(m_buttons);
}

void MasterDetailPane::setReferences(std::function<QStringList(const QVariant &)> references)
{
    m_references = std::move(references);
}

void MasterDetailPane::setRemovable(std::function<bool(const QVariant &)> removable)
{
    m_removable = removable;
    m_list->setRemovable(std::move(removable));
}

void MasterDetailPane::setPlaceholder(const QString &message)
{
    m_placeholder->setMessage(message);
}

void MasterDetailPane::setKeyLabel(QLabel *label)
{
    connect(this, &MasterDetailPane::currentKeyChanged, label,
            [label](const QVariant &key) { label->setText(key.toString()); });
}

void MasterDetailPane::focusSearch()
{
    m_list->searchEdit()->setFocus(Qt::ShortcutFocusReason);
    m_list->searchEdit()->selectAll();
}

void MasterDetailPane::addItem()
{
    QStringList codes;
    for (int r = 0; r < m_model->rowCount(); ++r)
        codes << m_model->key(r).toString();
    NewItemDialog dialog(m_newItem.title, codes, this);
    dialog.setCodeStyle(m_newItem.style);
    if (m_newItem.style == NewItemDialog::CodeStyle::Code)
        dialog.setSuggestedCode(Codes::next(codes, m_newItem.codePrefix));
    if (!m_newItem.kindColumn.isEmpty())
        dialog.setKinds(m_newItem.kindLabel, m_newItem.kinds);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QVariantMap values = m_newItem.values;
    values.insert(m_model->keyColumn(), dialog.code());
    values.insert(QStringLiteral("name_zh"), dialog.name());
    if (!m_newItem.kindColumn.isEmpty())
        values.insert(m_newItem.kindColumn, dialog.kind());
    QString error;
    if (!m_model->addRow(values, tr("新增 %1 %2").arg(dialog.code(), dialog.name()), &error)) {
        emit editFailed(error);
        return;
    }
    m_list->searchEdit()->clear();
    m_list->selectKey(dialog.code());
}

void MasterDetailPane::removeCurrent()
{
    const QVariant key = currentKey();
    const int row = m_model->rowOfKey(key);
    if (row < 0 || (m_removable && !m_removable(key)))
        return;
    const QString label = m_model->index(row, 0).data(TableModel::LabelRole).toString();
    if (!DeleteConfirmation::ask(this, label, m_references ? m_references(key) : QStringList()))
        return;
    QString error;
    if (!m_model->removeRowAt(row, tr("删除 %1").arg(label), &error))
        emit editFailed(error);
}

void MasterDetailPane::moveCurrent(int delta)
{
    const QVariant key = currentKey();
    QString error;
    if (!m_model->moveRowBy(m_model->rowOfKey(key), delta, &error) && !error.isEmpty())
        emit editFailed(error);
    m_list->selectKey(key);
}

} // namespace portrait
