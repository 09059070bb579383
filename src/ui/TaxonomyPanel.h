// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "ui/Panel.h"

#include <memory>

namespace Ui {
class TaxonomyForm;
}

namespace portrait {

class LinkCheckModel;
class MasterDetailPane;
class TableModel;
class TaxonomyModel;

// 分类体系: the customer taxonomy as a tree. Nodes are added as children or siblings, moved by
// drag and drop, and deleted after a confirmation that lists what refers to them; the form edits
// names, kind, definition, typical scenarios and core needs.
class TaxonomyPanel : public Panel
{
    Q_OBJECT
public:
    explicit TaxonomyPanel(Workspace *workspace, QWidget *parent = nullptr);
    ~TaxonomyPanel() override;
    void focusSearch() override;

public slots:
    void addChild();
    void addSibling();
    void removeCurrent();

private:
    void addUnder(const QString &parentCode);
    void showDetails(const QVariant &code);

    std::unique_ptr<Ui::TaxonomyForm> m_form;
    TaxonomyModel *m_tree;
    TableModel *m_nodes;
    LinkCheckModel *m_needs;
    MasterDetailPane *m_pane;
};

} // namespace portrait
