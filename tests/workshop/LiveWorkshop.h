// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QtGlobal>

// Helpers of the live-workshop GUI tests (a session prepared in the new-session dialog, tiles
// clicked in the presentation).

namespace portrait {
class WorkshopPanel;
class WorkshopPresentation;
} // namespace portrait

// A session for MKT prepared in the dialog and stored through the panel: 张 部门负责人,
// 李 市场专责, 周 储能专责 (a position MKT does not have yet); the department's scope is offered.
qint64 createLiveSession(portrait::WorkshopPanel &panel);
void clickTile(portrait::WorkshopPresentation &show, const char *code, int times = 1);
