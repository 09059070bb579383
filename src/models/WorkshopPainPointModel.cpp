// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "models/WorkshopPainPointModel.h"

#include "commands/CreateWorkshopToolkitCommand.h"
#include "commands/SetWorkshopDotsCommand.h"
#include "commands/WorkshopNoteCommands.h"
#include "core/Error.h"
#include "core/Workspace.h"
#include "storage/WorkshopRepository.h"
#include "storage/WorkshopVotesRepository.h"

#include <algorithm>

namespace portrait {

WorkshopPainPointModel::WorkshopPainPointModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(workspace, &Workspace::tableChanged, this, [this](const QString &table) {
        if (table.startsWith(QLatin1String("workshop_"))) {
            reload();
        } else if ((table == QLatin1String("taxonomy") || table == QLatin1String("needs")) && rowCount() > 0) {
            loadNames(); // a segment or need renamed
            emit dataChanged(index(0, Segment), index(rowCount() - 1, Need));
        }
    });
    connect(workspace, &Workspace::reloaded, this, [this] {
        loadNames();
        reload();
    });
    loadNames();
}

void WorkshopPainPointModel::loadNames()
{
    WorkshopRepository repository(m_workspace->db());
    m_nodeNames = repository.nodeNames();
    m_needNames.clear();
    for (const WorkshopRepository::Named &n : repository.needs())
        m_needNames.insert(n.code, n.name);
}

void WorkshopPainPointModel::setSession(qint64 session)
{
    m_session.id = session;
    m_voter = 0;
    reload();
}

void WorkshopPainPointModel::setVoter(qint64 participant)
{
    m_voter = participant;
    if (rowCount() > 0)
        emit dataChanged(index(0, Mine), index(rowCount() - 1, Mine));
    emit reloaded();
}

void WorkshopPainPointModel::reload()
{
    const qint64 id = m_session.id;
    WorkshopSession session;
    session.id = id;
    QHash<qint64, QMap<qint64, int>> dots;
    WorkshopRepository repository(m_workspace->db());
    if (id > 0 && repository.exists(id)) {
        session = repository.load(id);
        dots = WorkshopVotesRepository(m_workspace->db()).dots(id);
    }
    const auto ids = [](const WorkshopSession &s) {
        QList<qint64> list;
        for (const WorkshopPainPoint &p : s.painPoints)
            list << p.id;
        return list;
    };
    const bool sameNotes = ids(session) == ids(m_session);
    if (!sameNotes)
        beginResetModel();
    m_session = std::move(session);
    m_dots = std::move(dots);
    m_ranks.clear();
    for (const WorkshopPainPoint &p : std::as_const(m_session.painPoints)) {
        int above = 0;
        for (const WorkshopPainPoint &other : std::as_const(m_session.painPoints))
            above += other.votes > p.votes ? 1 : 0;
        m_ranks << above + 1;
    }
    if (!sameNotes)
        endResetModel();
    else if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit reloaded();
}

int WorkshopPainPointModel::votesLeft() const
{
    int used = 0;
    for (int dots : m_dots.value(m_voter))
        used += dots;
    return m_session.votesPerParticipant - used;
}

int WorkshopPainPointModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_session.painPoints.size());
}

int WorkshopPainPointModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QList<int> WorkshopPainPointModel::ranking() const
{
    QList<int> rows;
    for (int r = 0; r < rowCount(); ++r)
        rows << r;
    std::stable_sort(rows.begin(), rows.end(), [this](int a, int b) {
        return m_session.painPoints[a].votes > m_session.painPoints[b].votes;
    });
    return rows;
}

QVariant WorkshopPainPointModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const WorkshopPainPoint &p = m_session.painPoints[index.row()];
    if (role == IdRole)
        return p.id;
    if (role == Qt::TextAlignmentRole && (index.column() == Rank || index.column() >= Votes))
        return int(Qt::AlignCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const auto named = [](const QString &code, const QHash<QString, QString> &names) {
        return code.isEmpty() ? QString() : code + QLatin1Char(' ') + names.value(code);
    };
    switch (index.column()) {
    case Rank:
        return m_ranks.value(index.row());
    case Text:
        return p.text;
    case Segment:
        return named(p.segment, m_nodeNames);
    case Need:
        return named(p.need, m_needNames);
    case Author:
        return p.author;
    case Votes:
        return p.votes;
    case Mine:
        return m_voter ? QVariant(m_dots.value(m_voter).value(p.id)) : QVariant();
    default:
        return {};
    }
}

Qt::ItemFlags WorkshopPainPointModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Mine && m_voter)
        f |= Qt::ItemIsEditable;
    return f;
}

bool WorkshopPainPointModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    return setDots(index.row(), value.toInt());
}

QVariant WorkshopPainPointModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const kTitles[] = {
        QT_TR_NOOP("排名"),   QT_TR_NOOP("痛点"), QT_TR_NOOP("客户群"), QT_TR_NOOP("需求"),
        QT_TR_NOOP("提出人"), QT_TR_NOOP("票数"), QT_TR_NOOP("本人票")};
    return section >= 0 && section < ColumnCount ? tr(kTitles[section]) : QVariant();
}

bool WorkshopPainPointModel::run(QUndoCommand *command)
{
    QString error;
    if (m_workspace->execute(command, &error))
        return true;
    emit editFailed(error);
    return false;
}

bool WorkshopPainPointModel::addNote(const WorkshopPainPoint &note, qint64 author)
{
    if (note.text.trimmed().isEmpty()) {
        emit editFailed(tr("痛点便签需要文字"));
        return false;
    }
    return run(WorkshopNoteCommands::addPainPoint(m_workspace, m_session.id, author, note));
}

bool WorkshopPainPointModel::removeNote(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    const WorkshopPainPoint &p = m_session.painPoints[row];
    return run(WorkshopNoteCommands::removePainPoint(m_workspace, p.id, p.text));
}

bool WorkshopPainPointModel::setDots(int row, int dots)
{
    if (row < 0 || row >= rowCount() || !m_voter)
        return false;
    const WorkshopPainPoint &p = m_session.painPoints[row];
    if (m_dots.value(m_voter).value(p.id) == dots)
        return true;
    return run(new SetWorkshopDotsCommand(m_workspace, m_voter, p.id, dots,
                                          tr("痛点投票：%1").arg(p.text)));
}

bool WorkshopPainPointModel::setVotesPerParticipant(int votes)
{
    if (votes == m_session.votesPerParticipant)
        return true;
    return run(new SetWorkshopVoteLimitCommand(m_workspace, m_session.id, votes,
                                               tr("每人 %1 票").arg(votes)));
}

QString WorkshopPainPointModel::createToolkit(int row)
{
    if (row < 0 || row >= rowCount())
        return {};
    const WorkshopPainPoint p = m_session.painPoints[row];
    const QString existing =
        CreateWorkshopToolkitCommand::existing(m_workspace, m_session.department, p);
    if (!existing.isEmpty()) {
        emit editFailed(tr("痛点「%1」已是工具包 %2").arg(p.text, existing));
        return {};
    }
    auto *command = new CreateWorkshopToolkitCommand(m_workspace, m_session, p);
    const QString code = command->code();
    return run(command) ? code : QString();
}

} // namespace portrait
