// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "portrait/Portrait.h"

#include <QJsonObject>

namespace portrait {

// Reads a portrait written by PortraitJsonWriter back into a Portrait (a stored snapshot).
// Missing keys give empty values, so a portrait of an older writer still reads; a text that is
// not a portrait, or one of a newer format version, throws portrait::Error naming the reason.
class PortraitJsonReader
{
public:
    static Portrait fromJson(const QJsonObject &json);
    static Portrait fromText(const QByteArray &utf8);
    static Evidence evidence(const QString &key, Evidence fallback = Evidence::Rule);
};

} // namespace portrait
