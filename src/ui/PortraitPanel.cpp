// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/PortraitPanel.h"

#include "core/Error.h"
#include "core/Language.h"
#include "core/Workspace.h"
#include "portrait/PortraitBuilder.h"
#include "portrait/PortraitComparison.h"
#include "portrait/PortraitData.h"
#include "portrait/ReportDataBuilder.h"
#include "report/PdfReportWriter.h"
#include "storage/PortraitDataLoader.h"
#include "storage/SnapshotRepository.h"
#include "ui/BackgroundJob.h"
#include "ui/ChoiceLists.h"
#include "ui/EmptyState.h"
#include "ui/PortraitCard.h"
#include "ui/PortraitCardDialog.h"
#include "ui/PortraitOverview.h"
#include "ui/PortraitTableModel.h"
#include "ui/SnapshotCompareModel.h"
#include "ui/SnapshotListModel.h"
#include "ui/SnapshotPane.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>

namespace portrait {

PortraitPanel::PortraitPanel(Workspace *workspace, QWidget *parent) : Panel(workspace, parent)
{
    auto *content = new QWidget(this);
    m_picker = new QComboBox(content);
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_mask = new QCheckBox(tr("隐藏客户姓名"), content);
    m_mask->setChecked(true);
    m_export = new QPushButton(tr("导出 PDF…"), content);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("部门"), content));
    top->addWidget(m_picker);
    top->addStretch();
    top->addWidget(m_mask);
    top->addWidget(m_export);

    using Kind = PortraitTableModel::Kind;
    for (Kind k : {Kind::Coverage, Kind::Lifecycle, Kind::MatchBySegment, Kind::MatchByGoal,
                   Kind::Resources})
        m_models << new PortraitTableModel(k, this);

    m_tabs = new QTabWidget(content);
    m_overview = new PortraitOverview;
    m_tabs->addTab(m_overview, tr("总览"));
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_cardGrid = new QWidget;
    m_cards = new QGridLayout(m_cardGrid);
    scroll->setWidget(m_cardGrid);
    m_tabs->addTab(scroll, tr("画像卡"));
    m_tabs->addTab(buildTable(m_models[0]), tr("服务覆盖"));
    m_tabs->addTab(buildTable(m_models[1]), tr("生命周期陪伴"));
    m_tabs->addTab(buildMatchTab(), tr("资源匹配"));
    m_snapshots = new SnapshotPane(workspace);
    m_tabs->addTab(m_snapshots, tr("快照"));
    connect(m_snapshots, &SnapshotPane::editFailed, this, &Panel::editFailed);
    connect(m_overview, &PortraitOverview::drillDown, this, &PortraitPanel::drillDown);
    connect(m_overview, &PortraitOverview::snapshotsRequested, this,
            [this] { m_tabs->setCurrentWidget(m_snapshots); });
    connect(m_snapshots->list(), &QAbstractItemModel::modelReset, this, &PortraitPanel::updateSinceSnapshot);

    m_empty = new EmptyState(tr("正在汇总客户…"));
    m_stack = new QStackedWidget(content);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tabs);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    setContent(tr("部门画像"),
               tr("按部门汇总范围内客户：客户群画像卡、服务覆盖、生命周期陪伴与资源匹配度；可导出 "
                  "PDF 报告。"),
               content);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(400);
    connect(&m_debounce, &QTimer::timeout, this, &PortraitPanel::reload);
    auto changed = [this] {
        m_stale = true;
        if (isVisible())
            m_debounce.start();
    };
    connect(workspace, &Workspace::tableChanged, this, [changed](const QString &table) {
        if (!table.startsWith(QLatin1String("workshop")) && table != QLatin1String("portrait_snapshots"))
            changed();
    });
    connect(workspace, &Workspace::reloaded, this, changed);
    connect(m_picker, &QComboBox::currentIndexChanged, this, &PortraitPanel::rebuild);
    connect(m_export, &QPushButton::clicked, this, &PortraitPanel::exportClicked);
    m_export->setEnabled(false);
}

