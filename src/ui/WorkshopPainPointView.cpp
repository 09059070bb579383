// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/WorkshopPainPointView.h"

#include "core/Workspace.h"
#include "models/WorkshopPainPointModel.h"
#include "storage/WorkshopRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>

namespace portrait {

WorkshopPainPointView::WorkshopPainPointView(Workspace *workspace, qint64 session, bool anonymous,
                                             QWidget *parent)
    : QWidget(parent), m_anonymous(anonymous),
      m_model(new WorkshopPainPointModel(workspace, this)), m_votes(new QSpinBox(this)),
      m_voter(new QComboBox(this)), m_segment(new QComboBox(this)), m_need(new QComboBox(this)),
      m_left(new QLabel(this)), m_status(new QLabel(this)), m_table(new QTableView(this)),
      m_text(new QLineEdit(this)), m_toolkit(new QPushButton(tr("设为工具包候选"), this))
{
    m_model->setSession(session);
    connect(m_model, &WorkshopPainPointModel::editFailed, this, &WorkshopPainPointView::editFailed);
    connect(m_model, &WorkshopPainPointModel::editFailed, m_status, &QLabel::setText);
    m_votes->setRange(1, 20);
    m_votes->setSuffix(tr(" 票"));
    m_voter->setObjectName(QStringLiteral("voter"));
    m_left->setObjectName(QStringLiteral("votesLeft"));
    m_status->setObjectName(QStringLiteral("painPointStatus"));
    m_status->setWordWrap(true);
    fillVoters();
    connect(m_voter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setVoter(m_voter->currentData().toLongLong()); });
    connect(m_votes, &QSpinBox::valueChanged, this, [this](int votes) {
        if (!m_model->setVotesPerParticipant(votes))
            refresh(); // refused: show the limit that holds
    });

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("参与者"), this));
    top->addWidget(m_voter, 1);
    top->addWidget(m_left);
    top->addStretch(1);
    top->addWidget(new QLabel(tr("每人票数"), this));
    top->addWidget(m_votes);

    // On the projector the notes stand in the order of their votes, most first.
    auto *ranked = new QSortFilterProxyModel(this);
    ranked->setSourceModel(m_model);
    m_table->setModel(ranked);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WorkshopPainPointModel::Rank, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const int column : {WorkshopPainPointModel::Text, WorkshopPainPointModel::Segment,
                             WorkshopPainPointModel::Need})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *plus = new QPushButton(tr("投一票 +1"), this);
    auto *minus = new QPushButton(tr("撤一票 −1"), this);
    auto *remove = new QPushButton(tr("删除便签"), this);
    connect(plus, &QPushButton::clicked, this, [this] { vote(selectedRow(), +1); });
    connect(minus, &QPushButton::clicked, this, [this] { vote(selectedRow(), -1); });
    connect(remove, &QPushButton::clicked, this, [this] { m_model->removeNote(selectedRow()); });
    connect(m_toolkit, &QPushButton::clicked, this, [this] { makeToolkit(selectedRow()); });
    auto *actions = new QHBoxLayout;
    actions->addWidget(plus);
    actions->addWidget(minus);
    actions->addStretch(1);
    actions->addWidget(remove);
    actions->addWidget(m_toolkit);

    m_text->setObjectName(QStringLiteral("painPointText"));
    m_text->setPlaceholderText(tr("客户的痛点，一句话"));
    WorkshopRepository repository(workspace->db());
    const QHash<QString, QString> names = repository.nodeNames();
    m_segment->addItem(tr("（客户群）"), QString());
    for (const QString &code : m_model->session().subjects())
        m_segment->addItem(code + QLatin1Char(' ') + names.value(code), code);
    m_need->addItem(tr("（需求）"), QString());
    for (const WorkshopRepository::Named &n : repository.needs())
        m_need->addItem(n.code + QLatin1Char(' ') + n.name, n.code);
    auto *add = new QPushButton(tr("添加便签"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        if (addNote(m_text->text(), m_segment->currentData().toString(),
                    m_need->currentData().toString()))
            m_text->clear();
    });
    connect(m_text, &QLineEdit::returnPressed, add, &QPushButton::click);
    // Long need names must not squeeze the note's text out of the row.
    for (QComboBox *combo : {m_segment, m_need}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    auto *note = new QHBoxLayout;
    note->addWidget(m_text, 3);
    note->addWidget(m_segment, 1);
    note->addWidget(m_need, 1);
    note->addWidget(add);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addLayout(note);
    layout->addWidget(m_status);
    connect(m_model, &WorkshopPainPointModel::reloaded, this, &WorkshopPainPointView::refresh);
    refresh();
}

void WorkshopPainPointView::fillVoters()
{
    m_voter->clear();
    const WorkshopSession &s = m_model->session();
    for (qsizetype i = 0; i < s.participants.size(); ++i) {
        const WorkshopParticipant &p = s.participants[i];
        m_voter->addItem(m_anonymous ? tr("第 %1 位参与者").arg(i + 1)
                                     : tr("%1 · %2").arg(p.name, p.position),
                         p.id);
    }
    m_model->setVoter(m_voter->currentData().toLongLong());
}

void WorkshopPainPointView::selectVoter(int index)
{
    m_voter->setCurrentIndex(index);
}

QString WorkshopPainPointView::votesLeftText() const
{
    return m_left->text();
}

void WorkshopPainPointView::refresh()
{
    const QSignalBlocker block(m_votes);
    m_votes->setValue(m_model->session().votesPerParticipant);
    m_left->setText(m_model->voter() ? tr("剩余 %1 / %2 票")
                                           .arg(m_model->votesLeft())
                                           .arg(m_model->session().votesPerParticipant)
                                     : QString());
}

QSortFilterProxyModel *WorkshopPainPointView::proxy() const
{
    return static_cast<QSortFilterProxyModel *>(m_table->model());
}

int WorkshopPainPointView::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        return proxy()->mapToSource(rows.first()).row();
    // Without a selection the toolkit button means the top-voted note.
    const QList<int> ranking = m_model->ranking();
    return ranking.isEmpty() ? -1 : ranking.first();
}

bool WorkshopPainPointView::addNote(const QString &text, const QString &segment,
                                    const QString &need)
{
    WorkshopPainPoint note;
    note.text = text;
    note.segment = segment;
    note.need = need;
    return m_model->addNote(note, m_model->voter());
}

bool WorkshopPainPointView::vote(int row, int change)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const int dots = m_model->index(row, WorkshopPainPointModel::Mine).data().toInt() + change;
    if (dots < 0)
        return false;
    if (!m_model->setDots(row, dots))
        return false;
    m_table->selectRow(proxy()->mapFromSource(m_model->index(row, 0)).row());
    m_status->clear();
    return true;
}

QString WorkshopPainPointView::makeToolkit(int row)
{
    const QString code = m_model->createToolkit(row);
    if (!code.isEmpty())
        m_status->setText(
            tr("已在部门服务目录中创建工具包候选 %1（服务目录可继续编辑）").arg(code));
    return code;
}

} // namespace portrait
