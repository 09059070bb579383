// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "ui/Panel.h"

#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace portrait {

class CustomerDetailPane;
class CustomerTableModel;
class EmptyState;
class EnterprisePane;
class TableModel;

// 客户: the customer list (millions of rows, fetched lazily), sortable by any attribute, searchable
// by 户号 and 户名, filtered per attribute; the selected customer's attributes as a form beside it.
// Cells and form fields are edited in place; customers are added and deleted here.
class CustomersPanel : public Panel
{
    Q_OBJECT
public:
    explicit CustomersPanel(Workspace *workspace, QWidget *parent = nullptr);
    void focusSearch() override;

    CustomerTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    CustomerDetailPane *detail() const { return m_detail; }

public slots:
    void editFilters();
    void clearFilters();
    void addCustomer();
    void removeSelected();
    // Shows only the customers behind a portrait figure (drill-down), named by a removable chip;
    // the search and other filters are cleared so that the count is the figure's.
    void showDrillDown(const QString &label, const std::vector<qint64> &ids);
    void clearDrillDown();

signals:
    void importRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createToolbar();
    void updateState();
    void showCurrent();
    void showEnterprises(bool shown);
    void placeClassificationColumns();

    CustomerTableModel *m_model;
    TableModel *m_attributes;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QLabel *m_count;
    QLabel *m_filterLine;
    QWidget *m_drillChip;
    QLabel *m_drillLabel;
    QPushButton *m_clearFilters;
    QPushButton *m_remove;
    QTableView *m_view;
    CustomerDetailPane *m_detail;
    EmptyState *m_empty;
    QStackedWidget *m_stack;
    EnterprisePane *m_enterprises = nullptr; // created when first shown
};

} // namespace portrait
