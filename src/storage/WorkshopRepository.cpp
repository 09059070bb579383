// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "storage/WorkshopRepository.h"

#include "core/Error.h"
#include "core/Language.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::WorkshopRepository)
};

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

const char *WorkshopRepository::roundCode(WorkshopRound round)
{
    return round == WorkshopRound::Initial ? "initial" : "revote";
}

qint64 WorkshopRepository::insert(const WorkshopSession &s, QList<qint64> *createdPositions)
{
    return m_db.transaction([&] {
        Statement session(m_db, "INSERT INTO workshop_sessions (id, dept_code, title, date, place, "
                                "facilitator, question, status, votes_per_participant, source, "
                                "created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        session.bindAll(s.id ? QVariant(s.id) : QVariant(), s.department, s.title, s.date, s.place,
                        s.facilitator, s.question, s.status, s.votesPerParticipant, s.source,
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        session.run();
        const qint64 id = m_db.lastInsertRowId();

        Statement offered(m_db, "INSERT INTO workshop_offered_nodes (session_id, node_code, ord) "
                                "VALUES (?, ?, ?)");
        for (qsizetype i = 0; i < s.offered.size(); ++i) {
            offered.bindAll(id, s.offered[i], int(i + 1));
            offered.run();
            offered.reset();
        }

        Statement position(m_db, "INSERT OR IGNORE INTO positions (dept_code, ord, name_zh) VALUES "
                                 "(?, (SELECT coalesce(max(ord), 0) + 1 FROM positions WHERE "
                                 "dept_code = ?), ?)");
        Statement participant(m_db, "INSERT INTO workshop_participants (session_id, ord, name, "
                                    "position, years, role) VALUES (?, ?, ?, ?, ?, ?)");
        Statement answer(m_db, "INSERT INTO workshop_answers (participant_id, round, node_code, "
                               "ord, priority) VALUES (?, ?, ?, ?, ?)");
        QHash<QString, qint64> participantIds;
        for (qsizetype i = 0; i < s.participants.size(); ++i) {
            const WorkshopParticipant &p = s.participants[i];
            position.bindAll(s.department, s.department, p.position);
            position.run();
            position.reset();
            if (m_db.changes() > 0 && createdPositions)
                *createdPositions << m_db.lastInsertRowId();
            participant.bindAll(id, int(i + 1), p.name, p.position,
                                p.years ? QVariant(*p.years) : QVariant(), p.role);
            participant.run();
            participant.reset();
            const qint64 pid = m_db.lastInsertRowId();
            participantIds.insert(p.name, pid);
            for (const WorkshopRound round : {WorkshopRound::Initial, WorkshopRound::Revote}) {
                int ord = 0;
                const QMap<QString, int> &answers =
                    round == WorkshopRound::Initial ? p.initial : p.revote;
                for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
                    answer.bindAll(pid, QString::fromLatin1(roundCode(round)), it.key(), ++ord,
                                   it.value());
                    answer.run();
                    answer.reset();
                }
            }
        }

        Statement kind(
            m_db, "INSERT INTO workshop_new_kinds (session_id, ord, name, description, "
                  "parent_code, author_id, status, node_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        for (qsizetype i = 0; i < s.proposals.size(); ++i) {
            const WorkshopProposal &k = s.proposals[i];
            kind.bindAll(id, int(i + 1), k.name, k.description, nullIfEmpty(k.parent),
                         participantIds.contains(k.author)
                             ? QVariant(participantIds.value(k.author))
                             : QVariant(),
                         k.status, nullIfEmpty(k.node));
            kind.run();
            kind.reset();
        }

        Statement point(m_db, "INSERT INTO workshop_pain_points (session_id, ord, text, "
                              "segment_code, need_code, author_id) VALUES (?, ?, ?, ?, ?, ?)");
        Statement votes(m_db, "INSERT INTO workshop_votes (pain_point_id, dots) VALUES (?, ?)");
        for (qsizetype i = 0; i < s.painPoints.size(); ++i) {
            const WorkshopPainPoint &pp = s.painPoints[i];
            point.bindAll(id, int(i + 1), pp.text, nullIfEmpty(pp.segment), nullIfEmpty(pp.need),
                          participantIds.contains(pp.author)
                              ? QVariant(participantIds.value(pp.author))
                              : QVariant());
            point.run();
            point.reset();
            if (pp.votes > 0) {
                votes.bindAll(m_db.lastInsertRowId(), pp.votes);
                votes.run();
                votes.reset();
            }
        }
        return id;
    });
}

