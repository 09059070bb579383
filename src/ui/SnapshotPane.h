// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "portrait/Portrait.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace portrait {

class SnapshotCompareModel;
class SnapshotListModel;
class Workspace;

// The 快照 tab of the portrait panel: the department's snapshots (save the current portrait under
// a title and date, rename, delete — each an undo step) and two of them, or one and the current
// portrait, compared side by side (segment sizes, needs, coverage), differences highlighted.
class SnapshotPane : public QWidget
{
    Q_OBJECT
public:
    explicit SnapshotPane(Workspace *workspace, QWidget *parent = nullptr);

    // The current portrait of the panel's department (empty: no department).
    void setPortrait(const Portrait &portrait);

    // The actions behind the buttons, without their dialogs, for tests. Return false and give
    // the message on failure.
    bool save(const QString &title, const QString &date, QString *error = nullptr);
    bool remove(qint64 id, QString *error = nullptr);
    // Compares two sides: a snapshot id, or 0 for the current portrait.
    void compare(qint64 before, qint64 after);

    SnapshotListModel *list() const { return m_list; }
    SnapshotCompareModel *comparison() const { return m_comparison; }
    QTableView *listView() const { return m_listView; }

signals:
    void editFailed(const QString &message);

private:
    void saveClicked();
    void removeClicked();
    void fillSides();
    void sidesChanged();
    void selectionChanged();
    bool portraitOf(qint64 id, Portrait *portrait, QString *title);

    Workspace *m_workspace;
    Portrait m_current;
    SnapshotListModel *m_list;
    SnapshotCompareModel *m_comparison;
    QTableView *m_listView, *m_compareView;
    QPushButton *m_save, *m_rename, *m_remove;
    QComboBox *m_before, *m_after;
    QLabel *m_summary;
};

} // namespace portrait
