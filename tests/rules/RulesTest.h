// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

// Shared by the rule editor tests: waiting for background work (counts, re-classification).
#include "UiTest.h"

#include <QElapsedTimer>

enum { CustomersPanelIndex = 1, RulesPanelIndex = 3 };

template<typename F>
bool waitFor(F done, int ms = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QTest::qWait(20);
    }
    return true;
}
