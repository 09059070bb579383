// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace portrait {

class BackgroundJob;
class DuplicateGroupModel;
class EmptyState;
class MergeChoiceModel;
class Workspace;

// 查找重复客户: the groups of probable duplicates (the same 户号 written differently; the same
// name in the same region without a credit code), found in the background, and for the selected
// group its customers side by side — rows are attributes, columns are customers — where the user
// clicks the value to keep in each row, picks the customer that stays, and merges. The merge is
// an undo command (Ctrl+Z here or in the window). Not modal, so the window stays usable.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DuplicatesDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~DuplicatesDialog() override;

    DuplicateGroupModel *groups() const { return m_groups; }
    MergeChoiceModel *choices() const { return m_choices; }
    QListView *groupView() const { return m_groupView; }
    QTableView *choiceView() const { return m_choiceView; }
    QComboBox *keepCombo() const { return m_keep; }
    QPushButton *mergeButton() const { return m_merge; }

public slots:
    void findDuplicates();
    void mergeCurrent();

signals:
    void searchFinished();
    void editFailed(const QString &message);

private:
    void showGroup();
    void updateRows();

    QPointer<Workspace> m_workspace; // the dialog outlives nothing: it closes with the workspace
    DuplicateGroupModel *m_groups;
    MergeChoiceModel *m_choices;
    BackgroundJob *m_job = nullptr;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_again;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QListView *m_groupView;
    QLabel *m_groupTitle;
    QComboBox *m_keep;
    QCheckBox *m_onlyDiffering;
    QTableView *m_choiceView;
    QPushButton *m_merge;
    bool m_ownChange = false;
};

} // namespace portrait
