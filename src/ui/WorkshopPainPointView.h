// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace portrait {

class Workspace;
class WorkshopPainPointModel;

// The pain-point round of a workshop (domain.md §10.1, issue 6 round 2): notes written with a
// segment and a need, dot voting in turn per participant with the session's number of votes
// per participant (enforced), the notes ranked by votes, and the top note made a toolkit
// candidate in the department's catalogue. Shared by the 共创会 panel and the presentation.
class WorkshopPainPointView : public QWidget
{
    Q_OBJECT
public:
    WorkshopPainPointView(Workspace *workspace, qint64 session, bool anonymous,
                          QWidget *parent = nullptr);

    WorkshopPainPointModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void selectVoter(int index);
    QString votesLeftText() const;

    // The actions behind the buttons, for tests.
    bool addNote(const QString &text, const QString &segment, const QString &need);
    bool vote(int row, int change);
    QString makeToolkit(int row);

signals:
    void editFailed(const QString &message);

private:
    void fillVoters();
    void refresh();
    int selectedRow() const; // a row of the model; without a selection, the top-voted note
    QSortFilterProxyModel *proxy() const;

    bool m_anonymous;
    WorkshopPainPointModel *m_model;
    QSpinBox *m_votes;
    QComboBox *m_voter, *m_segment, *m_need;
    QLabel *m_left, *m_status;
    QTableView *m_table;
    QLineEdit *m_text;
    QPushButton *m_toolkit;
};

} // namespace portrait
