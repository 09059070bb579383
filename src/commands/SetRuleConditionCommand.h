// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QUndoCommand>

namespace portrait {

class Workspace;

// Replaces one rule's condition tree (rules.when_json) with a new serialisation, in one
// transaction. Edits with the same non-empty merge key (the same field of the same node, e.g.
// typing a threshold) merge into one undo step; structural edits (adding, removing, regrouping)
// carry no key and stay steps of their own.
class SetRuleConditionCommand : public QUndoCommand
{
public:
    SetRuleConditionCommand(Workspace *workspace, QString ruleId, QString json, QString mergeKey,
                            const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return 1041; }
    bool mergeWith(const QUndoCommand *other) override;

    static QString read(Workspace *workspace, const QString &ruleId);

private:
    void write(const QString &json);

    Workspace *m_workspace;
    QString m_ruleId, m_old, m_new, m_mergeKey;
};

} // namespace portrait
