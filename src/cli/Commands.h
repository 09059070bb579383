// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace portrait {

class Workspace;

// What every command gets: its own arguments (after the command words) and the two streams.
struct CommandContext
{
    QStringList args;
    QTextStream &out;
    QTextStream &err;

    // Exit codes shared by all commands.
    static constexpr int Success = 0, Refused = 1, Usage = 2;

    int usage(const QString &message) const;
    int refuse(const QString &message) const;
    void printJson(const QJsonDocument &document) const;
};

// Before a command loads the classification frame of a large workspace: the heap's free
// memory goes back to the system, and blocks of 256 KiB and more are mapped on their own from
// then on. glibc would otherwise raise that threshold as the loader frees its per-block buffers
// and keep the frame's freed slices in its heap (peak of a 1M import 299 → 266–276 MB, of
// `classify` reading the column cache 301 → 254 MB). Not for every command: it slowed the export.
void mapLargeBlocksApart();

namespace Commands {
int init(const CommandContext &context);
int info(const CommandContext &context);
int departments(const CommandContext &context);
int configExport(const CommandContext &context);
int configImport(const CommandContext &context);
int classify(const CommandContext &context);
int explain(const CommandContext &context);
int customersImport(const CommandContext &context);
int customersExport(const CommandContext &context);
int importsList(const CommandContext &context);
int importsRevert(const CommandContext &context);
int generate(const CommandContext &context);
int portrait(const CommandContext &context);
int report(const CommandContext &context);
int snapshotSave(const CommandContext &context);
int snapshotList(const CommandContext &context);
int snapshotCompare(const CommandContext &context);
int workshopImport(const CommandContext &context);
int workshopList(const CommandContext &context);
int workshopSummary(const CommandContext &context);
int workshopAdopt(const CommandContext &context);
int workshopExport(const CommandContext &context);
} // namespace Commands

} // namespace portrait
