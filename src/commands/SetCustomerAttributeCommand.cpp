// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "commands/SetCustomerAttributeCommand.h"

#include "core/Workspace.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"

namespace portrait {

SetCustomerAttributeCommand::SetCustomerAttributeCommand(Workspace *workspace, qint64 customerId,
                                                         AttributeInfo attribute, QVariant value,
                                                         const QString &text)
    : QUndoCommand(text), m_workspace(workspace), m_customerId(customerId),
      m_attribute(std::move(attribute)), m_new(std::move(value))
{
    m_old = CustomerRepository::read(workspace->db(), customerId, m_attribute);
}

void SetCustomerAttributeCommand::write(const QVariant &value)
{
    Database &db = m_workspace->db();
    db.transaction([&] { CustomerRepository::write(db, m_customerId, m_attribute, value); });
    m_workspace->notifyCustomerChanged(m_customerId);
}

void SetCustomerAttributeCommand::redo()
{
    write(m_new);
}

void SetCustomerAttributeCommand::undo()
{
    write(m_old);
}

bool SetCustomerAttributeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetCustomerAttributeCommand *>(other);
    if (o->m_customerId != m_customerId || o->m_attribute.key != m_attribute.key)
        return false;
    m_new = o->m_new;
    setObsolete(m_new == m_old);
    return true;
}

} // namespace portrait
