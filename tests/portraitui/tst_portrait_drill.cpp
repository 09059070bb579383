// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// The portrait panel's drill-down, full-size card, evidence marks and 快照 tab, clicked through
// in the main window offscreen.
#include "TestWorkspace.h"

#include "core/Workspace.h"
#include "io/CustomerGenerator.h"
#include "models/CustomerTableModel.h"
#include "portrait/PortraitDrillDown.h"
#include "storage/PortraitDataLoader.h"
#include "storage/Database.h"
#include "storage/Reclassification.h"
#include "ui/CustomersPanel.h"
#include "ui/MainWindow.h"
#include "ui/PortraitCard.h"
#include "ui/PortraitCardDialog.h"
#include "ui/PortraitOverview.h"
#include "ui/PortraitPanel.h"
#include "ui/PortraitTableModel.h"
#include "ui/SnapshotCompareModel.h"
#include "ui/SnapshotListModel.h"
#include "ui/SnapshotPane.h"
#include "ui/StatTile.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace portrait;

namespace {

struct Window
{
    QTemporaryDir dir;
    MainWindow window;
    PortraitPanel *panel = nullptr;
    CustomersPanel *customers = nullptr;
    Workspace *ws = nullptr;

    Window()
    {
        QString path;
        {
            auto seeded = makeSeededWorkspace(dir.path());
            REQUIRE(CustomerGenerator::addDemoCustomers(*seeded, 400) == 400);
            Reclassification::run(*seeded);
            path = seeded->path();
        }
        QString error;
        REQUIRE(window.openWorkspace(path, &error));
        window.resize(1400, 900);
        window.show();
        panel = window.findChild<PortraitPanel *>();
        customers = window.findChild<CustomersPanel *>();
        REQUIRE(panel);
        REQUIRE(customers);
        ws = panel->workspace();
        QSignalSpy loaded(panel, &PortraitPanel::loaded);
        for (int i = 0; i < window.panelCount(); ++i)
            if (window.panel(i) == panel)
                window.showPanel(i);
        if (!panel->hasData())
            REQUIRE(loaded.wait(30000));
        panel->selectDepartment(QStringLiteral("MKT"));
        REQUIRE(panel->portrait().inScope > 0);
    }
    void showPortraits()
    {
        for (int i = 0; i < window.panelCount(); ++i)
            if (window.panel(i) == panel)
                window.showPanel(i);
    }
    QLabel *drillChip() const
    {
        for (QLabel *l : customers->findChildren<QLabel *>())
            if (l->text().startsWith(QStringLiteral("下钻：")))
                return l;
        return nullptr;
    }
};

} // namespace

