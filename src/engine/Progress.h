// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QtGlobal>

namespace portrait {

// How long work reports progress and learns that it should stop (house style #8). Both are
// called on the thread that started the work, between chunks; the default does nothing.
class Progress
{
public:
    virtual ~Progress() = default;
    virtual void setProgress(qint64 done, qint64 total) {}
    virtual bool isCancelled() const { return false; }
};

} // namespace portrait
