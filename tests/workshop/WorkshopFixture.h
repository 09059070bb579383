// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "workshop/Workshop.h"

namespace portrait {
class Workspace;
}

#include <QJsonObject>

// Workshops shared by the tests.

// 市场专责 A1 {E2.2, E2.4}, A2 {E2.2, E2.4}; 客户经理 B1 {E2.2, E1}, B2 {E2.2}; offered E2.2 E2.4
// E1.
portrait::WorkshopSession twoPositionSession();

// A `portrait-workshop` file for MKT with six participants (n = 6):
//   E2.2 6/6 (priorities 1 1 2 2 1 3), E2.4 4/6 (1 2 1 2), E1 6/6 (2 1 1 1 1 2), E3.1 2/6,
//   E2.6 1/6, E4.2 1/6; one participant holds the position 数据分析, which MKT does not have;
//   one proposal; three pain points with 5, 7 and 2 votes.
QJsonObject marketingWorkshop();
QByteArray bytes(const QJsonObject &document);
// The marketing workshop read and stored in the workspace; returns its session id.
qint64 insertMarketingWorkshop(portrait::Workspace &ws);