TEST_CASE("drill-down: a card's size, a need, a matrix cell open the customers behind them")
{
    Window w;
    const Portrait &p = w.panel->portrait();
    PortraitCard *card = w.panel->cardGrid()->findChildren<PortraitCard *>().first();
    REQUIRE(card);
    const Segment *segment = nullptr;
    for (const Segment &s : p.segments)
        if (s.node == card->node())
            segment = &s;
    REQUIRE(segment);

    // The size link of the card: the customers panel with exactly that segment.
    QLabel *sizeLine = nullptr;
    for (QLabel *l : card->findChildren<QLabel *>())
        if (l->text().contains(QStringLiteral("href='segment'")))
            sizeLine = l;
    REQUIRE(sizeLine);
    emit sizeLine->linkActivated(QStringLiteral("segment"));
    CHECK(w.window.currentPanel() == w.customers);
    CHECK(w.customers->model()->rowCount() == segment->count);
    QLabel *chip = w.drillChip();
    REQUIRE(chip);
    CHECK(chip->isVisible());
    CHECK(chip->toolTip().contains(segment->node));

    // Removing the chip shows everyone again.
    QToolButton *remove = nullptr;
    for (QToolButton *b : w.customers->findChildren<QToolButton *>())
        if (b->text() == QStringLiteral("×"))
            remove = b;
    REQUIRE(remove);
    remove->click();
    CHECK_FALSE(chip->isVisible());
    CHECK(w.customers->model()->rowCount() == w.customers->model()->totalCustomers());

    // A need of the card.
    w.showPortraits();
    REQUIRE(!segment->needs.isEmpty());
    const NeedIncidence &need = segment->needs.first();
    emit sizeLine->linkActivated(QStringLiteral("need:") + need.code);
    CHECK(w.customers->model()->rowCount() == need.count);
    CHECK(w.drillChip()->toolTip().contains(need.code));
    if (qEnvironmentVariableIsSet("PORTRAIT_SHOTS"))
        w.window.grab().save(qEnvironmentVariable("PORTRAIT_SHOTS") + QStringLiteral("/portrait_drill.png"));

    // A cell of the coverage matrix, clicked with the mouse.
    w.showPortraits();
    w.panel->tabs()->setCurrentIndex(2);
    auto *view = qobject_cast<QTableView *>(w.panel->tabs()->currentWidget());
    REQUIRE(view);
    PortraitTableModel *coverage = w.panel->model(0);
    QModelIndex cell;
    for (int r = 0; r < coverage->rowCount() && !cell.isValid(); ++r)
        for (int c = 0; c < coverage->columnCount() - 2 && !cell.isValid(); ++c)
            if (coverage->drillDownAt(coverage->index(r, c)))
                cell = coverage->index(r, c);
    REQUIRE(cell.isValid());
    const DrillDown drill = *coverage->drillDownAt(cell);
    const std::vector<qint64> expected = PortraitDrillDown(PortraitDataLoader::load(w.ws->db())).customers(drill);
    CHECK(!expected.empty());
    view->scrollTo(cell);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    CHECK(w.window.currentPanel() == w.customers);
    CHECK(w.customers->model()->rowCount() == qint64(expected.size()));
    CHECK(w.customers->model()->customerId(0) == expected.front());

    // A lifecycle cell and the overview's in-scope tile.
    w.showPortraits();
    PortraitTableModel *lifecycle = w.panel->model(1);
    std::optional<DrillDown> stage;
    for (int c = 0; c < lifecycle->columnCount() && !stage; ++c)
        stage = lifecycle->drillDownAt(lifecycle->index(0, c));
    REQUIRE(stage);
    w.panel->drillDown(*stage);
    CHECK(w.window.currentPanel() == w.customers);
    w.showPortraits();
    w.panel->tabs()->setCurrentIndex(0);
    QTest::mouseClick(w.panel->overview()->inScopeTile(), Qt::LeftButton);
    CHECK(w.customers->model()->rowCount() == p.inScope);

    // A bar of the segment chart: the top bar is the first segment (the chart draws bottom up).
    w.showPortraits();
    auto *chart = w.panel->overview()->findChild<QChartView *>();
    REQUIRE(chart);
    auto *bars = qobject_cast<QHorizontalBarSeries *>(chart->chart()->series().first());
    REQUIRE(bars);
    emit bars->clicked(int(p.segments.size()) - 1, bars->barSets().first());
    CHECK(w.window.currentPanel() == w.customers);
    CHECK(w.customers->model()->rowCount() == p.segments.first().count);
    CHECK(w.drillChip()->toolTip().contains(p.segments.first().node));
}

TEST_CASE("a card opens full size; every figure carries an evidence mark")
{
    Window w;
    const Portrait &p = w.panel->portrait();
    w.panel->tabs()->setCurrentIndex(1);
    PortraitCard *card = w.panel->cardGrid()->findChildren<PortraitCard *>().first();
    QTest::mouseDClick(card, Qt::LeftButton);
    auto *dialog = w.panel->findChild<PortraitCardDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    const Segment *segment = nullptr;
    for (const Segment &s : p.segments)
        if (s.node == card->node())
            segment = &s;
    REQUIRE(segment);
    // The full card lists every need, the grid's only the first five.
    int needLinks = 0;
    for (QLabel *l : dialog->card()->findChildren<QLabel *>())
        needLinks += l->text().contains(QStringLiteral("href='need:")) ? 1 : 0;
    CHECK(needLinks == segment->needs.size());
    if (qEnvironmentVariableIsSet("PORTRAIT_SHOTS"))
        dialog->grab().save(qEnvironmentVariable("PORTRAIT_SHOTS") + QStringLiteral("/portrait_card_full.png"));
    dialog->close();

    // Marks: on every line of every card, on the five tiles and two charts, in table headers.
    for (PortraitCard *c : w.panel->cardGrid()->findChildren<PortraitCard *>()) {
        const QList<QLabel *> marks = c->findChildren<QLabel *>(QStringLiteral("evidenceMark"));
        CHECK(marks.size() >= 5);
        for (QLabel *m : marks)
            CHECK(m->toolTip().startsWith(QStringLiteral("证据：")));
    }
    const QList<QLabel *> overview = w.panel->overview()->findChildren<QLabel *>(QStringLiteral("evidenceMark"));
    CHECK(overview.size() == 7);
    for (QLabel *m : overview)
        CHECK(m->toolTip().contains(QStringLiteral("证据：")));
    for (int k = 0; k < 5; ++k) {
        PortraitTableModel *model = w.panel->model(k);
        for (int c = 0; c < model->columnCount(); ++c) {
            CHECK(model->headerData(c, Qt::Horizontal, Qt::DecorationRole).isValid());
            CHECK(model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("证据：")));
        }
    }
}

