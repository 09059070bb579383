// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "storage/ImportBatchRepository.h"

#include "core/CanonicalAttributes.h"
#include "core/Error.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace portrait::ImportBatchRepository {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::ImportBatchRepository)
};

constexpr const char *kColumns = "SELECT id, file, started, mode, key_attr, created, updated, "
                                 "unchanged, rejected, warnings, reverted FROM import_batches";

Batch read(const Statement &st)
{
    return {st.integer(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(10),
            st.integer(5), st.integer(6), st.integer(7), st.integer(8), st.integer(9)};
}

} // namespace

QList<Batch> list(Database &db)
{
    Statement st(db, std::string(kColumns) + " ORDER BY id");
    QList<Batch> result;
    while (st.step())
        result << read(st);
    return result;
}

Batch find(Database &db, qint64 id)
{
    Statement st(db, std::string(kColumns) + " WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        throw Error(Tr::tr("没有编号为 %1 的导入批次").arg(id));
    return read(st);
}

RevertResult revert(Database &db, qint64 id, bool force)
{
    const Batch batch = find(db, id);
    if (!batch.reverted.isEmpty())
        throw Error(Tr::tr("导入批次 %1 已于 %2 撤销").arg(id).arg(batch.reverted));
    RevertResult result;
    // Customers the batch created that changed since (revision > 0), and updated ones whose
    // revision moved past the one the import left.
    Statement changed(db, "SELECT c.customer_no FROM customers c, import_batches b "
                          "WHERE b.id = ?1 AND c.id BETWEEN b.first_created AND b.last_created "
                          "AND c.revision > 0 "
                          "UNION ALL SELECT c.customer_no FROM import_changes x "
                          "JOIN customers c ON c.id = x.customer_id "
                          "WHERE x.batch_id = ?1 AND c.revision <> x.revision_after");
    changed.bind(1, id);
    while (changed.step())
        result.changedAfterwards << changed.text(0);
    if (!result.changedAfterwards.isEmpty() && !force)
        return result;
    db.transaction([&] {
        Statement del(db, "DELETE FROM customers WHERE id BETWEEN "
                          "(SELECT first_created FROM import_batches WHERE id = ?1) AND "
                          "(SELECT last_created FROM import_batches WHERE id = ?1)");
        del.bind(1, id).run();
        result.deleted = db.changes();
        // Put back the replaced values and the revision the customer had before the import, so
        // that reverting a later import first lets an earlier one be reverted too.
        Statement changes(db, "SELECT customer_id, before_json, revision_after FROM import_changes "
                              "WHERE batch_id = ? ORDER BY customer_id");
        changes.bind(1, id);
        while (changes.step()) {
            const QJsonObject before =
                QJsonDocument::fromJson(changes.text(1).toUtf8()).object();
            for (auto it = before.begin(); it != before.end(); ++it) {
                if (it.key() != QLatin1String("custom") && CanonicalAttributes::indexOf(it.key()) < 0)
                    continue; // not a column this program writes
                Statement set(db, "UPDATE customers SET " + Sql::quoted(it.key()) + " = ? WHERE id = ?");
                set.bindAll(it.value().toVariant(), changes.integer(0)).run();
            }
            Statement revision(db, "UPDATE customers SET revision = ? WHERE id = ?");
            revision.bindAll(changes.integer(2) - 1, changes.integer(0)).run();
            ++result.restored;
        }
        Statement mark(db, "UPDATE import_batches SET reverted = ? WHERE id = ?");
        mark.bindAll(QDateTime::currentDateTime().toString(Qt::ISODate), id).run();
    });
    result.done = true;
    return result;
}

} // namespace portrait::ImportBatchRepository