void WorkshopRepository::remove(qint64 id, const QList<qint64> &createdPositions)
{
    m_db.transaction([&] {
        Statement st(m_db, "DELETE FROM workshop_sessions WHERE id = ?");
        st.bind(1, id).run();
        Statement position(m_db, "DELETE FROM positions WHERE id = ?");
        for (qint64 pid : createdPositions) {
            position.bind(1, pid).run();
            position.reset();
        }
    });
}

bool WorkshopRepository::exists(qint64 id) const
{
    Statement st(m_db, "SELECT 1 FROM workshop_sessions WHERE id = ?");
    st.bind(1, id);
    return st.step();
}

WorkshopSession WorkshopRepository::load(qint64 id) const
{
    Statement st(m_db, "SELECT dept_code, title, date, place, facilitator, question, status, "
                       "votes_per_participant, source FROM workshop_sessions WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        throw Error(Tr::tr("没有编号为 %1 的共创会").arg(id));
    WorkshopSession s;
    s.id = id;
    s.department = st.text(0);
    s.title = st.text(1);
    s.date = st.text(2);
    s.place = st.text(3);
    s.facilitator = st.text(4);
    s.question = st.text(5);
    s.status = st.text(6);
    s.votesPerParticipant = int(st.integer(7));
    s.source = st.text(8);
    Statement offered(m_db, "SELECT node_code FROM workshop_offered_nodes WHERE session_id = ? "
                            "ORDER BY ord");
    offered.bind(1, id);
    while (offered.step())
        s.offered << offered.text(0);
    loadAnswers(s);
    loadNotes(s);
    return s;
}

void WorkshopRepository::loadAnswers(WorkshopSession &s) const
{
    Statement st(m_db, "SELECT id, name, position, years, role FROM workshop_participants "
                       "WHERE session_id = ? ORDER BY ord, id");
    st.bind(1, s.id);
    while (st.step()) {
        WorkshopParticipant p;
        p.id = st.integer(0);
        p.name = st.text(1);
        p.position = st.text(2);
        if (!st.isNull(3))
            p.years = st.real(3);
        p.role = st.text(4);
        s.participants << p;
    }
    Statement answers(m_db, "SELECT round, node_code, priority FROM workshop_answers "
                            "WHERE participant_id = ? ORDER BY ord");
    for (WorkshopParticipant &p : s.participants) {
        answers.bind(1, p.id);
        while (answers.step())
            (answers.text(0) == QLatin1String("initial") ? p.initial : p.revote)
                .insert(answers.text(1), int(answers.integer(2)));
        answers.reset();
    }
}

void WorkshopRepository::loadNotes(WorkshopSession &s) const
{
    Statement kinds(m_db, "SELECT k.id, k.name, k.description, coalesce(k.parent_code, ''), "
                          "coalesce(p.name, ''), k.status, coalesce(k.node_code, '') "
                          "FROM workshop_new_kinds k LEFT JOIN workshop_participants p "
                          "ON p.id = k.author_id WHERE k.session_id = ? ORDER BY k.ord, k.id");
    kinds.bind(1, s.id);
    while (kinds.step())
        s.proposals.append({kinds.integer(0), kinds.text(1), kinds.text(2), kinds.text(3),
                            kinds.text(4), kinds.text(5), kinds.text(6)});
    Statement points(m_db, "SELECT t.id, t.text, coalesce(t.segment_code, ''), "
                           "coalesce(t.need_code, ''), coalesce(p.name, ''), "
                           "(SELECT coalesce(sum(dots), 0) FROM workshop_votes v "
                           " WHERE v.pain_point_id = t.id) "
                           "FROM workshop_pain_points t LEFT JOIN workshop_participants p "
                           "ON p.id = t.author_id WHERE t.session_id = ? ORDER BY t.ord, t.id");
    points.bind(1, s.id);
    while (points.step())
        s.painPoints.append({points.integer(0), points.text(1), points.text(2), points.text(3),
                             points.text(4), int(points.integer(5))});
}

QList<WorkshopRepository::Listed> WorkshopRepository::list(const QString &department) const
{
    Statement st(m_db, "SELECT s.id, s.dept_code, s.title, s.date, s.status, "
                       "(SELECT count(*) FROM workshop_participants p WHERE p.session_id = s.id) "
                       "FROM workshop_sessions s WHERE ?1 IS NULL OR s.dept_code = ?1 "
                       "ORDER BY s.date, s.id");
    st.bind(1, nullIfEmpty(department));
    QList<Listed> result;
    while (st.step())
        result.append(
            {st.integer(0), st.text(1), st.text(2), st.text(3), st.text(4), int(st.integer(5))});
    return result;
}

QMap<QString, int> WorkshopRepository::setAnswers(qint64 participant, WorkshopRound round,
                                                  const QMap<QString, int> &answers)
{
    const QString code = QString::fromLatin1(roundCode(round));
    return m_db.transaction([&] {
        QMap<QString, int> old;
        Statement read(m_db, "SELECT node_code, priority FROM workshop_answers WHERE "
                             "participant_id = ? AND round = ?");
        read.bindAll(participant, code);
        while (read.step())
            old.insert(read.text(0), int(read.integer(1)));
        Statement clear(m_db,
                        "DELETE FROM workshop_answers WHERE participant_id = ? AND round = ?");
        clear.bindAll(participant, code);
        clear.run();
        Statement insert(m_db, "INSERT INTO workshop_answers (participant_id, round, node_code, "
                               "ord, priority) VALUES (?, ?, ?, ?, ?)");
        int ord = 0;
        for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
            insert.bindAll(participant, code, it.key(), ++ord, it.value());
            insert.run();
            insert.reset();
        }
        return old;
    });
}

