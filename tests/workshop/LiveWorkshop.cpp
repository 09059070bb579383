// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "LiveWorkshop.h"

#include "TestWorkspace.h"

#include "core/Workspace.h"
#include "ui/WorkshopNewSessionDialog.h"
#include "ui/WorkshopPanel.h"
#include "ui/WorkshopPresentation.h"
#include "ui/WorkshopTileBoard.h"

#include <QPushButton>
#include <QTest>

using namespace portrait;

qint64 createLiveSession(WorkshopPanel &panel)
{
    WorkshopNewSessionDialog dialog(WorkshopNewSessionDialog::choices(panel.workspace()->db()));
    dialog.setDepartment(QStringLiteral("MKT"));
    dialog.setTitle(QStringLiteral("营销部现场共创会"));
    dialog.addParticipant(QStringLiteral("张"), QStringLiteral("部门负责人"));
    dialog.addParticipant(QStringLiteral("李"), QStringLiteral("市场专责"));
    dialog.addParticipant(QStringLiteral("周"), QStringLiteral("储能专责"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    QString error;
    REQUIRE(panel.createSession(dialog.session(), &error));
    return panel.currentSession();
}

void clickTile(WorkshopPresentation &show, const char *code, int times)
{
    QPushButton *tile = show.board()->tile(QString::fromLatin1(code));
    REQUIRE(tile);
    for (int i = 0; i < times; ++i)
        QTest::mouseClick(tile, Qt::LeftButton);
}
