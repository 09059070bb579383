// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/ConditionEditor.h"

#include "commands/SetRuleConditionCommand.h"
#include "core/AttributeDictionary.h"
#include "core/Error.h"
#include "core/Workspace.h"
#include "engine/Condition.h"
#include "models/ConditionTreeModel.h"
#include "ui/ConditionLeafEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace portrait {

using Kind = ConditionTreeModel::Kind;

ConditionEditor::ConditionEditor(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new ConditionTreeModel(this)), m_view(new QTreeView),
      m_addLeaf(new QPushButton(tr("添加条件"))), m_addGroup(new QPushButton(tr("添加条件组"))),
      m_remove(new QPushButton(tr("删除"))), m_detail(new QStackedWidget), m_kind(new QComboBox),
      m_leaf(new ConditionLeafEditor), m_error(new QLabel), m_total(new QLabel)
{
    m_view->setObjectName(QStringLiteral("conditionTree"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ConditionTreeModel::TextColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ConditionTreeModel::CountColumn, QHeaderView::ResizeToContents);
    m_view->setMinimumHeight(180);
    m_addLeaf->setObjectName(QStringLiteral("addConditionButton"));
    m_remove->setObjectName(QStringLiteral("removeConditionButton"));
    auto *groups = new QMenu(m_addGroup);
    for (Kind k : {Kind::All, Kind::Any, Kind::Not}) {
        groups->addAction(ConditionTreeModel::kindName(k), this, [this, k] {
            select(m_model->addGroup(m_view->currentIndex(), k));
            commit(QString());
        });
        m_kind->addItem(ConditionTreeModel::kindName(k), int(k));
    }
    m_addGroup->setMenu(groups);
    m_kind->setObjectName(QStringLiteral("groupKindPicker"));
    m_error->setObjectName(QStringLiteral("conditionError"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_total->setForegroundRole(QPalette::PlaceholderText);

    auto *groupPage = new QWidget;
    auto *groupForm = new QFormLayout(groupPage);
    groupForm->setContentsMargins(0, 0, 0, 0);
    groupForm->addRow(tr("组合方式"), m_kind);
    auto *groupHint = new QLabel(tr("全部满足：组内条件都成立；任一满足：至少一个成立；不满足：组内条件不成立。"));
    groupHint->setWordWrap(true);
    groupHint->setForegroundRole(QPalette::PlaceholderText);
    groupForm->addRow(QString(), groupHint);
    m_detail->addWidget(groupPage);
    m_detail->addWidget(m_leaf);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addLeaf);
    buttons->addWidget(m_addGroup);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_total);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_detail);

    connect(m_addLeaf, &QPushButton::clicked, this, [this] {
        select(m_model->addLeaf(m_view->currentIndex(), m_defaultAttr));
        commit(QString());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        select(m_model->remove(m_view->currentIndex()));
        commit(QString());
    });
    connect(m_kind, &QComboBox::activated, this, [this] {
        if (m_showing)
            return;
        select(m_model->setGroupKind(m_view->currentIndex(), Kind(m_kind->currentData().toInt())));
        commit(QString());
    });
    connect(m_leaf, &ConditionLeafEditor::edited, this, &ConditionEditor::leafEdited);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ConditionEditor::showNode);
    connect(workspace, &Workspace::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("rules") && !m_writing)
            reloadFromWorkspace();
    });
    setRule(QString());
}

void ConditionEditor::setDictionary(const AttributeDictionary &dictionary, const QStringList &labels)
{
    QHash<QString, QString> names;
    for (const AttributeInfo &a : dictionary.all())
        names.insert(a.key, a.displayName());
    m_model->setAttributeNames(names);
    m_leaf->setDictionary(dictionary, labels);
    m_defaultAttr = dictionary.find(QStringLiteral("entity_kind")) ? QStringLiteral("entity_kind")
                    : dictionary.all().isEmpty()                  ? QString()
                                                                  : dictionary.all().first().key;
    showNode();
}

void ConditionEditor::setRule(const QString &ruleId)
{
    m_rule = ruleId;
    setEnabled(!ruleId.isEmpty());
    reloadFromWorkspace();
}

