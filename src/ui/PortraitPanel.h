// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "portrait/Portrait.h"
#include "portrait/PortraitDrillDown.h"
#include "ui/Panel.h"

#include <QTimer>
#include <memory>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace portrait {

class BackgroundJob;
class EmptyState;
class PortraitOverview;
class PortraitTableModel;
class SnapshotPane;

// The 部门画像 panel (issue 5, ux.md): a department picker grouped by type, then the tabs 总览,
// 画像卡, 服务覆盖, 生命周期陪伴, 资源匹配 and 快照, and the PDF export. Any figure drills down to
// the customers behind it (drillDownRequested); a card opens full size. The portrait data is loaded
// once off the UI thread (an empty state says so meanwhile) and again after customers, rules or
// configuration change; building one department's portrait from it is quick and pure.
class PortraitPanel : public Panel
{
    Q_OBJECT
public:
    explicit PortraitPanel(Workspace *workspace, QWidget *parent = nullptr);

    void focusSearch() override;

    bool isLoading() const;
    bool hasData() const { return m_data != nullptr; }
    QString currentDepartment() const;
    void selectDepartment(const QString &code);
    const Portrait &portrait() const { return m_portrait; }
    // The actions behind the export button, without its file dialog, for tests.
    bool exportPdf(const QString &path, bool maskNames, QString *error = nullptr);

    PortraitOverview *overview() const { return m_overview; }
    QTabWidget *tabs() const { return m_tabs; }
    QWidget *cardGrid() const { return m_cardGrid; }
    PortraitTableModel *model(int kind) const { return m_models.value(kind); }
    SnapshotPane *snapshots() const { return m_snapshots; }

    // Finds the customers behind a figure of the current portrait and asks for them to be shown.
    void drillDown(const DrillDown &drill);
    // Opens a segment's persona card full size (a dialog); returns whether the segment exists.
    bool openCard(const QString &node);

signals:
    void loaded();
    void drillDownRequested(const QString &label, const std::vector<qint64> &customers);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildTable(PortraitTableModel *model);
    QWidget *buildMatchTab();
    void reload();
    void fillPicker();
    void rebuild();
    void exportClicked();
    void updateSinceSnapshot();

    std::shared_ptr<const PortraitData> m_data;
    Portrait m_portrait;
    BackgroundJob *m_job = nullptr; // a child: its destructor waits for the work
    bool m_stale = true;
    QTimer m_debounce;
    QComboBox *m_picker;
    QCheckBox *m_mask;
    QPushButton *m_export;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QTabWidget *m_tabs;
    PortraitOverview *m_overview;
    QWidget *m_cardGrid;
    QGridLayout *m_cards;
    QList<PortraitTableModel *> m_models;
    SnapshotPane *m_snapshots;
};

} // namespace portrait
