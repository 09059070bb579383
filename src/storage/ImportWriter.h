// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QStringList>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace portrait {

class Database;
class Statement;
class AttributeDictionary;
struct AttributeInfo;

// One converted cell on its way into the customers table.
struct CellValue
{
    enum class Kind { Empty, Number, Text } kind = Kind::Empty;
    double number = 0;
    std::string text;
    bool operator==(const CellValue &other) const
    {
        return kind == other.kind && (kind != Kind::Number || number == other.number) &&
               (kind != Kind::Text || text == other.text);
    }
};

// Writes one import batch inside the caller's transaction: looks customers up by the key
// (preloaded, so a million lookups cost no queries), inserts new ones with consecutive ids,
// updates only the columns the file has and only when a value changed, and logs every update
// with the values it replaced so the batch can be reverted.
class ImportWriter
{
public:
    // `columns` are the attribute keys of the values passed to insert() and update(), the key
    // attribute (a text attribute) first.
    ImportWriter(Database &db, const AttributeDictionary &dictionary, QStringList columns,
                 const QString &keyAttribute);
    ~ImportWriter();

    // Whether an import of about `estimatedRows` rows counts as bulk: well above what is stored.
    static bool isBulk(Database &db, qint64 estimatedRows);

    // For a bulk import, around its transaction: the connection writes through a rollback
    // journal instead of the WAL while it lasts, so that each new page is written once into the
    // workspace rather than into the WAL and again when it is checkpointed (a million customers:
    // about 300 MB less to write, −0.6 s). Synchronous FULL meanwhile, which the rollback journal
    // needs to be as safe as the WAL with NORMAL. SQLite allows the switch only when no other
    // connection has the workspace open; otherwise nothing changes.
    class BulkJournal
    {
    public:
        BulkJournal(Database &db, bool bulk);
        ~BulkJournal();
        BulkJournal(const BulkJournal &) = delete;
        BulkJournal &operator=(const BulkJournal &) = delete;
        bool active() const { return m_active; }

    private:
        Database &m_db;
        bool m_active = false;
    };

    // Starts the batch record; must be called before insert/update when writing. For a bulk
    // import (`bulk`, from isBulk) the secondary indexes and the column cache's triggers of the customers
    // table are dropped and built again at the end, which is several times faster than keeping
    // them up to date row by row; both happen inside the caller's transaction.
    void beginBatch(const QString &file, const QString &mode, qint64 estimatedRows, bool bulk);

    // Claims a key for a row of the file. `id` is the stored customer with that key (0: none);
    // `firstLine` is nonzero when an earlier row of the same file claimed the key.
    struct Claim
    {
        qint64 id = 0, firstLine = 0;
    };
    Claim claim(const std::string &key, qint64 line);
    // Inserts the customer of the last claimed key.
    qint64 insert(const std::vector<CellValue> &values);
    // Returns false when nothing changed.
    bool update(qint64 id, const std::vector<CellValue> &values);
    void finishBatch(qint64 created, qint64 updated, qint64 unchanged, qint64 rejected,
                     qint64 warnings);
    qint64 batchId() const { return m_batch; }
    // Whether the key attribute is unique among stored customers (a refusal otherwise).
    QStringList duplicateKeys() const { return m_duplicates; }

private:
    void bind(Statement &st, int index, const CellValue &value, const AttributeInfo &a) const;
    std::string customJson(const std::vector<CellValue> &values, const std::string &base) const;

    Database &m_db;
    QStringList m_columns; // attribute keys in the order of the values
    QString m_key;
    std::vector<const AttributeInfo *> m_attributes;
    std::vector<int> m_canonical, m_custom; // indexes into m_columns
    struct Entry
    {
        qint64 id = 0, line = 0;
    };
    std::unordered_map<std::string, Entry> m_keys;
    Entry *m_claimed = nullptr;
    QStringList m_dropped; // CREATE INDEX and TRIGGER statements to run again at the end
    QStringList m_duplicates;
    std::unique_ptr<Statement> m_insert, m_select, m_update, m_log;
    qint64 m_batch = 0, m_firstCreated = 0, m_lastCreated = 0;
};

} // namespace portrait
