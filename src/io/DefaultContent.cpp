// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "io/DefaultContent.h"

#include "core/AttributeDictionary.h"
#include "core/Error.h"
#include "core/Workspace.h"
#include "io/ConfigReader.h"
#include "io/CustomerJsonReader.h"
#include "storage/ConfigRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"

#include <QFile>

namespace portrait::DefaultContent {

namespace {
QByteArray resource(const QString &name)
{
    QFile file(QStringLiteral(":/data/") + name);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()));
    return file.readAll();
}
} // namespace

Config config()
{
    return ConfigReader::read(resource(QStringLiteral("default-config.json")),
                              QStringLiteral("default-config.json"));
}

void seed(Workspace &workspace)
{
    const Config c = config();
    Database &db = workspace.db();
    db.transaction([&] {
        ConfigRepository::replace(db, c);
        const AttributeDictionary dictionary = AttributeDictionary::load(db);
        const auto customers = CustomerJsonReader::read(
            resource(QStringLiteral("default-customers.json")),
            QStringLiteral("default-customers.json"), dictionary);
        CustomerRepository::insert(db, dictionary, customers);
    });
    workspace.notifyReloaded();
}

std::unique_ptr<Workspace> createWorkspace(const QString &path)
{
    auto workspace = Workspace::create(path);
    try {
        seed(*workspace);
    } catch (...) {
        // Never leave a half-made workspace behind.
        workspace.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        throw;
    }
    return workspace;
}

} // namespace portrait::DefaultContent
