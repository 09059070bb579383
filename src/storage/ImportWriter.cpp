// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "storage/ImportWriter.h"

#include "core/AttributeDictionary.h"
#include "core/Error.h"
#include "storage/ColumnCache.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace portrait {

namespace {

QJsonValue jsonOf(const CellValue &v)
{
    switch (v.kind) {
    case CellValue::Kind::Number: return v.number;
    case CellValue::Kind::Text: return QString::fromStdString(v.text);
    case CellValue::Kind::Empty: break;
    }
    return QJsonValue();
}

CellValue cellOf(const QVariant &v)
{
    CellValue c;
    if (!v.isValid() || v.isNull())
        return c;
    if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::LongLong) {
        c.kind = CellValue::Kind::Number;
        c.number = v.toDouble();
    } else {
        c.kind = CellValue::Kind::Text;
        c.text = v.toString().toStdString();
    }
    return c;
}

} // namespace

ImportWriter::ImportWriter(Database &db, const AttributeDictionary &dictionary, QStringList columns,
                           const QString &keyAttribute)
    : m_db(db), m_columns(std::move(columns)), m_key(keyAttribute)
{
    std::string canonical, marks, sets;
    for (int i = 0; i < m_columns.size(); ++i) {
        const AttributeInfo *a = dictionary.find(m_columns[i]);
        m_attributes.push_back(a);
        if (a->canonical) {
            m_canonical.push_back(i);
            canonical += (canonical.empty() ? "" : ", ") + Sql::quoted(a->key);
            marks += marks.empty() ? "?" : ", ?";
            sets += (sets.empty() ? "" : ", ") + Sql::quoted(a->key) + " = ?";
        } else {
            m_custom.push_back(i);
        }
    }
    m_insert = std::make_unique<Statement>(db, "INSERT INTO customers (" + canonical +
                                                   ", custom) VALUES (" + marks + ", ?)");
    m_select = std::make_unique<Statement>(
        db, "SELECT " + (canonical.empty() ? std::string("NULL") : canonical) +
                ", custom, revision FROM customers WHERE id = ?");
    m_update = std::make_unique<Statement>(
        db, "UPDATE customers SET " + sets + (sets.empty() ? "" : ", ") +
                "custom = ?, revision = revision + 1 WHERE id = ?");
    m_log = std::make_unique<Statement>(db, "INSERT INTO import_changes (batch_id, customer_id, "
                                            "kind, before_json, revision_after) "
                                            "VALUES (?, ?, 'updated', ?, ?)");

    const AttributeInfo *key = dictionary.find(keyAttribute);
    Statement keys(db, "SELECT " + CustomerRepository::columnExpression(*key) +
                           ", id FROM customers");
    while (keys.step()) {
        if (keys.isNull(0))
            continue;
        auto [it, fresh] = m_keys.try_emplace(std::string(keys.textView(0)), Entry{keys.integer(1), 0});
        if (!fresh && m_duplicates.size() < 20)
            m_duplicates << keys.text(0);
    }
}

ImportWriter::~ImportWriter() = default;

bool ImportWriter::isBulk(Database &db, qint64 estimatedRows)
{
    if (estimatedRows <= 50000)
        return false;
    Statement count(db, "SELECT count(*) FROM customers");
    count.step();
    return estimatedRows > count.integer(0);
}

namespace {
// The journal mode SQLite reports after asking for `mode` (unchanged when it refused).
std::string setJournalMode(Database &db, const char *mode)
{
    try {
        Statement st(db, std::string("PRAGMA journal_mode = ") + mode);
        return st.step() ? st.text(0).toLower().toStdString() : std::string();
    } catch (const Error &) {
        return {}; // busy: another connection has the workspace open
    }
}
} // namespace

ImportWriter::BulkJournal::BulkJournal(Database &db, bool bulk) : m_db(db)
{
    if (!bulk || db.isReadOnly() || db.inTransaction() || db.isInMemory() ||
        db.journalMode() != QLatin1String("wal"))
        return;
    m_active = setJournalMode(db, "DELETE") == "delete";
    if (m_active)
        db.exec("PRAGMA synchronous = FULL");
}

ImportWriter::BulkJournal::~BulkJournal()
{
    if (!m_active)
        return;
    // Back to the WAL; should another connection have opened the workspace meanwhile, the
    // workspace stays in rollback mode until it is next opened (Workspace sets WAL on open).
    setJournalMode(m_db, "WAL");
    try {
        m_db.exec("PRAGMA synchronous = NORMAL");
    } catch (const Error &) {
    }
}

