// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <memory>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace portrait {

// A thin RAII owner of one SQLite connection. Writes go through transaction(), which nests with
// savepoints and rolls back when the body throws, so a failed operation never leaves half its
// changes behind. Errors are thrown as portrait::Error with a message fit for the user.
class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly, Create };

    static std::unique_ptr<Database> open(const QString &path, Mode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // No file behind it: no second connection can see it.
    bool isInMemory() const { return m_path.isEmpty() || m_path == QLatin1String(":memory:"); }

    void exec(std::string_view sql);
    qint64 lastInsertRowId() const;
    int changes() const;
    int userVersion();
    // "wal", "delete", "memory"… in lower case.
    QString journalMode();
    bool inTransaction() const { return m_depth > 0; }

    // Runs body inside a transaction (outermost: BEGIN IMMEDIATE) or a savepoint (nested).
    template<typename Body>
    auto transaction(Body &&body)
    {
        begin();
        return committed(body);
    }

    // Runs body in one read snapshot: a deferred transaction, or the caller's when one is open.
    // A write inside it upgrades it (or fails when another connection wrote since it began);
    // nested transaction() calls become savepoints. What body wrote is rolled back only when it
    // throws.
    template<typename Body>
    auto snapshot(Body &&body)
    {
        if (m_depth > 0)
            return body();
        exec("BEGIN");
        ++m_depth;
        return committed(body);
    }

    // Copies the whole database into a new file with SQLite's online backup API. The copy is
    // consistent even while this connection is in use; it is written to a temporary file first
    // and renamed into place, so a failure never leaves a half-written target.
    void backupTo(const QString &target);

    [[noreturn]] void fail(int code, const QString &context = {}) const;

private:
    Database(sqlite3 *db, QString path, bool readOnly);
    // Runs body in the transaction just begun: committed when it returns, rolled back when it
    // throws.
    template<typename Body>
    auto committed(Body &body)
    {
        try {
            if constexpr (std::is_void_v<decltype(body())>) {
                body();
                commit();
            } else {
                auto result = body();
                commit();
                return result;
            }
        } catch (...) {
            rollback();
            throw;
        }
    }
    void begin();
    void commit();
    void rollback();

    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_readOnly = false;
    int m_depth = 0;
};

// A prepared statement. Values are always bound, never spliced into SQL.
class Statement
{
public:
    Statement(Database &db, std::string_view sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, const QVariant &value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bindNull(int index);
    Statement &bindText(int index, std::string_view utf8);
    // Binds text that stays valid until the statement has run (no copy: bulk writes).
    Statement &bindTextNoCopy(int index, std::string_view utf8);
    Statement &bindBlob(int index, QByteArrayView bytes);

    template<typename... Args>
    Statement &bindAll(const Args &...args)
    {
        int i = 0;
        (bind(++i, args), ...);
        return *this;
    }

    bool step();   // true while a row is available
    void run();    // step to completion
    void reset();  // reset and clear bindings

    int columnCount() const;
    QString columnName(int column) const;
    bool isNull(int column) const;
    QString text(int column) const;
    std::string_view textView(int column) const;
    // The blob in place, without a copy: valid until the next step or reset.
    QByteArray blobView(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QVariant value(int column) const;

protected:
    sqlite3_stmt *handle() const { return m_stmt; }

private:
    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace portrait
