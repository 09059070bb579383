// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "io/WorkshopWriter.h"

#include "io/FileWriter.h"

#include <nlohmann/json.hpp>

namespace portrait {

namespace {

using json = nlohmann::ordered_json;

std::string s(const QString &text)
{
    return text.toStdString();
}

void putIfSet(json &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o[key] = s(value);
}

json choices(const QMap<QString, int> &answers)
{
    json list = json::array();
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        list.push_back(json{{"node", s(it.key())}, {"priority", it.value()}});
    return list;
}

json proposals(const WorkshopSession &session, const QString &author)
{
    json list = json::array();
    for (const WorkshopProposal &p : session.proposals) {
        if (p.author != author)
            continue;
        if (p.description.isEmpty() && p.parent.isEmpty()) {
            list.push_back(s(p.name));
        } else {
            json o{{"name", s(p.name)}};
            putIfSet(o, "description", p.description);
            putIfSet(o, "parent", p.parent);
            list.push_back(o);
        }
    }
    return list;
}

} // namespace

QByteArray WorkshopWriter::write(const WorkshopSession &session)
{
    json doc{{"format", "portrait-workshop"},
             {"version", 1},
             {"department", s(session.department)},
             {"title", s(session.title)},
             {"date", s(session.date)}};
    putIfSet(doc, "place", session.place);
    putIfSet(doc, "facilitator", session.facilitator);
    putIfSet(doc, "question", session.question);
    doc["votes_per_participant"] = session.votesPerParticipant;
    if (!session.offered.isEmpty()) {
        json offered = json::array();
        for (const QString &code : session.offered)
            offered.push_back(s(code));
        doc["offered"] = offered;
    }
    json participants = json::array();
    for (const WorkshopParticipant &p : session.participants) {
        json o{{"name", s(p.name)}, {"position", s(p.position)}};
        if (p.years)
            o["years"] = *p.years;
        if (p.role != QLatin1String("member"))
            o["role"] = s(p.role);
        o["choices"] = choices(p.initial);
        if (!p.revote.isEmpty())
            o["revote"] = choices(p.revote);
        const json own = proposals(session, p.name);
        if (!own.empty())
            o["proposals"] = own;
        participants.push_back(o);
    }
    doc["participants"] = participants;
    // Proposals whose author is not a participant (entered by the facilitator) have no place
    // in the version 1 format; they stay in the workspace.
    json points = json::array();
    for (const WorkshopPainPoint &pp : session.painPoints) {
        json o{{"text", s(pp.text)}};
        putIfSet(o, "segment", pp.segment);
        putIfSet(o, "need", pp.need);
        putIfSet(o, "author", pp.author);
        o["votes"] = pp.votes;
        points.push_back(o);
    }
    doc["pain_points"] = points;
    const std::string text = doc.dump(2, ' ', false) + '\n';
    return QByteArray(text.data(), qsizetype(text.size()));
}

void WorkshopWriter::writeFile(const WorkshopSession &session, const QString &path)
{
    FileWriter::write(path, write(session));
}

} // namespace portrait
