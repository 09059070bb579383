// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QUndoCommand>
#include <optional>

namespace portrait {

class Workspace;

// Pins (or, with an empty value, unpins) a customer's primary category or lifecycle stage in
// classification_overrides, with the reason and the day. Undo restores the previous pin. The
// customer is announced as changed, so whoever classifies customers re-classifies it at once.
class SetOverrideCommand : public QUndoCommand
{
public:
    struct Pin
    {
        QString value, reason, date;
    };

    SetOverrideCommand(Workspace *workspace, qint64 customerId, QString field,
                       std::optional<Pin> pin, const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    static std::optional<Pin> read(Workspace *workspace, qint64 customerId, const QString &field);

private:
    void write(const std::optional<Pin> &pin);

    Workspace *m_workspace;
    qint64 m_customerId;
    QString m_field;
    std::optional<Pin> m_old, m_new;
};

} // namespace portrait
