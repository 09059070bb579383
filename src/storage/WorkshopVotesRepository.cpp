// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "storage/WorkshopVotesRepository.h"

#include "core/Error.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::WorkshopVotesRepository)
};

} // namespace

QHash<qint64, QMap<qint64, int>> WorkshopVotesRepository::dots(qint64 session) const
{
    Statement st(m_db, "SELECT v.participant_id, v.pain_point_id, sum(v.dots) FROM workshop_votes "
                       "v JOIN workshop_pain_points t ON t.id = v.pain_point_id WHERE "
                       "t.session_id = ? AND v.participant_id IS NOT NULL GROUP BY 1, 2");
    st.bind(1, session);
    QHash<qint64, QMap<qint64, int>> result;
    while (st.step())
        result[st.integer(0)].insert(st.integer(1), int(st.integer(2)));
    return result;
}

int WorkshopVotesRepository::used(qint64 participant) const
{
    Statement st(m_db,
                 "SELECT coalesce(sum(dots), 0) FROM workshop_votes WHERE participant_id = ?");
    st.bind(1, participant);
    return st.step() ? int(st.integer(0)) : 0;
}

int WorkshopVotesRepository::votesPerParticipant(qint64 session) const
{
    Statement st(m_db, "SELECT votes_per_participant FROM workshop_sessions WHERE id = ?");
    st.bind(1, session);
    if (!st.step())
        throw Error(Tr::tr("没有编号为 %1 的共创会").arg(session));
    return int(st.integer(0));
}

int WorkshopVotesRepository::setDots(qint64 participant, qint64 painPoint, int dots)
{
    return m_db.transaction([&] {
        // The note and the voter must belong to the same session.
        Statement session(m_db, "SELECT p.session_id, p.name FROM workshop_participants p JOIN "
                                "workshop_pain_points t ON t.session_id = p.session_id WHERE "
                                "p.id = ? AND t.id = ?");
        session.bindAll(participant, painPoint);
        if (!session.step())
            throw Error(Tr::tr("参与者与痛点便签不属于同一个共创会"));
        const int limit = votesPerParticipant(session.integer(0));
        Statement read(m_db, "SELECT coalesce(sum(dots), 0) FROM workshop_votes WHERE "
                             "participant_id = ? AND pain_point_id = ?");
        read.bindAll(participant, painPoint);
        const int old = read.step() ? int(read.integer(0)) : 0;
        if (dots < 0)
            throw Error(Tr::tr("票数不能为负"));
        const int total = used(participant) - old + dots;
        if (total > limit)
            throw Error(Tr::tr("%1 只有 %2 票，已投 %3 票")
                            .arg(session.text(1))
                            .arg(limit)
                            .arg(used(participant)));
        Statement clear(
            m_db, "DELETE FROM workshop_votes WHERE participant_id = ? AND pain_point_id = ?");
        clear.bindAll(participant, painPoint);
        clear.run();
        if (dots > 0) {
            Statement add(m_db, "INSERT INTO workshop_votes (pain_point_id, participant_id, dots) "
                                "VALUES (?, ?, ?)");
            add.bindAll(painPoint, participant, dots);
            add.run();
        }
        return old;
    });
}

int WorkshopVotesRepository::setVotesPerParticipant(qint64 session, int votes)
{
    return m_db.transaction([&] {
        const int old = votesPerParticipant(session);
        if (votes < 0)
            throw Error(Tr::tr("每人票数不能为负"));
        Statement most(m_db, "SELECT p.name, sum(v.dots) AS n FROM workshop_votes v JOIN "
                             "workshop_participants p ON p.id = v.participant_id WHERE "
                             "p.session_id = ? GROUP BY p.id ORDER BY n DESC LIMIT 1");
        most.bind(1, session);
        if (most.step() && most.integer(1) > votes)
            throw Error(Tr::tr("%1 已投 %2 票，每人票数不能少于此数")
                            .arg(most.text(0))
                            .arg(most.integer(1)));
        Statement st(m_db, "UPDATE workshop_sessions SET votes_per_participant = ? WHERE id = ?");
        st.bindAll(votes, session);
        st.run();
        return old;
    });
}

} // namespace portrait
