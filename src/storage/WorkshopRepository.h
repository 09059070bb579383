// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "workshop/Workshop.h"

#include <QHash>

namespace portrait {

class Database;

// Stores and loads workshop sessions (schema v3): the session, its offered nodes, participants,
// answers of both rounds, new kinds, pain points and their votes. Every write runs in one
// transaction; values are bound. Errors are thrown as portrait::Error, never shown.
class WorkshopRepository
{
public:
    explicit WorkshopRepository(Database &db) : m_db(db) {}

    struct Listed
    {
        qint64 id = 0;
        QString department, title, date, status;
        int participants = 0;
    };

    // Stores a new session (with session.id when it is non-zero, so an undone import comes back
    // with the same id) and creates the positions named by its participants that the department
    // does not have yet; their ids go to `createdPositions`. Returns the session's id.
    qint64 insert(const WorkshopSession &session, QList<qint64> *createdPositions = nullptr);
    // Deletes a session with everything in it, and the positions its insert created.
    void remove(qint64 id, const QList<qint64> &createdPositions = {});

    bool exists(qint64 id) const;
    // Throws portrait::Error when there is no such session.
    WorkshopSession load(qint64 id) const;
    QList<Listed> list(const QString &department = {}) const;

    // Replaces one participant's answers in one round (entered in turn at the facilitator's
    // machine). Returns the previous answers, for undo.
    QMap<QString, int> setAnswers(qint64 participant, WorkshopRound round,
                                  const QMap<QString, int> &answers);
    QString setStatus(qint64 session, const QString &status); // returns the previous status
    // The session a participant belongs to, and its status (empty when there is none).
    qint64 sessionOf(qint64 participant) const;
    QString status(qint64 session) const;

    // Taxonomy code → name in the interface language, for display.
    QHash<QString, QString> nodeNames() const;
    // Codes with their names in the interface language, for pickers: the taxonomy in code
    // order, the needs in catalogue order.
    struct Named
    {
        QString code, name;
    };
    QList<Named> taxonomy() const;
    QList<Named> needs() const;
    QList<Named> departments() const;

    // The names of a department's positions, in order.
    QStringList positions(const QString &department) const;

    static const char *roundCode(WorkshopRound round);

private:
    void loadAnswers(WorkshopSession &session) const;
    void loadNotes(WorkshopSession &session) const;
    QList<Named> named(const char *sql) const;

    Database &m_db;
};

} // namespace portrait
