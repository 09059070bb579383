// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "workshop/Workshop.h"

#include <QHash>
#include <QWidget>

class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace portrait {

class Workspace;
class WorkshopCountdown;
class WorkshopPainPointView;
class WorkshopResultsView;
class WorkshopTileBoard;

// The 共创会 on the projector (ux.md): full screen, dark text on light, 24 pt and larger. The
// question at the top, a countdown for the round in the corner, then one turn per participant
// with the offered nodes as large toggle tiles (names hidden when anonymous) and a field for new
// kinds of customer; each turn and each new kind is one undo step. After the last turn: 一致度,
// the heat map positions × nodes and the disagreements to discuss first; then, after the
// discussion, the turns once more as the 复评, and the pain-point round with its own countdown.
// When a countdown runs out a banner says so and offers to move on (or to add two minutes). PgDn /
// PgUp step through the turns, Esc leaves.
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
    enum class Stage { Turns, Results, PainPoints };

    // Throws portrait::Error when the session cannot be loaded.
    WorkshopPresentation(Workspace *workspace, qint64 session, Options options,
                         QWidget *parent = nullptr);

    int turn() const { return m_turn; }
    Stage stage() const { return m_stage; }
    WorkshopTileBoard *board() const { return m_board; }
    WorkshopResultsView *results() const { return m_results; }
    WorkshopPainPointView *painPoints() const { return m_painPoints; }
    WorkshopCountdown *countdown() const { return m_clock; }
    int secondsLeft() const;
    bool showsResults() const { return m_stage == Stage::Results; }
    // The banner that ends a round when its time is up.
    bool timeIsUp() const;

public slots:
    void nextTurn();
    void previousTurn();
    void showResults();
    // The answers once more, after the discussion: turns in the 复评 round.
    void startRevote();
    void showPainPoints();
    // The banner's button: ends the current stage and goes to the next one.
    void moveOn();
    // A free-text new kind of customer from the participant whose turn it is.
    bool addProposal(const QString &name);

signals:
    void editFailed(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *buildTurnPage();
    QWidget *buildResultsPage();
    QFrame *buildTimeUpBanner();
    void startTurn(int turn);
    bool storeTurn();
    void timeUp();
    void showProposals();

    Workspace *m_workspace;
    WorkshopSession m_session;
    Options m_options;
    QHash<QString, QString> m_names;
    int m_turn = 0;
    Stage m_stage = Stage::Turns;
    QStackedWidget *m_stack;
    WorkshopCountdown *m_clock;
    QFrame *m_timeUp = nullptr;
    QLabel *m_question = nullptr, *m_who = nullptr, *m_kinds = nullptr;
    QLineEdit *m_kind = nullptr;
    QPushButton *m_next = nullptr, *m_back = nullptr, *m_moveOn = nullptr;
    WorkshopTileBoard *m_board = nullptr;
    WorkshopResultsView *m_results;
    QWidget *m_resultsPage = nullptr;
    WorkshopPainPointView *m_painPoints = nullptr;
};

} // namespace portrait
