// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "workshop/Workshop.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace portrait {

class Workspace;
class WorkshopResultsView;
class WorkshopTileBoard;

// The 共创会 on the projector (ux.md): full screen, dark text on light, 24 pt and larger. The
// question at the top, a countdown for the round in the corner, then one turn per participant
// with the offered nodes as large toggle tiles (names hidden when anonymous); each turn is stored
// as one undo step. After the last turn: 一致度, the heat map positions × nodes and the
// disagreements to discuss first. Esc leaves.
class WorkshopPresentation : public QWidget
{
    Q_OBJECT
public:
    struct Options
    {
        WorkshopRound round = WorkshopRound::Initial;
        bool anonymous = false;
        int secondsPerRound = 10 * 60;
    };

    // Throws portrait::Error when the session cannot be loaded.
    WorkshopPresentation(Workspace *workspace, qint64 session, Options options,
                         QWidget *parent = nullptr);

    int turn() const { return m_turn; }
    WorkshopTileBoard *board() const { return m_board; }
    WorkshopResultsView *results() const { return m_results; }
    int secondsLeft() const { return m_secondsLeft; }
    bool showsResults() const;

public slots:
    void nextTurn();
    void previousTurn();
    void showResults();

signals:
    void editFailed(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *buildTurnPage();
    void startTurn(int turn);
    bool storeTurn();
    void tick();

    Workspace *m_workspace;
    WorkshopSession m_session;
    Options m_options;
    QHash<QString, QString> m_names;
    int m_turn = 0;
    int m_secondsLeft = 0;
    QStackedWidget *m_stack;
    QLabel *m_clock = nullptr, *m_who = nullptr;
    QPushButton *m_next = nullptr, *m_back = nullptr;
    WorkshopTileBoard *m_board = nullptr;
    WorkshopResultsView *m_results;
    QTimer *m_timer;
};

} // namespace portrait
