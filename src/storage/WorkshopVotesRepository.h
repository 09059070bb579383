// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QHash>
#include <QMap>

namespace portrait {

class Database;

// The dot voting of a workshop's pain-point round (domain.md §10.1): how many dots each
// participant put on each note, and the number of dots a participant may place. The limit is
// enforced here, where every vote is written, so no path can exceed it. Errors are thrown as
// portrait::Error and leave the workspace as it was.
class WorkshopVotesRepository
{
public:
    explicit WorkshopVotesRepository(Database &db) : m_db(db) {}

    // participant id → (pain point id → dots), for the participants of one session. Totals that
    // an imported file brought (no participant) are not in it.
    QHash<qint64, QMap<qint64, int>> dots(qint64 session) const;
    // The dots one participant has placed in their session.
    int used(qint64 participant) const;
    int votesPerParticipant(qint64 session) const;

    // Puts `dots` of a participant on one note (0 takes them off); refuses more than the
    // session's votes per participant in total. Returns the previous dots on that note.
    int setDots(qint64 participant, qint64 painPoint, int dots);
    // Changes the number of votes per participant; refuses a limit below what someone has
    // already placed. Returns the previous limit.
    int setVotesPerParticipant(qint64 session, int votes);

private:
    Database &m_db;
};

} // namespace portrait
