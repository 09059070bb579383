// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "core/AttributeDictionary.h"

#include <QUndoCommand>
#include <QVariant>

namespace portrait {

class Workspace;

// Sets one attribute (canonical or custom) of one customer to an already validated value.
class SetCustomerAttributeCommand : public QUndoCommand
{
public:
    SetCustomerAttributeCommand(Workspace *workspace, qint64 customerId, AttributeInfo attribute,
                                QVariant value, const QString &text);
    void redo() override;
    void undo() override;
    int id() const override { return 1002; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void write(const QVariant &value);

    Workspace *m_workspace;
    qint64 m_customerId;
    AttributeInfo m_attribute;
    QVariant m_old, m_new;
};

} // namespace portrait
