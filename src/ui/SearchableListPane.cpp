// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/SearchableListPane.h"

#include "ui/EmptyState.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTreeView>

namespace portrait {

SearchableListPane::SearchableListPane(QAbstractItemModel *model, int keyRole, QWidget *parent)
    : QWidget(parent), m_model(model), m_keyRole(keyRole), m_layout(new QVBoxLayout(this)),
      m_search(new QLineEdit(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_stack(new QStackedWidget(this)), m_view(new QTreeView(this)), m_buttonRow(new QWidget(this))
{
    m_search->setPlaceholderText(tr("搜索名称或代码…"));
    m_search->setClearButtonEnabled(true);
    m_proxy->setSourceModel(model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setRecursiveFilteringEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->header()->setStretchLastSection(true);
    m_view->setRootIsDecorated(false);
    m_stack->addWidget(m_view);

    m_add = new QPushButton(tr("新增"), m_buttonRow);
    m_remove = new QPushButton(tr("删除"), m_buttonRow);
    m_up = new QPushButton(tr("上移"), m_buttonRow);
    m_down = new QPushButton(tr("下移"), m_buttonRow);
    auto *buttons = new QHBoxLayout(m_buttonRow);
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch();
    connect(m_add, &QPushButton::clicked, this, &SearchableListPane::addRequested);
    connect(m_remove, &QPushButton::clicked, this, &SearchableListPane::removeRequested);
    connect(m_up, &QPushButton::clicked, this, [this] { emit moveRequested(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { emit moveRequested(1); });
    auto *del = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, [this] {
        if (m_remove->isVisible() && m_remove->isEnabled())
            emit removeRequested();
    });

    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    m_layout->addWidget(m_search);
    m_layout->addWidget(m_stack, 1);
    m_layout->addWidget(m_buttonRow);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        const QVariant key = currentKey();
        if (key != m_key) {
            m_key = key;
            emit currentKeyChanged(key);
        }
        updateState();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SearchableListPane::restoreSelection);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SearchableListPane::updateState);
    // A reload of the same shape (a reorder, an undo) may put another item on the current row.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_key.isValid() && currentKey() != m_key)
            selectKey(m_key);
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SearchableListPane::restoreSelection);
    setButtons(0);
}

void SearchableListPane::setButtons(int buttons, const QString &addText)
{
    m_add->setVisible(buttons & AddButton);
    m_remove->setVisible(buttons & RemoveButton);
    m_up->setVisible(buttons & MoveButtons);
    m_down->setVisible(buttons & MoveButtons);
    m_buttonRow->setVisible(buttons != 0);
    if (!addText.isEmpty())
        m_add->setText(addText);
    updateState();
}

void SearchableListPane::setEmptyState(const QString &message, const QString &action)
{
    if (!m_empty) {
        m_empty = new EmptyState(message, action, m_stack);
        m_stack->addWidget(m_empty);
        if (m_empty->button())
            connect(m_empty, &EmptyState::actionTriggered, this, &SearchableListPane::addRequested);
    }
    m_empty->setMessage(message);
    updateState();
}

void SearchableListPane::setVisibleColumns(const QList<int> &columns)
{
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnHidden(c, !columns.contains(c));
    m_view->setHeaderHidden(columns.size() < 2);
}

void SearchableListPane::insertHeaderWidget(QWidget *widget)
{
    m_layout->insertWidget(0, widget);
}

QModelIndex SearchableListPane::currentSourceIndex() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current.siblingAtColumn(0)) : QModelIndex();
}

void SearchableListPane::setRemovable(std::function<bool(const QVariant &)> removable)
{
    m_removable = std::move(removable);
    updateState();
}

QPushButton *SearchableListPane::addExtraButton(const QString &text)
{
    auto *button = new QPushButton(text, m_buttonRow);
    auto *row = static_cast<QHBoxLayout *>(m_buttonRow->layout());
    row->insertWidget(row->indexOf(m_add) + 1, button);
    return button;
}

QVariant SearchableListPane::currentKey() const
{
    const QModelIndex index = currentSourceIndex();
    return index.isValid() ? index.data(m_keyRole) : QVariant();
}

bool SearchableListPane::selectKey(const QVariant &key)
{
    const QModelIndexList found =
        key.isValid() && m_proxy->rowCount() > 0
            ? m_proxy->match(m_proxy->index(0, 0), m_keyRole, key, 1,
                             Qt::MatchExactly | Qt::MatchRecursive)
            : QModelIndexList();
    if (found.isEmpty()) {
        m_view->selectionModel()->clearCurrentIndex();
        m_view->selectionModel()->clearSelection();
    } else {
        m_view->scrollTo(found.first());
        m_view->selectionModel()->setCurrentIndex(
            found.first(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    if (currentKey() != m_key) {
        m_key = currentKey();
        emit currentKeyChanged(m_key);
    }
    updateState();
    return !found.isEmpty();
}

void SearchableListPane::showEvent(QShowEvent *event)
{
    // A detail form is more useful than an empty one: start on the first item.
    if (!currentSourceIndex().isValid() && m_proxy->rowCount() > 0)
        selectKey(m_proxy->index(0, 0).data(m_keyRole));
    QWidget::showEvent(event);
}

void SearchableListPane::restoreSelection()
{
    if (m_view->model()->rowCount() > 0 && m_view->selectionModel()->currentIndex().isValid() &&
        currentKey() == m_key) {
        updateState();
        return;
    }
    selectKey(m_key);
}

void SearchableListPane::updateState()
{
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty && m_empty ? static_cast<QWidget *>(m_empty) : m_view);
    const QModelIndex current = currentSourceIndex();
    m_remove->setEnabled(current.isValid() && (!m_removable || m_removable(currentKey())));
    m_up->setEnabled(current.isValid() && current.row() > 0);
    m_down->setEnabled(current.isValid() &&
                       current.row() + 1 < m_model->rowCount(current.parent()));
}

} // namespace portrait
