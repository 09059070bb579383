// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "storage/Schema.h"

#include "core/Error.h"
#include "storage/Database.h"
#include "storage/SchemaSteps.h"

#include <QCoreApplication>
#include <QFile>

namespace portrait::Schema {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::Schema)
};

} // namespace

void check(Database &db)
{
    Statement appId(db, "PRAGMA application_id");
    const qint64 id = appId.step() ? appId.integer(0) : 0;
    const int version = db.userVersion();
    Statement tables(db, "SELECT count(*) FROM sqlite_schema");
    const qint64 objects = tables.step() ? tables.integer(0) : 0;
    if (id != applicationId && !(id == 0 && version == 0 && objects == 0))
        throw Error(Tr::tr("%1：不是客户画像工作台的工作区文件").arg(db.path()));
    if (version > currentVersion)
        throw Error(Tr::tr("%1：工作区来自更新的版本（结构版本 %2，本程序支持到 %3），请升级程序")
                        .arg(db.path())
                        .arg(version)
                        .arg(currentVersion));
}

int migrate(Database &db)
{
    Q_ASSERT(SchemaSteps::all().back().to == currentVersion);
    check(db);
    const int from = db.userVersion();
    if (from == currentVersion)
        return from;
    if (from > 0) {
        // An existing workspace: keep a copy of it as it was before any step runs.
        const QString backup = db.path() + QStringLiteral(".v%1.bak").arg(from);
        if (!QFile::exists(backup))
            db.backupTo(backup);
    }
    db.transaction([&] {
        for (const SchemaSteps::Step &step : SchemaSteps::all()) {
            if (step.to <= from)
                continue;
            db.exec(step.sql);
        }
        db.exec("PRAGMA application_id = " + std::to_string(applicationId));
        db.exec("PRAGMA user_version = " + std::to_string(currentVersion));
    });
    return from;
}

} // namespace portrait::Schema
