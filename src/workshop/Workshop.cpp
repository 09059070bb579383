// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "workshop/Workshop.h"

namespace portrait {

QStringList WorkshopSession::subjects() const
{
    if (!offered.isEmpty())
        return offered;
    QStringList nodes;
    for (const WorkshopParticipant *p : raters()) {
        for (const QMap<QString, int> *answers : {&p->initial, &p->revote}) {
            for (auto it = answers->cbegin(); it != answers->cend(); ++it) {
                if (!nodes.contains(it.key()))
                    nodes << it.key();
            }
        }
    }
    return nodes;
}

bool WorkshopSession::hasRevote() const
{
    for (const WorkshopParticipant &p : participants) {
        if (!p.revote.isEmpty())
            return true;
    }
    return false;
}

QList<const WorkshopParticipant *> WorkshopSession::raters() const
{
    QList<const WorkshopParticipant *> list;
    for (const WorkshopParticipant &p : participants) {
        if (p.role != QLatin1String("observer"))
            list << &p;
    }
    return list;
}

} // namespace portrait
