// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "core/Language.h"

namespace portrait {

namespace {
Language g_language = Language::Chinese;
}

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

} // namespace portrait