QWidget *PortraitPanel::buildTable(PortraitTableModel *model)
{
    auto *view = new QTableView;
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(true);
    view->horizontalHeader()->setDefaultSectionSize(90);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setMouseTracking(true); // a hand over the cells that open customers
    connect(view, &QTableView::entered, view, [view, model](const QModelIndex &index) {
        view->viewport()->setCursor(model->drillDownAt(index) ? Qt::PointingHandCursor : Qt::ArrowCursor);
    });
    connect(view, &QTableView::clicked, this, [this, model](const QModelIndex &index) {
        if (const std::optional<DrillDown> drill = model->drillDownAt(index))
            drillDown(*drill);
    });
    connect(model, &QAbstractItemModel::modelReset, view, [view, model] {
        if (model->kind() == PortraitTableModel::Kind::Lifecycle)
            view->resizeColumnsToContents();
        view->resizeRowsToContents();
    });
    return view;
}

QWidget *PortraitPanel::buildMatchTab()
{
    auto *page = new QWidget;
    auto *layout = new QGridLayout(page);
    const QString titles[] = {tr("<b>按客户群</b>"), tr("<b>按价值目标</b>"),
                              tr("<b>五项资源优势的利用率</b>")};
    for (int i = 0; i < 3; ++i) {
        layout->addWidget(new QLabel(titles[i], page), 0, i);
        layout->addWidget(buildTable(m_models[2 + i]), 1, i);
        layout->setColumnStretch(i, i == 0 ? 6 : i == 1 ? 2 : 3); // resource names are long
    }
    return page;
}

void PortraitPanel::focusSearch()
{
    m_picker->setFocus();
}
bool PortraitPanel::isLoading() const
{
    return m_job && m_job->isRunning();
}
QString PortraitPanel::currentDepartment() const
{
    return m_picker->currentData().toString();
}

void PortraitPanel::showEvent(QShowEvent *event)
{
    Panel::showEvent(event);
    if (m_stale && !isLoading())
        reload();
}

void PortraitPanel::reload()
{
    if (isLoading()) { // once this load ends, load again
        m_debounce.start();
        return;
    }
    m_stale = false;
    if (!m_data)
        m_empty->setMessage(tr("正在汇总客户…"));
    auto result = std::make_shared<std::shared_ptr<PortraitData>>();
    auto classified = std::make_shared<bool>(false);
    delete m_job;
    // Read-write when the workspace is: the loader keeps what it read from the rows in the column
    // cache, so that the next load (here or on the command line) is several times faster.
    m_job = new BackgroundJob(
        workspace()->path(), workspace()->isReadOnly() ? Database::Mode::ReadOnly : Database::Mode::ReadWrite,
        [result, classified](Database &db, ProgressSink *) {
            *classified = PortraitDataLoader::hasClassifications(db);
            if (*classified)
                *result = std::make_shared<PortraitData>(PortraitDataLoader::load(db));
        },
        this);
    connect(m_job, &BackgroundJob::finished, this,
            [this, result, classified](const QString &error) {
                if (!error.isEmpty()) {
                    m_data.reset();
                    m_empty->setMessage(tr("未能汇总客户：%1").arg(error));
                } else if (!*classified) {
                    m_data.reset();
                    m_empty->setMessage(
                        tr("还没有分类结果。请先在“分类规则”中运行分类，再查看部门画像。"));
                } else {
                    m_data = *result;
                }
                fillPicker();
                emit loaded();
            });
    m_job->start();
}

void PortraitPanel::fillPicker()
{
    const QString keep = currentDepartment();
    QSignalBlocker block(m_picker);
    m_picker->clear();
    if (m_data) {
        auto *items = qobject_cast<QStandardItemModel *>(m_picker->model());
        for (const Choice &type : ChoiceLists::departmentTypes()) {
            bool header = false;
            for (const Department &d : m_data->config.departments) {
                if (d.type != type.value)
                    continue;
                if (!header) {
                    m_picker->addItem(type.label);
                    if (items)
                        items->item(m_picker->count() - 1)->setEnabled(false);
                    header = true;
                }
                m_picker->addItem(
                    QStringLiteral("  %1 %2").arg(d.code, localized(d.nameZh, d.nameEn)), d.code);
            }
        }
        int index = keep.isEmpty() ? -1 : m_picker->findData(keep);
        for (int i = 0; index < 0 && i < m_picker->count(); ++i)
            if (m_picker->itemData(i).isValid())
                index = i;
        m_picker->setCurrentIndex(index);
    }
    rebuild();
}

void PortraitPanel::selectDepartment(const QString &code)
{
    const int index = m_picker->findData(code);
    if (index >= 0)
        m_picker->setCurrentIndex(index);
}

