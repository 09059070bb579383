// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "commands/RowCommands.h"
#include "workshop/Workshop.h"

namespace portrait {

// Turns a top-voted pain point into a toolkit candidate in the department's service catalogue
// (domain.md §7.1, §10.3 item 6; the article's second action): a service of kind 工具包 coded
// after the department (MKT-06…), named after the pain point, aimed at its segment and need,
// with the article's steps best practice → standard → tool → practice as its checklist. One
// transaction and one undo step; undo removes the service with its links and steps.
class CreateWorkshopToolkitCommand : public GroupCommand
{
public:
    CreateWorkshopToolkitCommand(Workspace *workspace, const WorkshopSession &session,
                                 const WorkshopPainPoint &painPoint);

    QString code() const { return m_code; }

    // The department's service that already holds this pain point's toolkit, or an empty string.
    static QString existing(Workspace *workspace, const QString &department,
                            const WorkshopPainPoint &painPoint);
    static QString toolkitName(const WorkshopPainPoint &painPoint);

private:
    QString m_code;
};

} // namespace portrait
