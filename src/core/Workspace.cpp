// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "core/Workspace.h"

#include "storage/Database.h"
#include "storage/Schema.h"
#include "core/Error.h"

#include <QCoreApplication>

#include <QUndoStack>

namespace portrait {

namespace {
void configureConnection(Database &db)
{
    db.exec("PRAGMA foreign_keys = ON");
    if (!db.isReadOnly()) {
        db.exec("PRAGMA journal_mode = WAL");
        db.exec("PRAGMA synchronous = NORMAL");
    }
}
} // namespace

Workspace::Workspace(std::unique_ptr<Database> db)
    : m_db(std::move(db)), m_undo(new QUndoStack(this))
{
}

Workspace::~Workspace() = default;

std::unique_ptr<Workspace> Workspace::open(const QString &path)
{
    auto db = Database::open(path, Database::Mode::ReadWrite);
    Schema::check(*db);
    if (db->userVersion() == 0)
        throw Error(QCoreApplication::translate("portrait::Workspace",
                                                "%1：不是客户画像工作台的工作区文件")
                        .arg(path));
    configureConnection(*db);
    if (db->userVersion() < Schema::currentVersion)
        Schema::migrate(*db);
    return std::unique_ptr<Workspace>(new Workspace(std::move(db)));
}

std::unique_ptr<Workspace> Workspace::create(const QString &path)
{
    auto db = Database::open(path, Database::Mode::Create);
    configureConnection(*db);
    Schema::migrate(*db);
    return std::unique_ptr<Workspace>(new Workspace(std::move(db)));
}

QString Workspace::path() const
{
    return m_db->path();
}

bool Workspace::isReadOnly() const
{
    return m_db->isReadOnly();
}

QString Workspace::setting(const QString &key, const QString &fallback) const
{
    Statement st(*m_db, "SELECT value FROM settings WHERE key = ?");
    st.bind(1, key);
    return st.step() && !st.isNull(0) ? st.text(0) : fallback;
}

void Workspace::setSetting(const QString &key, const QString &value)
{
    Statement st(*m_db, "INSERT INTO settings(key, value) VALUES (?, ?) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bindAll(key, value).run();
}

void Workspace::saveCopy(const QString &target) const
{
    m_db->backupTo(target);
}

bool Workspace::execute(QUndoCommand *command, QString *error)
{
    try {
        m_undo->push(command); // runs redo() before the command joins the stack
        return true;
    } catch (const Error &e) {
        delete command;
        if (error)
            *error = e.message();
        return false;
    }
}

void Workspace::notifyChanged(const QString &table)
{
    emit tableChanged(table);
}

void Workspace::notifyCustomerChanged(qint64 id)
{
    emit customerChanged(id);
}

void Workspace::notifyReloaded()
{
    emit reloaded();
}

} // namespace portrait
