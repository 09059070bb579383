// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "storage/RowSnapshot.h"

#include <QUndoCommand>
#include <QVariantMap>

namespace portrait {

class Workspace;

// A group of child commands applied as one transaction and one undo step.
class GroupCommand : public QUndoCommand
{
public:
    GroupCommand(Workspace *workspace, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent), m_workspace(workspace)
    {
    }
    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
};

// Inserts one row; undo deletes it again. Redo after undo restores the same rowid.
class InsertRowCommand : public QUndoCommand
{
public:
    InsertRowCommand(Workspace *workspace, QString table, QVariantMap values, const QString &text,
                     QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 rowId() const { return m_rowId; }

private:
    Workspace *m_workspace;
    QString m_table;
    QVariantMap m_values;
    qint64 m_rowId = 0;
};

// Deletes the rows where column = value, and what the foreign keys take with them; undo puts all
// of it back exactly (RowSnapshot).
class DeleteRowsCommand : public QUndoCommand
{
public:
    DeleteRowsCommand(Workspace *workspace, QString table, QString column, QVariant value,
                      const QString &text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
    QString m_table, m_column;
    QVariant m_value;
    RowSnapshot m_snapshot;
};

// Replaces the ordered list of links of one owner in a link table (a service's needs, a node's
// core needs, a department's scope…).
class SetLinksCommand : public QUndoCommand
{
public:
    SetLinksCommand(Workspace *workspace, QString table, QString ownerColumn, QVariant owner,
                    QString valueColumn, QStringList values, const QString &text,
                    QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    // The current links of an owner, in order.
    static QStringList read(Workspace *workspace, const QString &table, const QString &ownerColumn,
                            const QVariant &owner, const QString &valueColumn);

private:
    void write(const QStringList &values);

    Workspace *m_workspace;
    QString m_table, m_ownerColumn, m_valueColumn;
    QVariant m_owner;
    QStringList m_old, m_new;
};

} // namespace portrait
