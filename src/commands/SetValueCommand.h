// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QUndoCommand>
#include <QVariant>

namespace portrait {

class Workspace;

// Sets one column of one row (found by a key column) to a new value, in one transaction.
// Consecutive edits of the same field merge into one undo step, so typing is one step.
class SetValueCommand : public QUndoCommand
{
public:
    SetValueCommand(Workspace *workspace, QString table, QString keyColumn, QVariant key,
                    QString column, QVariant value, const QString &text,
                    QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return 1001; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void write(const QVariant &value);

    Workspace *m_workspace;
    QString m_table, m_keyColumn, m_column;
    QVariant m_key, m_old, m_new;
};

} // namespace portrait
