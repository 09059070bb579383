// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "storage/AdoptionRepository.h"

#include <QUndoCommand>

namespace portrait {

class Workspace;

// Adopts a workshop decision (domain.md §10.3) as one undo step: the department's scope, its
// positions' assignments, local nodes for accepted new kinds and the decision record, written in
// one transaction. Undo puts back exactly what the adoption replaced.
class AdoptWorkshopCommand : public QUndoCommand
{
public:
    AdoptWorkshopCommand(Workspace *workspace, WorkshopDecision decision, const QString &text);
    void redo() override;
    void undo() override;

    const AdoptionRepository::Record &record() const { return m_record; }

private:
    void notify();

    Workspace *m_workspace;
    WorkshopDecision m_decision;
    AdoptionRepository::Record m_record;
};

} // namespace portrait
