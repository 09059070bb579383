// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QWidget>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace portrait {

class AttributeDictionary;
class ConditionLeafEditor;
class ConditionTreeModel;
class Workspace;

// The condition builder of the rule editor: the selected rule's condition as a tree of groups
// (全部满足 / 任一满足 / 不满足) and conditions with the live count beside every node, buttons to
// add conditions and groups and to remove them, and below the tree the editor of the selected
// node. Every edit serialises the tree and, when the engine's parser accepts it, stores it as one
// undo command (typing in one field merges); otherwise the workspace keeps its last valid
// condition and the parser's message shows inline. Undo and redo bring the tree back.
class ConditionEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ConditionEditor(Workspace *workspace, QWidget *parent = nullptr);

    void setDictionary(const AttributeDictionary &dictionary, const QStringList &labels);
    void setRule(const QString &ruleId);
    const QString &rule() const { return m_rule; }
    // Counts (and problems) computed for `json`; ignored when the tree has changed since.
    void setCounts(const QString &json, const std::vector<qint64> &counts, const QStringList &problems,
                   qint64 customers);

    ConditionTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    ConditionLeafEditor *leafEditor() const { return m_leaf; }
    QString errorText() const;

signals:
    // The tree now reads `json` (an edit, undo, another rule); valid tells whether it parses.
    void conditionChanged(const QString &json, bool valid);
    void editFailed(const QString &message);

private:
    void reloadFromWorkspace();
    void showNode();
    void commit(const QString &mergeKey);
    void select(const QModelIndex &index);
    void leafEdited(const QString &mergeKey);

    Workspace *m_workspace;
    ConditionTreeModel *m_model;
    QTreeView *m_view;
    QPushButton *m_addLeaf, *m_addGroup, *m_remove;
    QStackedWidget *m_detail;
    QComboBox *m_kind;
    ConditionLeafEditor *m_leaf;
    QLabel *m_error, *m_total;
    QString m_rule, m_defaultAttr;
    bool m_writing = false, m_showing = false;
};

} // namespace portrait
