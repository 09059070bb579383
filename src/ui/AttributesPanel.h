// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "ui/Panel.h"

#include <memory>

class QTabWidget;

namespace Ui {
class AttributeForm;
}

namespace portrait {

class MasterDetailPane;
class TableModel;

// 属性字典: the customer attributes (standard ones keep their key and type; custom ones can be
// added and removed) with names, unit, enumeration values, CSV synonyms and range; and the label
// dictionary, edited in place.
class AttributesPanel : public Panel
{
    Q_OBJECT
public:
    explicit AttributesPanel(Workspace *workspace, QWidget *parent = nullptr);
    ~AttributesPanel() override;
    void focusSearch() override;

private:
    QWidget *createLabels();
    void showKindOf(const QVariant &key);

    std::unique_ptr<Ui::AttributeForm> m_form;
    TableModel *m_model;
    MasterDetailPane *m_pane;
    QTabWidget *m_tabs;
};

} // namespace portrait
