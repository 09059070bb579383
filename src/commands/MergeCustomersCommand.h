// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "core/AttributeDictionary.h"
#include "storage/RowSnapshot.h"

#include <QUndoCommand>
#include <QVariantMap>

namespace portrait {

class Workspace;

// Merges duplicate customers into one: the kept customer takes the value the user picked for
// each attribute, the others are deleted. Undo restores all of them exactly.
class MergeCustomersCommand : public QUndoCommand
{
public:
    MergeCustomersCommand(Workspace *workspace, AttributeDictionary dictionary, qint64 keep,
                          QList<qint64> remove, QVariantMap chosen, const QString &text);
    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
    AttributeDictionary m_dictionary;
    qint64 m_keep;
    QList<qint64> m_remove;
    QVariantMap m_chosen, m_before;
    QList<RowSnapshot> m_removed;
};

} // namespace portrait
