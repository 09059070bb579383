// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/OverviewPanel.h"

#include "ui/HorizontalBarChart.h"

#include "core/Workspace.h"
#include "models/EntityKindCountModel.h"
#include "ui/Columns.h"
#include "ui/EmptyState.h"
#include "ui/StatTile.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QGridLayout>
#include <QGroupBox>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QValueAxis>

namespace portrait {

namespace {
constexpr int kChartKinds = 12; // the largest kinds; the rest would be unreadable slivers
}

OverviewPanel::OverviewPanel(Workspace *workspace, QWidget *parent)
    : Panel(workspace, parent), m_kinds(new EntityKindCountModel(workspace, this))
{
    auto *content = new QWidget;
    auto *layout = new QGridLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(16);
    layout->setVerticalSpacing(16);
    layout->addWidget(createTiles(), 0, 0, 1, 2);
    layout->addWidget(createChart(), 1, 0);
    layout->addWidget(createNextSteps(), 1, 1);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(1, 1);
    connect(m_kinds, &QAbstractItemModel::modelReset, this, &OverviewPanel::updateFacts);
    connect(m_kinds, &QAbstractItemModel::modelReset, this, &OverviewPanel::updateChart);
    connect(workspace, &Workspace::reloaded, this, &OverviewPanel::updateFacts);
    setContent(tr("概览"), tr("工作区的基本情况和接下来可以做的事。"), content);
    updateFacts();
    updateChart();
}

TableModel *OverviewPanel::countedTable(const char *table)
{
    const bool rules = qstrcmp(table, "rules") == 0;
    auto *model = new TableModel(
        workspace(), QString::fromLatin1(table), rules ? QStringLiteral("id") : QStringLiteral("code"),
        {rules ? Columns::of("enabled", QT_TRANSLATE_NOOP("portrait::Columns", "启用"), TableModel::Kind::Bool)
               : Columns::names().first()},
        this);
    m_tables << model;
    connect(model, &QAbstractItemModel::modelReset, this, &OverviewPanel::updateFacts);
    connect(model, &QAbstractItemModel::dataChanged, this, &OverviewPanel::updateFacts);
    return model;
}

QWidget *OverviewPanel::createTiles()
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    m_customers = new StatTile(tr("客户"));
    m_categories = new StatTile(tr("客户分类"));
    m_departments = new StatTile(tr("部门"));
    m_services = new StatTile(tr("服务"));
    m_rules = new StatTile(tr("分类规则"));
    m_date = new StatTile(tr("数据日期"));
    for (StatTile *tile : {m_customers, m_categories, m_departments, m_services, m_rules, m_date})
        layout->addWidget(tile);
    return row;
}

QWidget *OverviewPanel::createChart()
{
    auto *box = new QGroupBox(tr("客户主体类型分布"));
    m_chart = new QChartView;
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(280);
    auto *empty = new EmptyState(tr("还没有客户 — 导入客户名单后，这里显示各类客户的数量。"),
                                 tr("导入客户名单…"));
    connect(empty, &EmptyState::actionTriggered, this, &OverviewPanel::importRequested);
    m_chartStack = new QStackedWidget;
    m_chartStack->addWidget(m_chart);
    m_chartStack->addWidget(empty);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_chartStack);
    return box;
}

QWidget *OverviewPanel::createNextSteps()
{
    auto *box = new QGroupBox(tr("下一步"));
    auto *layout = new QVBoxLayout(box);
    layout->setSpacing(6);
    const struct
    {
        QString title, text;
        int panel; // -1: import
    } steps[] = {
        {tr("导入客户名单"), tr("从营销系统导出的客户清单（CSV/Excel 另存的 CSV）读入工作区。"), -1},
        {tr("检查分类规则"), tr("确认主类判定的顺序和条件符合本单位的实际。"), 3},
        {tr("打开部门画像"), tr("先确认部门的客户范围与服务目录；部门画像据此生成。"), 8}, // 部门画像
    };
    for (const auto &step : steps) {
        auto *button = new QPushButton(step.title);
        button->setMinimumHeight(34);
        auto *text = new QLabel(step.text);
        text->setWordWrap(true);
        text->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(button);
        layout->addWidget(text);
        layout->addSpacing(10);
        const int panel = step.panel;
        connect(button, &QPushButton::clicked, this, [this, panel] {
            if (panel < 0)
                emit importRequested();
            else
                emit panelRequested(panel);
        });
    }
    layout->addStretch();
    return box;
}

qint64 OverviewPanel::customerCount() const
{
    return m_kinds->total();
}

QString OverviewPanel::dataDate() const
{
    return workspace()->setting(QStringLiteral("data_date"));
}

void OverviewPanel::updateFacts()
{
    if (m_tables.isEmpty()) {
        for (const char *table : {"taxonomy", "departments", "services", "rules"})
            countedTable(table);
    }
    const qint64 customers = m_kinds->total();
    m_customers->setValue(tr("%1户").arg(StatTile::compactCount(customers)),
                          tr("%n 种主体类型", nullptr, int(m_kinds->rowCount())));
    m_categories->setValue(QString::number(m_tables[0]->rowCount()), tr("分组、主类与角色"));
    m_departments->setValue(QString::number(m_tables[1]->rowCount()), tr("含原集体企业与直属单位"));
    m_services->setValue(QString::number(m_tables[2]->rowCount()), tr("服务、工具包、产品与咨询"));
    int enabled = 0;
    const TableModel *rules = m_tables[3];
    for (int r = 0; r < rules->rowCount(); ++r)
        enabled += rules->value(r, QStringLiteral("enabled")).toInt() != 0;
    m_rules->setValue(QString::number(rules->rowCount()), tr("其中 %n 条启用", nullptr, enabled));
    const QString date = dataDate();
    m_date->setValue(date.isEmpty() ? tr("未设置") : date,
                     date.isEmpty() ? tr("导入客户名单时填写") : tr("客户数据的截止日期"));
    emit summaryChanged();
}

void OverviewPanel::updateChart()
{
    m_chartStack->setCurrentIndex(m_kinds->total() == 0 ? 1 : 0);
    QStringList names;
    QList<double> counts;
    double largest = 0;
    for (int r = 0; r < qMin(kChartKinds, m_kinds->rowCount()); ++r) {
        const QModelIndex kind = m_kinds->index(r, EntityKindCountModel::KindColumn);
        names << kind.data().toString();
        counts << double(kind.data(EntityKindCountModel::CountRole).toLongLong());
        largest = qMax(largest, counts.last());
    }
    HorizontalBarChart::Style style;
    style.labelColour = palette().color(QPalette::Text);
    style.axisMax = largest * 1.15 + 1;
    style.niceNumbers = true;
    HorizontalBarChart::show(m_chart, names, counts, style);
}

void OverviewPanel::focusSearch()
{
    emit panelRequested(1); // the overview has no list; searching means searching customers
}

} // namespace portrait