TEST_CASE("快照: save, compare with the current portrait after customers change, rename and delete with undo")
{
    Window w;
    SnapshotPane *pane = w.panel->snapshots();
    REQUIRE(pane);
    QAbstractItemModelTester listTester(pane->list(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester compareTester(pane->comparison(), QAbstractItemModelTester::FailureReportingMode::Warning);
    w.panel->tabs()->setCurrentIndex(w.panel->tabs()->indexOf(pane));
    CHECK(w.panel->tabs()->tabText(w.panel->tabs()->currentIndex()) == QStringLiteral("快照"));
    CHECK(pane->list()->rowCount() == 0);
    const qint64 before = w.panel->portrait().inScope;

    QString error;
    REQUIRE(pane->save(QStringLiteral("共创前"), QStringLiteral("2026-09-30"), &error));
    REQUIRE(pane->list()->rowCount() == 1);
    CHECK(pane->list()->snapshot(0).inScope == before);
    // Newest snapshot → current portrait: nothing changed yet.
    CHECK(pane->comparison()->rowCount() > 0);
    CHECK(pane->comparison()->changedCount() == 0);
    // The overview names the newest snapshot and what changed since.
    QLabel *since = w.panel->overview()->sinceSnapshotLabel();
    CHECK_FALSE(since->isHidden());
    CHECK(since->text().contains(QStringLiteral("共创前")));
    CHECK(since->text().contains(QStringLiteral("没有变化")));

    // Fewer customers: the panel reloads, the comparison shows the change.
    QSignalSpy loaded(w.panel, &PortraitPanel::loaded);
    w.ws->db().exec("DELETE FROM customers WHERE id IN (SELECT id FROM customers ORDER BY id DESC LIMIT 150)");
    w.ws->notifyReloaded();
    REQUIRE(loaded.wait(30000));
    const qint64 after = w.panel->portrait().inScope;
    REQUIRE(after < before);
    pane->compare(pane->list()->snapshot(0).id, 0);
    CHECK(pane->comparison()->changedCount() > 0);
    const ComparisonRow *scope = pane->comparison()->line(1);
    REQUIRE(scope);
    CHECK(scope->code == QStringLiteral("in_scope"));
    CHECK(scope->changed());
    CHECK(qRound64(scope->delta()) == after - before);
    CHECK(since->text().contains(QStringLiteral("范围内客户 %1").arg(QLocale().toString(after - before))));
    if (qEnvironmentVariableIsSet("PORTRAIT_SHOTS")) {
        w.panel->tabs()->setCurrentIndex(0);
        QTest::qWait(50);
        w.panel->grab().save(qEnvironmentVariable("PORTRAIT_SHOTS") + QStringLiteral("/portrait_since.png"));
    }
    emit since->linkActivated(QStringLiteral("snapshots"));
    CHECK(w.panel->tabs()->currentWidget() == pane);
    CHECK(pane->comparison()->headerData(1, Qt::Horizontal).toString() == QStringLiteral("共创前"));
    CHECK(pane->comparison()->data(pane->comparison()->index(1, 0), Qt::BackgroundRole).isValid());

    // A second snapshot; selecting both rows compares them, the earlier one first.
    REQUIRE(pane->save(QStringLiteral("共创后"), QStringLiteral("2026-10-31"), &error));
    REQUIRE(pane->list()->rowCount() == 2);
    CHECK(pane->list()->snapshot(0).title == QStringLiteral("共创后"));
    pane->listView()->selectAll();
    CHECK(pane->comparison()->headerData(1, Qt::Horizontal).toString() == QStringLiteral("共创前"));
    CHECK(pane->comparison()->headerData(2, Qt::Horizontal).toString() == QStringLiteral("共创后"));
    CHECK(pane->comparison()->changedCount() > 0);

    // Rename in place and undo; delete and undo.
    QUndoStack *undo = w.ws->undoStack();
    REQUIRE(pane->list()->setData(pane->list()->index(1, SnapshotListModel::Title), QStringLiteral("三季度")));
    CHECK(pane->list()->snapshot(1).title == QStringLiteral("三季度"));
    undo->undo();
    CHECK(pane->list()->snapshot(1).title == QStringLiteral("共创前"));
    const qint64 id = pane->list()->snapshot(0).id;
    REQUIRE(pane->remove(id, &error));
    CHECK(pane->list()->rowCount() == 1);
    undo->undo();
    REQUIRE(pane->list()->rowCount() == 2);
    CHECK(pane->list()->snapshot(0).id == id);

    if (qEnvironmentVariableIsSet("PORTRAIT_SHOTS")) {
        pane->compare(pane->list()->snapshot(1).id, 0);
        QTest::qWait(50);
        w.window.grab().save(qEnvironmentVariable("PORTRAIT_SHOTS") + QStringLiteral("/portrait_snapshots.png"));
    }
}
