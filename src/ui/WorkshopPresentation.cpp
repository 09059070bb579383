// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/WorkshopPresentation.h"

#include "commands/SetWorkshopAnswersCommand.h"
#include "commands/WorkshopNoteCommands.h"
#include "core/Workspace.h"
#include "storage/WorkshopRepository.h"
#include "ui/WorkshopCountdown.h"
#include "ui/WorkshopPainPointView.h"
#include "ui/WorkshopResultsView.h"
#include "ui/WorkshopTileBoard.h"
#include "workshop/AgreementMetrics.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>

namespace portrait {

namespace {
constexpr int kTextPoints = 24;
constexpr int kQuestionPoints = 36;
constexpr int kExtraSeconds = 2 * 60;
} // namespace

WorkshopPresentation::WorkshopPresentation(Workspace *workspace, qint64 session, Options options,
                                           QWidget *parent)
    : QWidget(parent, Qt::Window), m_workspace(workspace), m_options(options),
      m_stack(new QStackedWidget(this)), m_clock(new WorkshopCountdown(this)),
      m_results(new WorkshopResultsView(this))
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
                                 "#question, #countdown, #timeUpText { font-size: %2pt; "
                                 "font-weight: bold; }"
                                 "#timeUp { background: #fde7ea; border: 3px solid #b00020; "
                                 "border-radius: 12px; }")
                      .arg(kTextPoints)
                      .arg(kQuestionPoints));
    QFont f = font();
    f.setPointSize(kTextPoints);
    setFont(f);

    auto *question = m_question = new QLabel(
        m_session.question.isEmpty() ? tr("谁是我们的客户？") : m_session.question, this);
    question->setObjectName(QStringLiteral("question"));
    QFont big = f;
    big.setPointSize(kQuestionPoints);
    big.setBold(true);
    question->setFont(big);
    m_clock->setFont(big);
    auto *top = new QHBoxLayout;
    top->addWidget(question, 1);
    top->addWidget(m_clock);

    m_results->setPointSize(kTextPoints);
    m_stack->addWidget(buildTurnPage());
    m_stack->addWidget(buildResultsPage());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 24, 40, 24);
    layout->addLayout(top);
    layout->addWidget(buildTimeUpBanner());
    layout->addWidget(m_stack, 1);
    auto *hint = new QLabel(tr("PgDn 下一位 · PgUp 上一位 · Esc 退出演示模式"), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint, 0, Qt::AlignRight);

    connect(m_clock, &WorkshopCountdown::expired, this, &WorkshopPresentation::timeUp);
    m_clock->start(m_options.secondsPerRound);
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
    m_kind = new QLineEdit(page);
    m_kind->setObjectName(QStringLiteral("newKind"));
    m_kind->setPlaceholderText(tr("分类里没有的客户类型？写在这里"));
    auto *addKind = new QPushButton(tr("添加新类型"), page);
    connect(addKind, &QPushButton::clicked, this, [this] {
        if (addProposal(m_kind->text()))
            m_kind->clear();
    });
    connect(m_kind, &QLineEdit::returnPressed, addKind, &QPushButton::click);
    m_kinds = new QLabel(page);
    m_kinds->setObjectName(QStringLiteral("proposals"));
    m_kinds->setWordWrap(true);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kind, 2);
    kindRow->addWidget(addKind);
    kindRow->addWidget(m_kinds, 3);
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
    layout->addLayout(kindRow);
    layout->addLayout(buttons);
    return page;
}

QWidget *WorkshopPresentation::buildResultsPage()
{
    m_resultsPage = new QWidget(this);
    auto *next = new QPushButton(tr("进入痛点环节 →"), m_resultsPage);
    next->setObjectName(QStringLiteral("toPainPoints"));
    connect(next, &QPushButton::clicked, this, &WorkshopPresentation::showPainPoints);
    // After the discussion the same question once more (复评), so the gain in agreement shows.
    auto *revote = new QPushButton(tr("讨论后复评"), m_resultsPage);
    revote->setObjectName(QStringLiteral("startRevote"));
    connect(revote, &QPushButton::clicked, this, &WorkshopPresentation::startRevote);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(revote);
    buttons->addWidget(next);
    auto *layout = new QVBoxLayout(m_resultsPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_results, 1);
    layout->addLayout(buttons);
    return m_resultsPage;
}

