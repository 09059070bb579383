// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QHash>
#include <QStringList>
#include <QUndoCommand>

namespace portrait {

class Workspace;

// Gives the rules of one group a new evaluation order (a drag in the rule list): rewrites their
// `ord` to 10, 20, 30… in the given order; undo restores every previous `ord`.
class ReorderRulesCommand : public QUndoCommand
{
public:
    ReorderRulesCommand(Workspace *workspace, QStringList orderedIds, const QString &text,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // The ids of a group's rules in their current order.
    static QStringList currentOrder(Workspace *workspace, const QString &group);
    // `order` with `id` moved to position `to` (0-based, in the list without `id`).
    static QStringList moved(QStringList order, const QString &id, int to);

private:
    Workspace *m_workspace;
    QStringList m_ids;
    QHash<QString, qint64> m_old;
};

} // namespace portrait