void PortraitPanel::rebuild()
{
    const QString code = currentDepartment();
    m_export->setEnabled(false);
    if (!m_data || code.isEmpty()) {
        m_snapshots->setPortrait({});
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    try {
        m_portrait = PortraitBuilder(*m_data).build(code);
        PortraitDataLoader::fillLargest(workspace()->db(), m_portrait);
    } catch (const Error &e) {
        m_empty->setMessage(tr("未能生成画像：%1").arg(e.message()));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_overview->setPortrait(m_portrait);
    while (QLayoutItem *item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int n = 0;
    for (const Segment &s : std::as_const(m_portrait.segments)) {
        if (s.count == 0)
            continue;
        auto *card = new PortraitCard(s, m_portrait, PortraitCard::Size::Grid, m_cardGrid);
        connect(card, &PortraitCard::drillDown, this, &PortraitPanel::drillDown);
        connect(card, &PortraitCard::openRequested, this, &PortraitPanel::openCard);
        m_cards->addWidget(card, n / 2, n % 2);
        ++n;
    }
    m_cards->setRowStretch(n / 2 + 1, 1);
    for (PortraitTableModel *model : std::as_const(m_models))
        model->setPortrait(m_portrait);
    m_snapshots->setPortrait(m_portrait);
    m_stack->setCurrentWidget(m_tabs);
    m_export->setEnabled(true);
}

void PortraitPanel::updateSinceSnapshot()
{
    // The newest snapshot of the department against the portrait on screen, in one line.
    SnapshotListModel *list = m_snapshots->list();
    if (list->rowCount() == 0 || m_portrait.department.isEmpty() ||
        list->snapshot(0).department != m_portrait.department) {
        m_overview->setSinceSnapshot({});
        return;
    }
    const PortraitSnapshot &latest = list->snapshot(0);
    QStringList changes;
    try {
        const Portrait before = SnapshotRepository(workspace()->db()).load(latest.id);
        for (const ComparisonRow &r : PortraitComparison::compare(before, m_portrait)) {
            if (r.section == ComparisonRow::Section::Summary && r.changed())
                changes << QStringLiteral("%1 %2").arg(r.name, SnapshotCompareModel::changeText(r));
        }
    } catch (const Error &e) {
        changes << e.message();
    }
    m_overview->setSinceSnapshot(
        tr("与快照“%1”（%2）相比：%3 · <a href='snapshots'>比较</a>")
            .arg(latest.title.toHtmlEscaped(), latest.createdAt,
                 changes.isEmpty() ? tr("没有变化") : changes.join(QStringLiteral(" · ")).toHtmlEscaped()));
}

void PortraitPanel::drillDown(const DrillDown &drill)
{
    if (!m_data)
        return;
    try {
        emit drillDownRequested(drill.label, PortraitDrillDown(*m_data).customers(drill));
    } catch (const Error &e) {
        emit editFailed(e.message());
    }
}

bool PortraitPanel::openCard(const QString &node)
{
    for (const Segment &s : std::as_const(m_portrait.segments)) {
        if (s.node != node)
            continue;
        auto *dialog = new PortraitCardDialog(s, m_portrait, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &PortraitCardDialog::drillDown, this, &PortraitPanel::drillDown);
        dialog->open();
        return true;
    }
    return false;
}

bool PortraitPanel::exportPdf(const QString &path, bool maskNames, QString *error)
{
    if (!m_data || m_portrait.department.isEmpty())
        return false;
    try {
        const ReportData report = ReportDataBuilder::build(
            m_portrait, m_data->config, {QFileInfo(workspace()->path()).fileName(), maskNames, {}});
        PdfReportWriter::write(report, path);
    } catch (const Error &e) {
        if (error)
            *error = e.message();
        return false;
    }
    return true;
}

void PortraitPanel::exportClicked()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("导出部门画像报告"), tr("%1 部门客户画像报告.pdf").arg(m_portrait.departmentName),
        tr("PDF 文件 (*.pdf)"));
    if (path.isEmpty())
        return;
    // On the UI thread: the report draws its charts with Qt Charts, which are widgets' classes.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool ok = exportPdf(path, m_mask->isChecked(), &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::warning(this, tr("导出 PDF"), tr("未能写入报告：%1").arg(error));
}

} // namespace portrait
