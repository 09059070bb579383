// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QCoreApplication>

class QWidget;

namespace portrait {

class Workspace;

// 删除演示数据: removes the sample customers marked 演示数据 that a new workspace starts with,
// once real lists have come. It cannot be undone, so it asks first and says how many.
class DemoDataRemoval
{
    Q_DECLARE_TR_FUNCTIONS(portrait::DemoDataRemoval)
public:
    static qint64 demoCount(Workspace *workspace);
    // Asks, removes, and says what it did; returns how many customers were removed.
    static qint64 confirmAndRemove(QWidget *parent, Workspace *workspace);
};

} // namespace portrait
