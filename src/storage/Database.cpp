// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "storage/Database.h"

#include "core/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace portrait {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::Database)
};
} // namespace

std::unique_ptr<Database> Database::open(const QString &path, Mode mode)
{
    const QFileInfo info(path);
    if (mode != Mode::Create && !info.exists())
        throw Error(Tr::tr("%1：文件不存在").arg(path));
    if (mode == Mode::Create && info.exists())
        throw Error(Tr::tr("%1：文件已存在，不会覆盖").arg(path));
    if (info.exists() && info.isDir())
        throw Error(Tr::tr("%1：这是一个文件夹，不是工作区文件").arg(path));
    bool readOnly = mode == Mode::ReadOnly;
    if (mode == Mode::ReadWrite && !info.isWritable())
        readOnly = true; // opened read-only; writes are refused with a clear message

    int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (mode == Mode::Create)
        flags |= SQLITE_OPEN_CREATE;
    flags |= SQLITE_OPEN_NOMUTEX;
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr);
    std::unique_ptr<Database> result(new Database(db, path, readOnly));
    if (rc != SQLITE_OK)
        result->fail(rc);
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 2000);
    return result;
}

Database::Database(sqlite3 *db, QString path, bool readOnly)
    : m_db(db), m_path(std::move(path)), m_readOnly(readOnly)
{
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

void Database::fail(int code, const QString &context) const
{
    const QString where = context.isEmpty() ? m_path : Tr::tr("%1：%2").arg(m_path, context);
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw Error(Tr::tr("%1：工作区正被另一个程序使用（已锁定），请关闭它后重试").arg(where));
    case SQLITE_READONLY:
        throw Error(Tr::tr("%1：工作区是只读的，无法写入").arg(where));
    case SQLITE_NOTADB:
        throw Error(Tr::tr("%1：不是工作区文件（不是 SQLite 数据库）").arg(where));
    case SQLITE_CORRUPT:
        throw Error(Tr::tr("%1：工作区文件已损坏").arg(where));
    case SQLITE_CANTOPEN:
        throw Error(Tr::tr("%1：无法打开文件（路径或权限问题）").arg(where));
    case SQLITE_FULL:
        throw Error(Tr::tr("%1：磁盘已满").arg(where));
    case SQLITE_CONSTRAINT:
        throw Error(Tr::tr("%1：违反数据约束：%2")
                        .arg(where, QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "")));
    default:
        throw Error(Tr::tr("%1：数据库错误：%2")
                        .arg(where, QString::fromUtf8(m_db ? sqlite3_errmsg(m_db)
                                                           : sqlite3_errstr(code))));
    }
}

void Database::exec(std::string_view sql)
{
    const std::string copy(sql);
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, copy.c_str(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        fail(rc);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

int Database::userVersion()
{
    Statement st(*this, "PRAGMA user_version");
    return st.step() ? int(st.integer(0)) : 0;
}

QString Database::journalMode()
{
    Statement st(*this, "PRAGMA journal_mode");
    return st.step() ? st.text(0).toLower() : QString();
}

void Database::begin()
{
    if (m_readOnly)
        throw Error(Tr::tr("%1：工作区是只读的，无法写入").arg(m_path));
    exec(m_depth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT nested");
    ++m_depth;
}

void Database::commit()
{
    exec(m_depth == 1 ? "COMMIT" : "RELEASE nested");
    --m_depth;
}

void Database::rollback()
{
    --m_depth;
    if (m_depth == 0)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    else
        sqlite3_exec(m_db, "ROLLBACK TO nested; RELEASE nested", nullptr, nullptr, nullptr);
}

void Database::backupTo(const QString &target)
{
    const QString temp = target + QStringLiteral(".part");
    QFile::remove(temp);
    sqlite3 *dest = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(temp).constData(), &dest,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(dest, "main", m_db, "main");
        if (backup) {
            do {
                rc = sqlite3_backup_step(backup, 1024);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        } else {
            rc = sqlite3_errcode(dest);
        }
    }
    // The copy is self-contained: a single file in rollback-journal mode, no -wal beside it.
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(dest, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    const QString reason = QString::fromUtf8(dest ? sqlite3_errmsg(dest) : sqlite3_errstr(rc));
    sqlite3_close_v2(dest);
    if (rc != SQLITE_OK) {
        QFile::remove(temp);
        throw Error(Tr::tr("%1：无法写入副本：%2").arg(target, reason));
    }
    if (QFile::exists(target) && !QFile::remove(target)) {
        QFile::remove(temp);
        throw Error(Tr::tr("%1：无法替换已有文件").arg(target));
    }
    if (!QFile::rename(temp, target))
        throw Error(Tr::tr("%1：无法写入副本").arg(target));
}

Statement::Statement(Database &db, std::string_view sql) : m_db(db)
{
    const int rc = sqlite3_prepare_v2(db.handle(), sql.data(), int(sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        db.fail(rc);
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob(m_stmt, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        return *this;
    }
    default:
        return bind(index, value.toString());
    }
}

Statement &Statement::bind(int index, const QString &value)
{
    // A QString binds as text, empty when null; SQL NULL comes only from an invalid QVariant.
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindBlob(int index, QByteArrayView bytes)
{
    sqlite3_bind_blob64(m_stmt, index, bytes.data(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindText(int index, std::string_view utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindTextNoCopy(int index, std::string_view utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.data(), int(utf8.size()), SQLITE_STATIC);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    m_db.fail(rc);
}

void Statement::run()
{
    while (step()) {
    }
    sqlite3_reset(m_stmt);
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::string_view Statement::textView(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? std::string_view(p, size_t(sqlite3_column_bytes(m_stmt, column))) : std::string_view();
}

QByteArray Statement::blobView(int column) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return p ? QByteArray::fromRawData(p, qsizetype(sqlite3_column_bytes(m_stmt, column))) : QByteArray();
}

QString Statement::text(int column) const
{
    if (isNull(column))
        return {};
    const auto view = textView(column);
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(integer(column));
    case SQLITE_FLOAT:
        return QVariant(real(column));
    case SQLITE_TEXT:
        return QVariant(text(column));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(m_stmt, column)),
                                   sqlite3_column_bytes(m_stmt, column)));
    default:
        return QVariant();
    }
}

} // namespace portrait
