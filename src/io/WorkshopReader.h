// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "workshop/Workshop.h"

#include <QByteArray>
#include <QHash>
#include <QSet>

namespace portrait {

class Database;

// Reads a `portrait-workshop` file (version 1, issue 6): a session with its participants, their
// choices (初评, and optionally 复评 as "revote"), new kinds and pain points. Validates all of it
// against the workspace's codes before returning: department, taxonomy nodes, needs, priorities
// 1–3, duplicate participants and choices, votes. Throws portrait::Error naming the file, the
// JSON path and the reason at the first problem; the workspace is not touched. A file without
// "offered" offers the nodes anyone picked (domain.md §10.2); when nobody picked any yet (a
// session prepared for answers entered at the facilitator's machine), the department's scope.
class WorkshopReader
{
public:
    // The codes a file may refer to.
    struct Vocabulary
    {
        QSet<QString> departments, nodes, needs;
        QHash<QString, QStringList> scopes; // department → its scope nodes, in order
    };
    static Vocabulary vocabulary(Database &db);

    static WorkshopSession read(const QByteArray &bytes, const QString &fileName,
                                const Vocabulary &known);
    static WorkshopSession readFile(const QString &path, const Vocabulary &known);
};

} // namespace portrait
