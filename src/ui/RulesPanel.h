// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "ui/Panel.h"

#include <memory>

class QComboBox;

namespace Ui {
class RuleForm;
}

namespace portrait {

class ChoiceDelegate;
class MasterDetailPane;
class TableModel;
class TaxonomyModel;

// 规则: the classification rules of one group at a time (the primary-category waterfall first),
// in evaluation order, each with its enabled switch, outcome and reason. Names, reason and the
// switch are edited here, and rules are reordered within their group; the condition tree is shown
// read-only until the rule editor arrives.
class RulesPanel : public Panel
{
    Q_OBJECT
public:
    explicit RulesPanel(Workspace *workspace, QWidget *parent = nullptr);
    ~RulesPanel() override;
    void focusSearch() override;

private:
    void showGroup(int index);
    void showDetails(const QVariant &key);
    void updateOutcomeNames();
    QString outcomeText(const QString &group, const QString &outcome) const;

    std::unique_ptr<Ui::RuleForm> m_form;
    TableModel *m_rules;
    TableModel *m_needs;
    TableModel *m_stages;
    TaxonomyModel *m_taxonomy;
    QComboBox *m_group;
    ChoiceDelegate *m_outcomes;
    MasterDetailPane *m_pane;
};

} // namespace portrait
