// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace portrait {

// Asks before a deletion. The question names the item; when something refers to it, the message
// says so and lists the references, because they go with it (the deletion stays undoable).
class DeleteConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(portrait::DeleteConfirmation)
public:
    static bool ask(QWidget *parent, const QString &item, const QStringList &references = {});
};

} // namespace portrait
