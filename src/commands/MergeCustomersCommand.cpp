// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "commands/MergeCustomersCommand.h"

#include "core/Workspace.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"

namespace portrait {

MergeCustomersCommand::MergeCustomersCommand(Workspace *workspace, AttributeDictionary dictionary,
                                             qint64 keep, QList<qint64> remove,
                                             QVariantMap chosen, const QString &text)
    : QUndoCommand(text), m_workspace(workspace), m_dictionary(std::move(dictionary)),
      m_keep(keep), m_remove(std::move(remove)), m_chosen(std::move(chosen))
{
}

void MergeCustomersCommand::redo()
{
    Database &db = m_workspace->db();
    db.transaction([&] {
        m_removed.clear();
        m_before.clear();
        for (qint64 id : std::as_const(m_remove)) {
            m_removed << RowSnapshot::capture(db, QStringLiteral("customers"), QStringLiteral("id"), id);
            Statement del(db, "DELETE FROM customers WHERE id = ?");
            del.bind(1, id).run();
        }
        // The kept customer's number may be one of the removed ones': delete first, then write.
        for (auto it = m_chosen.cbegin(); it != m_chosen.cend(); ++it) {
            const AttributeInfo *a = m_dictionary.find(it.key());
            if (!a)
                continue;
            m_before.insert(it.key(), CustomerRepository::read(db, m_keep, *a));
            CustomerRepository::write(db, m_keep, *a, it.value());
        }
    });
    m_workspace->notifyChanged(QStringLiteral("customers"));
}

void MergeCustomersCommand::undo()
{
    Database &db = m_workspace->db();
    db.transaction([&] {
        for (auto it = m_before.cbegin(); it != m_before.cend(); ++it)
            CustomerRepository::write(db, m_keep, *m_dictionary.find(it.key()), it.value());
        for (const RowSnapshot &s : std::as_const(m_removed))
            s.restore(db);
    });
    m_workspace->notifyChanged(QStringLiteral("customers"));
}

} // namespace portrait