QFrame *WorkshopPresentation::buildTimeUpBanner()
{
    m_timeUp = new QFrame(this);
    m_timeUp->setObjectName(QStringLiteral("timeUp"));
    auto *text = new QLabel(tr("时间到！本轮结束"), m_timeUp);
    text->setObjectName(QStringLiteral("timeUpText"));
    m_moveOn = new QPushButton(m_timeUp);
    m_moveOn->setObjectName(QStringLiteral("moveOn"));
    auto *more = new QPushButton(tr("再给 2 分钟"), m_timeUp);
    more->setObjectName(QStringLiteral("moreTime"));
    connect(m_moveOn, &QPushButton::clicked, this, &WorkshopPresentation::moveOn);
    connect(more, &QPushButton::clicked, this, [this] {
        m_timeUp->hide();
        m_clock->addSeconds(kExtraSeconds);
    });
    auto *layout = new QHBoxLayout(m_timeUp);
    layout->setContentsMargins(24, 12, 24, 12);
    layout->addWidget(text, 1);
    layout->addWidget(more);
    layout->addWidget(m_moveOn);
    m_timeUp->hide();
    return m_timeUp;
}

int WorkshopPresentation::secondsLeft() const
{
    return m_clock->secondsLeft();
}

bool WorkshopPresentation::timeIsUp() const
{
    return !m_timeUp->isHidden();
}

void WorkshopPresentation::timeUp()
{
    m_moveOn->setText(m_stage == Stage::Turns ? tr("结束本轮，看结果 →") : tr("结束共创会"));
    m_timeUp->show();
    m_moveOn->setFocus();
}

void WorkshopPresentation::moveOn()
{
    m_timeUp->hide();
    switch (m_stage) {
    case Stage::Turns:
        if (storeTurn())
            showResults();
        break;
    case Stage::Results:
        showPainPoints();
        break;
    case Stage::PainPoints:
        close();
        break;
    }
}

void WorkshopPresentation::startTurn(int turn)
{
    m_turn = turn;
    m_stage = Stage::Turns;
    const WorkshopParticipant &p = m_session.participants[turn];
    const int n = int(m_session.participants.size());
    m_who->setText(m_options.anonymous
                       ? tr("第 %1 / %2 位参与者").arg(turn + 1).arg(n)
                       : tr("第 %1 / %2 位：%3 · %4").arg(turn + 1).arg(n).arg(p.name, p.position));
    m_board->setAnswers(p.answers(m_options.round));
    m_back->setEnabled(turn > 0);
    m_next->setText(turn + 1 < n ? tr("下一位") : tr("完成，看结果"));
    showProposals();
    m_stack->setCurrentIndex(0);
}

void WorkshopPresentation::showProposals()
{
    const WorkshopParticipant &p = m_session.participants[m_turn];
    QStringList names;
    for (const WorkshopProposal &k : std::as_const(m_session.proposals)) {
        if (k.author == p.name)
            names << k.name;
    }
    m_kinds->setText(names.isEmpty() ? QString() : tr("新类型：%1").arg(names.join(tr("、"))));
}

bool WorkshopPresentation::addProposal(const QString &name)
{
    if (m_stage != Stage::Turns || name.trimmed().isEmpty())
        return false;
    const WorkshopParticipant &p = m_session.participants[m_turn];
    WorkshopProposal k;
    k.name = name.trimmed();
    QString error;
    if (!m_workspace->execute(WorkshopNoteCommands::addProposal(m_workspace, m_session.id, p.id, k),
                              &error)) {
        emit editFailed(error);
        return false;
    }
    k.author = p.name;
    m_session.proposals << k;
    showProposals();
    return true;
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
    m_stage = Stage::Results;
    m_timeUp->hide();
    m_clock->stop();
    const AgreementResult initial = AgreementMetrics::measure(m_session, WorkshopRound::Initial);
    std::optional<AgreementResult> revote;
    if (m_options.round == WorkshopRound::Revote)
        revote = AgreementMetrics::measure(m_session, WorkshopRound::Revote);
    m_results->setResults(initial, revote, m_names);
    m_stack->setCurrentWidget(m_resultsPage);
}

void WorkshopPresentation::startRevote()
{
    if (m_session.participants.isEmpty())
        return;
    m_options.round = WorkshopRound::Revote;
    m_clock->start(m_options.secondsPerRound);
    startTurn(0);
}

void WorkshopPresentation::showPainPoints()
{
    if (!m_painPoints) {
        m_painPoints =
            new WorkshopPainPointView(m_workspace, m_session.id, m_options.anonymous, this);
        connect(m_painPoints, &WorkshopPainPointView::editFailed, this,
                &WorkshopPresentation::editFailed);
        m_stack->addWidget(m_painPoints);
    }
    m_stage = Stage::PainPoints;
    m_question->setText(tr("痛点环节：客户最头疼的是什么？"));
    m_timeUp->hide();
    m_clock->start(m_options.secondsPerRound);
    m_stack->setCurrentWidget(m_painPoints);
}

void WorkshopPresentation::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        if (m_stage == Stage::Turns)
            storeTurn();
        close();
        return;
    case Qt::Key_PageDown:
        if (m_stage == Stage::Turns)
            nextTurn();
        return;
    case Qt::Key_PageUp:
        if (m_stage == Stage::Turns)
            previousTurn();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace portrait
