// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "commands/SetOverrideCommand.h"

#include "core/Workspace.h"
#include "storage/Database.h"

namespace portrait {

SetOverrideCommand::SetOverrideCommand(Workspace *workspace, qint64 customerId, QString field,
                                       std::optional<Pin> pin, const QString &text,
                                       QUndoCommand *parent)
    : QUndoCommand(text, parent), m_workspace(workspace), m_customerId(customerId),
      m_field(std::move(field)), m_new(std::move(pin))
{
    m_old = read(workspace, customerId, m_field);
}

std::optional<SetOverrideCommand::Pin> SetOverrideCommand::read(Workspace *workspace,
                                                                qint64 customerId,
                                                                const QString &field)
{
    Statement st(workspace->db(), "SELECT value, reason, date FROM classification_overrides "
                                  "WHERE customer_id = ? AND field = ?");
    st.bindAll(customerId, field);
    if (!st.step())
        return std::nullopt;
    return Pin{st.text(0), st.text(1), st.text(2)};
}

void SetOverrideCommand::write(const std::optional<Pin> &pin)
{
    Database &db = m_workspace->db();
    db.transaction([&] {
        Statement del(db, "DELETE FROM classification_overrides WHERE customer_id = ? AND field = ?");
        del.bindAll(m_customerId, m_field).run();
        if (pin) {
            Statement ins(db, "INSERT INTO classification_overrides(customer_id, field, value, "
                              "reason, date) VALUES (?, ?, ?, ?, ?)");
            ins.bindAll(m_customerId, m_field, pin->value, pin->reason, pin->date).run();
        }
    });
    m_workspace->notifyChanged(QStringLiteral("classification_overrides"));
    m_workspace->notifyCustomerChanged(m_customerId);
}

void SetOverrideCommand::redo()
{
    write(m_new);
}

void SetOverrideCommand::undo()
{
    write(m_old);
}

} // namespace portrait