void ImportWriter::beginBatch(const QString &file, const QString &mode, qint64 estimatedRows, bool bulk)
{
    m_keys.reserve(m_keys.size() + size_t(std::max<qint64>(estimatedRows, 0)));
    if (bulk) {
        // The triggers too (they keep the column cache current row by row): the cache is
        // dropped once instead.
        Statement objects(m_db, "SELECT type, name, sql FROM sqlite_schema WHERE type IN ('index', "
                                "'trigger') AND tbl_name = 'customers' AND sql IS NOT NULL");
        std::vector<std::string> drops;
        while (objects.step()) {
            drops.push_back((objects.text(0) == QLatin1String("index") ? "DROP INDEX " : "DROP TRIGGER ") +
                            Sql::quoted(objects.text(1)));
            m_dropped << objects.text(2);
        }
        for (const std::string &drop : drops)
            m_db.exec(drop);
        ColumnCache::invalidateAll(m_db);
    }
    Statement st(m_db, "INSERT INTO import_batches (file, started, mode, key_attr) VALUES (?, ?, ?, ?)");
    st.bindAll(file, QDateTime::currentDateTime().toString(Qt::ISODate), mode, m_key)
        .run();
    m_batch = m_db.lastInsertRowId();
}

ImportWriter::Claim ImportWriter::claim(const std::string &key, qint64 line)
{
    auto [it, fresh] = m_keys.try_emplace(key, Entry{0, line});
    m_claimed = &it->second;
    if (fresh)
        return {};
    if (it->second.line > 0)
        return {it->second.id, it->second.line};
    it->second.line = line;
    return {it->second.id, 0};
}

void ImportWriter::bind(Statement &st, int index, const CellValue &v, const AttributeInfo &) const
{
    switch (v.kind) {
    case CellValue::Kind::Number: st.bind(index, v.number); break;
    case CellValue::Kind::Text: st.bindTextNoCopy(index, v.text); break; // values outlive run()
    case CellValue::Kind::Empty: st.bindNull(index); break;
    }
}

std::string ImportWriter::customJson(const std::vector<CellValue> &values, const std::string &base) const
{
    QJsonObject object = QJsonDocument::fromJson(QByteArray::fromStdString(base)).object();
    for (int i : m_custom) {
        if (values[size_t(i)].kind == CellValue::Kind::Empty)
            object.remove(m_columns[i]);
        else
            object.insert(m_columns[i], jsonOf(values[size_t(i)]));
    }
    return object.isEmpty() ? std::string() : QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

qint64 ImportWriter::insert(const std::vector<CellValue> &values)
{
    int index = 1;
    for (int i : m_canonical)
        bind(*m_insert, index++, values[size_t(i)], *m_attributes[size_t(i)]);
    const std::string custom = m_custom.empty() ? std::string() : customJson(values, {});
    if (custom.empty())
        m_insert->bindNull(index);
    else
        m_insert->bindText(index, custom);
    m_insert->run();
    const qint64 id = m_db.lastInsertRowId();
    if (!m_firstCreated)
        m_firstCreated = id;
    m_lastCreated = id;
    if (m_claimed)
        m_claimed->id = id;
    return id;
}

bool ImportWriter::update(qint64 id, const std::vector<CellValue> &values)
{
    m_select->bind(1, id);
    if (!m_select->step()) {
        m_select->reset();
        return false;
    }
    QJsonObject before;
    bool changed = false;
    int column = 0;
    for (int i : m_canonical) {
        const CellValue old = cellOf(m_select->value(column++));
        if (!(old == values[size_t(i)])) {
            changed = true;
            before.insert(m_columns[i], jsonOf(old));
        }
    }
    const std::string oldCustom(m_select->textView(column));
    const bool customIsNull = m_select->isNull(column);
    const qint64 revision = m_select->integer(column + 1);
    m_select->reset();
    const std::string newCustom = m_custom.empty() ? oldCustom : customJson(values, oldCustom);
    if (newCustom != oldCustom) {
        changed = true;
        before.insert(QStringLiteral("custom"), customIsNull ? QJsonValue() : QJsonValue(QString::fromStdString(oldCustom)));
    }
    if (!changed)
        return false;
    int index = 1;
    for (int i : m_canonical)
        bind(*m_update, index++, values[size_t(i)], *m_attributes[size_t(i)]);
    if (newCustom.empty())
        m_update->bindNull(index++);
    else
        m_update->bindText(index++, newCustom);
    m_update->bind(index, id);
    m_update->run();
    m_update->reset();
    m_log->bindAll(m_batch, id, QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact)),
                   revision + 1);
    m_log->run();
    m_log->reset();
    return true;
}

void ImportWriter::finishBatch(qint64 created, qint64 updated, qint64 unchanged, qint64 rejected,
                               qint64 warnings)
{
    for (const QString &sql : std::as_const(m_dropped))
        m_db.exec(sql.toStdString());
    m_dropped.clear();
    Statement st(m_db, "UPDATE import_batches SET created = ?, updated = ?, unchanged = ?, "
                       "rejected = ?, warnings = ?, first_created = ?, last_created = ? WHERE id = ?");
    st.bindAll(created, updated, unchanged, rejected, warnings,
               m_firstCreated ? QVariant(m_firstCreated) : QVariant(),
               m_lastCreated ? QVariant(m_lastCreated) : QVariant(), m_batch)
        .run();
}

} // namespace portrait