void ConditionEditor::reloadFromWorkspace()
{
    const QString stored = m_rule.isEmpty() ? QString() : SetRuleConditionCommand::read(m_workspace, m_rule);
    if (!m_rule.isEmpty() && stored == m_model->json() && m_error->isHidden())
        return;
    const QString path = m_model->data(m_view->currentIndex(), ConditionTreeModel::PathRole).toString();
    const bool ok = m_model->setJson(stored.isEmpty() ? QStringLiteral("{\"all\":[]}") : stored);
    m_view->expandAll();
    // Keep the same node selected across undo and redo when it still exists.
    QModelIndex keep = m_model->rootIndex();
    std::vector<QModelIndex> pending{keep};
    while (!pending.empty()) {
        const QModelIndex i = pending.back();
        pending.pop_back();
        if (i.data(ConditionTreeModel::PathRole).toString() == path)
            keep = i;
        for (int r = 0; r < m_model->rowCount(i); ++r)
            pending.push_back(m_model->index(r, 0, i));
    }
    select(keep);
    QString error;
    try {
        Condition::parse(stored);
    } catch (const Error &e) {
        error = ok ? e.message() : tr("存储的条件不是有效的 JSON：%1").arg(e.message());
    }
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty() && !m_rule.isEmpty());
    emit conditionChanged(m_model->json(), error.isEmpty());
}

void ConditionEditor::select(const QModelIndex &index)
{
    m_view->expandAll();
    m_view->setCurrentIndex(index);
    showNode();
}

void ConditionEditor::showNode()
{
    const ConditionTreeModel::Node *n = m_model->node(m_view->currentIndex());
    m_remove->setEnabled(n != nullptr);
    m_detail->setVisible(n != nullptr);
    if (!n)
        return;
    m_showing = true;
    if (n->kind == Kind::Leaf) {
        m_detail->setCurrentWidget(m_leaf);
        m_leaf->setLeaf(n->attr, n->op, n->value, n->ratioOf);
        m_leaf->setError(n->problem);
    } else {
        m_detail->setCurrentIndex(0);
        m_kind->setCurrentIndex(m_kind->findData(int(n->kind)));
    }
    m_showing = false;
}

void ConditionEditor::leafEdited(const QString &mergeKey)
{
    const QModelIndex at = m_view->currentIndex();
    QString valueError;
    const QJsonValue value = m_leaf->value(&valueError);
    m_model->setLeaf(at, m_leaf->attr(), m_leaf->op(), value, m_leaf->ratioOf());
    m_leaf->setError(valueError);
    commit(mergeKey.isEmpty() ? QString() : at.data(ConditionTreeModel::PathRole).toString() + QLatin1Char(':') + mergeKey);
}

void ConditionEditor::commit(const QString &mergeKey)
{
    if (m_rule.isEmpty())
        return;
    const QString json = m_model->json();
    QString error;
    try {
        Condition::parse(json);
    } catch (const Error &e) {
        error = e.message();
    }
    m_error->setText(error.isEmpty() ? QString() : tr("条件尚未保存：%1").arg(error));
    m_error->setVisible(!error.isEmpty());
    m_model->clearCounts();
    if (error.isEmpty() && json != SetRuleConditionCommand::read(m_workspace, m_rule)) {
        m_writing = true;
        QString failure;
        if (!m_workspace->execute(new SetRuleConditionCommand(m_workspace, m_rule, json,
                                                              mergeKey.isEmpty() ? QString() : m_rule + QLatin1Char('/') + mergeKey,
                                                              tr("修改规则 %1 的条件").arg(m_rule)),
                                  &failure))
            emit editFailed(failure);
        m_writing = false;
    }
    emit conditionChanged(json, error.isEmpty());
}

void ConditionEditor::setCounts(const QString &json, const std::vector<qint64> &counts,
                                const QStringList &problems, qint64 customers)
{
    if (json != m_model->json())
        return; // an answer to an older tree
    m_model->setCounts(counts);
    m_model->setProblems(problems);
    if (!counts.empty())
        m_total->setText(tr("满足整条规则 %1 户 / 共 %2 户")
                             .arg(QLocale().toString(counts.front()), QLocale().toString(customers)));
    if (const ConditionTreeModel::Node *n = m_model->node(m_view->currentIndex()); n && n->kind == Kind::Leaf)
        m_leaf->setError(n->problem);
}

QString ConditionEditor::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

} // namespace portrait
