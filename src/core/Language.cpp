// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "core/Language.h"

#include <QCoreApplication>

namespace portrait {

namespace {
Language g_language = Language::Chinese;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::Language)
};
} // namespace

Language currentLanguage()
{
    return g_language;
}

void setCurrentLanguage(Language language)
{
    g_language = language;
}

Language languageFromCode(const QString &code)
{
    return code.startsWith(QLatin1String("en"), Qt::CaseInsensitive) ? Language::English
                                                                      : Language::Chinese;
}

QString drPotentialName(const QString &code)
{
    if (code == QLatin1String("high"))
        return Tr::tr("高");
    if (code == QLatin1String("medium"))
        return Tr::tr("中");
    if (code == QLatin1String("low"))
        return Tr::tr("低");
    return code;
}

} // namespace portrait
