// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QObject>
#include <QString>
#include <memory>

class QUndoCommand;
class QUndoStack;

namespace portrait {

class Database;

// One open workspace file: owns the database connection and the undo stack. Every edit is an undo
// command that writes in one transaction, so there is no Save and nothing to lose on a crash.
// Commands call notifyChanged() after they write; models follow tableChanged() and reloaded().
class Workspace : public QObject
{
    Q_OBJECT
public:
    // Opens an existing workspace, migrating it when it is older. Throws portrait::Error.
    static std::unique_ptr<Workspace> open(const QString &path);
    // Creates an empty workspace with the current schema (no content). Refuses existing files.
    static std::unique_ptr<Workspace> create(const QString &path);
    ~Workspace() override;

    Database &db() const { return *m_db; }
    QUndoStack *undoStack() const { return m_undo; }
    QString path() const;
    bool isReadOnly() const;

    QString setting(const QString &key, const QString &fallback = {}) const;
    void setSetting(const QString &key, const QString &value);

    // Writes a consistent, self-contained copy of the workspace (SQLite backup API).
    void saveCopy(const QString &target) const;

    // Pushes an edit onto the undo stack, running it. An edit that fails (a read-only file, a
    // constraint) is dropped and its message returned; the workspace stays as it was.
    bool execute(QUndoCommand *command, QString *error = nullptr);

    void notifyChanged(const QString &table);
    // One customer's attributes changed (cheaper for views than a whole-table change).
    void notifyCustomerChanged(qint64 id);
    // After a wholesale change (configuration import): every view reloads.
    void notifyReloaded();

signals:
    void tableChanged(const QString &table);
    void customerChanged(qint64 id);
    void reloaded();

private:
    explicit Workspace(std::unique_ptr<Database> db);
    std::unique_ptr<Database> m_db;
    QUndoStack *m_undo;
};

} // namespace portrait
