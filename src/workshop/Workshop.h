// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace portrait {

// A co-creation workshop (domain.md §10.1) as plain values: what the JSON file holds, what the
// repository stores and what the metrics and the adoption draft read. Codes and position names
// are kept as written on the day; ids are 0 until stored.

enum class WorkshopRound { Initial, Revote }; // 初评, 复评

struct WorkshopParticipant
{
    qint64 id = 0;
    QString name, position;
    std::optional<double> years;
    QString role = QStringLiteral("member"); // facilitator / member / observer
    QMap<QString, int> initial;              // included node → priority 1–3 (初评)
    QMap<QString, int> revote;               // the same after the discussion (复评)

    // A participant without 复评 answers keeps their 初评 answers: a re-vote is a chance to change
    // one's mind, and not taking it is not a vote for "nobody".
    const QMap<QString, int> &answers(WorkshopRound round) const
    {
        return round == WorkshopRound::Revote && !revote.isEmpty() ? revote : initial;
    }
};

struct WorkshopProposal
{
    qint64 id = 0;
    QString name, description, parent, author;
    QString status = QStringLiteral("proposed"); // proposed / accepted / rejected
    QString node;                                // the local node once accepted
};

struct WorkshopPainPoint
{
    qint64 id = 0;
    QString text, segment, need, author;
    int votes = 0;
};

struct WorkshopSession
{
    qint64 id = 0;
    QString department, title, date, place, facilitator, question;
    QString status = QStringLiteral("prepared"); // prepared / running / adopted
    QString source = QStringLiteral("live");     // live / file
    int votesPerParticipant = 3;
    QStringList offered; // empty: the nodes anyone picked (§10.2)
    QList<WorkshopParticipant> participants;
    QList<WorkshopProposal> proposals;
    QList<WorkshopPainPoint> painPoints;

    // The nodes the measures run over: the offered ones, or for a session without an offer list
    // the nodes anyone picked in either round, in first-seen order.
    QStringList subjects() const;
    bool hasRevote() const;
    // Only members and the facilitator answer; observers watch.
    QList<const WorkshopParticipant *> raters() const;
};

} // namespace portrait
