// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "ui/Panel.h"

class QChartView;
class QStackedWidget;

namespace portrait {

class EntityKindCountModel;
class StatTile;
class TableModel;

// 概览: what a new user sees first. The workspace's facts as tiles, the customers by entity kind
// as a chart, and the three next steps (import customers, check the rules, open a department).
class OverviewPanel : public Panel
{
    Q_OBJECT
public:
    explicit OverviewPanel(Workspace *workspace, QWidget *parent = nullptr);
    void focusSearch() override;

    qint64 customerCount() const;
    QString dataDate() const;

signals:
    void importRequested();
    // The facts changed (customers, data date); the status bar follows.
    void summaryChanged();

private:
    QWidget *createTiles();
    QWidget *createChart();
    QWidget *createNextSteps();
    TableModel *countedTable(const char *table);
    void updateFacts();
    void updateChart();

    EntityKindCountModel *m_kinds;
    StatTile *m_customers, *m_categories, *m_departments, *m_services, *m_rules, *m_date;
    QList<TableModel *> m_tables;
    QChartView *m_chart;
    QStackedWidget *m_chartStack;
};

} // namespace portrait