qint64 WorkshopRepository::sessionOf(qint64 participant) const
{
    Statement st(m_db, "SELECT session_id FROM workshop_participants WHERE id = ?");
    st.bind(1, participant);
    return st.step() ? st.integer(0) : 0;
}

QString WorkshopRepository::status(qint64 session) const
{
    Statement read(m_db, "SELECT status FROM workshop_sessions WHERE id = ?");
    read.bind(1, session);
    return read.step() ? read.text(0) : QString();
}

QString WorkshopRepository::setStatus(qint64 session, const QString &status)
{
    return m_db.transaction([&] {
        const QString old = this->status(session);
        Statement st(m_db, "UPDATE workshop_sessions SET status = ? WHERE id = ?");
        st.bindAll(status, session);
        st.run();
        return old;
    });
}

QHash<QString, QString> WorkshopRepository::nodeNames() const
{
    Statement st(m_db, "SELECT code, name_zh, name_en FROM taxonomy");
    QHash<QString, QString> names;
    while (st.step())
        names.insert(st.text(0), localized(st.text(1), st.text(2)));
    return names;
}

QList<WorkshopRepository::Named> WorkshopRepository::named(const char *sql) const
{
    Statement st(m_db, sql);
    QList<Named> list;
    while (st.step())
        list.append({st.text(0), localized(st.text(1), st.text(2))});
    return list;
}

QList<WorkshopRepository::Named> WorkshopRepository::taxonomy() const
{
    return named("SELECT code, name_zh, name_en FROM taxonomy ORDER BY code");
}

QList<WorkshopRepository::Named> WorkshopRepository::needs() const
{
    return named("SELECT code, name_zh, name_en FROM needs ORDER BY ord, code");
}

QList<WorkshopRepository::Named> WorkshopRepository::departments() const
{
    return named("SELECT code, name_zh, name_en FROM departments ORDER BY ord, code");
}

QStringList WorkshopRepository::positions(const QString &department) const
{
    Statement st(m_db, "SELECT name_zh FROM positions WHERE dept_code = ? ORDER BY ord, id");
    st.bind(1, department);
    QStringList names;
    while (st.step())
        names << st.text(0);
    return names;
}

} // namespace portrait
