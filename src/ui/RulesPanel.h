// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "ui/Panel.h"

#include <QStringList>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QTabWidget;

namespace Ui {
class RuleForm;
}

namespace portrait {

class ConditionEditor;
class LiveCountService;
class MasterDetailPane;
class RuleListModel;
class RuleTryPane;
class TableModel;

// 规则: the rule editor. On the left the rules of one group in evaluation order — drag (or the
// arrows) to change priority, switch rules on and off — each with its outcome by name and, live,
// how many customers it takes and how many are left. On the right the selected rule: its
// condition as a tree of groups and conditions with a count under every node, warnings (unknown
// attribute, type mismatch, a rule earlier rules leave nothing to), the outcome and the texts,
// and "try on a customer". Also the workspace's 数据日期. Every change is an undo step; the
// customers are re-classified in the background afterwards.
class RulesPanel : public Panel
{
    Q_OBJECT
public:
    explicit RulesPanel(Workspace *workspace, QWidget *parent = nullptr);
    ~RulesPanel() override;
    void focusSearch() override;

    ConditionEditor *conditionEditor() const { return m_conditions; }
    RuleListModel *ruleList() const { return m_list; }
    RuleTryPane *tryPane() const { return m_try; }
    LiveCountService *counts() const { return m_counts; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createHeader();
    void showGroup(int index);
    void showRule(const QVariant &key);
    void fillOutcomes();
    void prepareNewRule();
    void moveRule(const QString &id, int to);
    void updateWarning();
    void loadDictionary();
    void showDataDate();

    std::unique_ptr<Ui::RuleForm> m_form;
    RuleListModel *m_list;
    TableModel *m_rules;
    LiveCountService *m_counts;
    ConditionEditor *m_conditions;
    RuleTryPane *m_try;
    QTabWidget *m_tabs;
    QComboBox *m_group, *m_outcome;
    QDateEdit *m_dataDate;
    QLabel *m_waterfall, *m_warning;
    MasterDetailPane *m_pane;
    QStringList m_problems; // of the selected rule's condition, from the last count
    bool m_filling = false;
};

} // namespace portrait
