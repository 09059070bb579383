// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "workshop/Workshop.h"

#include <QAbstractTableModel>
#include <QHash>

class QUndoCommand;

namespace portrait {

class Workspace;

// The pain-point round of one workshop session (domain.md §10.1): the notes in the order they
// were written, with their rank by votes, segment, need and dots. The 本人 column holds the dots
// of the current voter and is editable: a change is one undo step, refused when it would exceed
// the session's votes per participant. Follows the workspace's change signals.
class WorkshopPainPointModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Rank, Text, Segment, Need, Author, Votes, Mine, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    WorkshopPainPointModel(Workspace *workspace, QObject *parent = nullptr);

    void setSession(qint64 session);
    const WorkshopSession &session() const { return m_session; }
    // The participant whose dots the 本人 column shows and edits (0: none).
    void setVoter(qint64 participant);
    qint64 voter() const { return m_voter; }
    int votesLeft() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The edits of the round, each one undo step; false (and editFailed) when refused.
    bool addNote(const WorkshopPainPoint &note, qint64 author);
    bool removeNote(int row);
    bool setDots(int row, int dots);
    bool setVotesPerParticipant(int votes);
    // Makes the note a toolkit candidate in the department's catalogue; returns its code.
    QString createToolkit(int row);

    // The rows by votes, most first (ties in writing order).
    QList<int> ranking() const;

signals:
    void editFailed(const QString &message);
    void reloaded();

private:
    // The session again: rows reset only when the notes themselves changed, otherwise their
    // cells updated in place (a vote keeps the selection and the editor).
    void reload();
    void loadNames(); // of the segments and needs, in the current language
    bool run(QUndoCommand *command);

    Workspace *m_workspace;
    WorkshopSession m_session;
    qint64 m_voter = 0;
    QHash<qint64, QMap<qint64, int>> m_dots; // participant → note → dots
    QHash<QString, QString> m_nodeNames, m_needNames;
    QList<int> m_ranks; // by row: competition ranking by votes (ties share a rank)
};

} // namespace portrait
