// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "portrait/ReportData.h"

#include "core/Language.h"

namespace portrait {

ReportBlock ReportBlock::paragraph(const QString &text)
{
    ReportBlock b;
    b.text = text;
    return b;
}

ReportBlock ReportBlock::heading(const QString &text)
{
    ReportBlock b;
    b.kind = Kind::Heading;
    b.text = text;
    return b;
}

ReportBlock ReportBlock::bullets(const QStringList &items)
{
    ReportBlock b;
    b.kind = Kind::Bullets;
    b.items = items;
    return b;
}

QString ReportData::sectionTitle(const ReportSection &section)
{
    if (section.number.isEmpty())
        return section.title;
    return currentLanguage() == Language::English ? QStringLiteral("%1. %2").arg(section.number, section.title)
                                                  : QStringLiteral("%1、%2").arg(section.number, section.title);
}

} // namespace portrait
