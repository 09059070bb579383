// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/WorkshopPresentation.h"

#include "commands/SetWorkshopAnswersCommand.h"
#include "core/Workspace.h"
#include "storage/WorkshopRepository.h"
#include "ui/WorkshopResultsView.h"
#include "ui/WorkshopTileBoard.h"
#include "workshop/AgreementMetrics.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>

namespace portrait {

namespace {
constexpr int kTextPoints = 24;
constexpr int kQuestionPoints = 36;
} // namespace

WorkshopPresentation::WorkshopPresentation(Workspace *workspace, qint64 session, Options options,
                                           QWidget *parent)
    : QWidget(parent, Qt::Window), m_workspace(workspace), m_options(options),
      m_stack(new QStackedWidget(this)), m_results(new WorkshopResultsView(this)),
      m_timer(new QTimer(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("workshopPresentation"));
    WorkshopRepository repository(workspace->db());
    m_session = repository.load(session);
    m_names = repository.nodeNames();
    setWindowTitle(m_session.title);
    // Style sheets stop font propagation, so the sizes are part of the sheet.
    setStyleSheet(QStringLiteral("#workshopPresentation { background: #fafafa; }"
                                 "#workshopPresentation * { font-size: %1pt; }"
                                 "QLabel { color: #111; }"
                                 "#question, #countdown { font-size: %2pt; font-weight: bold; }")
                      .arg(kTextPoints)
                      .arg(kQuestionPoints));
    QFont f = font();
    f.setPointSize(kTextPoints);
    setFont(f);

    auto *question = new QLabel(
        m_session.question.isEmpty() ? tr("谁是我们的客户？") : m_session.question, this);
    question->setObjectName(QStringLiteral("question"));
    QFont big = f;
    big.setPointSize(kQuestionPoints);
    big.setBold(true);
    question->setFont(big);
    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("countdown"));
    m_clock->setFont(big);
    auto *top = new QHBoxLayout;
    top->addWidget(question, 1);
    top->addWidget(m_clock);

    m_results->setPointSize(kTextPoints);
    m_stack->addWidget(buildTurnPage());
    m_stack->addWidget(m_results);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 24, 40, 24);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    auto *hint = new QLabel(tr("Esc 退出演示模式"), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint, 0, Qt::AlignRight);

    connect(m_timer, &QTimer::timeout, this, &WorkshopPresentation::tick);
    m_secondsLeft = m_options.secondsPerRound;
    tick();
    m_timer->start(1000);
    if (m_session.participants.isEmpty())
        showResults();
    else
        startTurn(0);
}

QWidget *WorkshopPresentation::buildTurnPage()
{
    auto *page = new QWidget(this);
    m_who = new QLabel(page);
    m_who->setObjectName(QStringLiteral("participant"));
    m_board = new WorkshopTileBoard(page);
    m_board->setNodes(m_session.subjects(), m_names);
    m_back = new QPushButton(tr("上一位"), page);
    m_next = new QPushButton(page);
    connect(m_back, &QPushButton::clicked, this, &WorkshopPresentation::previousTurn);
    connect(m_next, &QPushButton::clicked, this, &WorkshopPresentation::nextTurn);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(new QLabel(tr("点击分类：选为核心 1 → 重要 2 → 一般 3 → 不选"), page));
    buttons->addStretch(1);
    buttons->addWidget(m_next);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 16, 0, 0);
    layout->addWidget(m_who);
    layout->addWidget(m_board, 1);
    layout->addLayout(buttons);
    return page;
}

bool WorkshopPresentation::showsResults() const
{
    return m_stack->currentWidget() == m_results;
}

void WorkshopPresentation::startTurn(int turn)
{
    m_turn = turn;
    const WorkshopParticipant &p = m_session.participants[turn];
    const int n = int(m_session.participants.size());
    m_who->setText(m_options.anonymous
                       ? tr("第 %1 / %2 位参与者").arg(turn + 1).arg(n)
                       : tr("第 %1 / %2 位：%3 · %4").arg(turn + 1).arg(n).arg(p.name, p.position));
    m_board->setAnswers(p.answers(m_options.round));
    m_back->setEnabled(turn > 0);
    m_next->setText(turn + 1 < n ? tr("下一位") : tr("完成，看结果"));
    m_stack->setCurrentIndex(0);
}

bool WorkshopPresentation::storeTurn()
{
    WorkshopParticipant &p = m_session.participants[m_turn];
    if (m_board->answers() == p.answers(m_options.round))
        return true;
    QString error;
    const bool ok = m_workspace->execute(
        new SetWorkshopAnswersCommand(
            m_workspace, p.id, m_options.round, m_board->answers(),
            tr("共创会答案：%1").arg(m_options.anonymous ? tr("匿名参与者") : p.name)),
        &error);
    if (!ok) {
        emit editFailed(error);
        return false;
    }
    (m_options.round == WorkshopRound::Initial ? p.initial : p.revote) = m_board->answers();
    return true;
}

void WorkshopPresentation::nextTurn()
{
    if (!storeTurn())
        return;
    if (m_turn + 1 < m_session.participants.size())
        startTurn(m_turn + 1);
    else
        showResults();
}

void WorkshopPresentation::previousTurn()
{
    if (m_turn > 0 && storeTurn())
        startTurn(m_turn - 1);
}

void WorkshopPresentation::showResults()
{
    m_timer->stop();
    const AgreementResult initial = AgreementMetrics::measure(m_session, WorkshopRound::Initial);
    std::optional<AgreementResult> revote;
    if (m_options.round == WorkshopRound::Revote)
        revote = AgreementMetrics::measure(m_session, WorkshopRound::Revote);
    m_results->setResults(initial, revote, m_names);
    m_stack->setCurrentWidget(m_results);
}

void WorkshopPresentation::tick()
{
    m_clock->setText(QStringLiteral("%1:%2")
                         .arg(m_secondsLeft / 60, 2, 10, QLatin1Char('0'))
                         .arg(m_secondsLeft % 60, 2, 10, QLatin1Char('0')));
    // The last minute in red: time to close the round.
    m_clock->setStyleSheet(m_secondsLeft <= 60 ? QStringLiteral("color: #b00020;") : QString());
    if (m_secondsLeft > 0)
        --m_secondsLeft;
}

void WorkshopPresentation::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        if (!showsResults())
            storeTurn();
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace portrait
