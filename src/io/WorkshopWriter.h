// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "workshop/Workshop.h"

#include <QByteArray>

namespace portrait {

// Writes a session as a `portrait-workshop` file (version 1), the format WorkshopReader reads:
// fields in a fixed order, two-space indentation, UTF-8, so export → import → export gives the
// same bytes. Optional fields (place, offered nodes, 复评, roles…) are written only when set.
class WorkshopWriter
{
public:
    static QByteArray write(const WorkshopSession &session);
    // Writes to a temporary file and renames it into place; throws portrait::Error.
    static void writeFile(const WorkshopSession &session, const QString &path);
};

} // namespace portrait
