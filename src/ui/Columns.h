// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "models/TableModel.h"

#include <QCoreApplication>

// Column lists of the TableModels that the panels edit. The name column comes first, because
// lists show column 0 as "name  code".
namespace portrait::Columns {

inline TableModel::Column text(const char *name, const char *header, bool editable = true)
{
    return {QString::fromLatin1(name), header, TableModel::Kind::Text, editable, {}};
}

inline TableModel::Column of(const char *name, const char *header, TableModel::Kind kind,
                             bool editable = true)
{
    return {QString::fromLatin1(name), header, kind, editable, {}};
}

inline QList<TableModel::Column> names()
{
    return {text("name_zh", QT_TRANSLATE_NOOP("portrait::Columns", "名称")),
            text("name_en", QT_TRANSLATE_NOOP("portrait::Columns", "英文名称"))};
}

} // namespace portrait::Columns
