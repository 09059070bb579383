// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QString>

namespace portrait {

// The interface language. Chinese is the first language; English the second. Names stored in
// both languages are shown through localized(), which falls back to Chinese when English is empty.
enum class Language { Chinese, English };

Language currentLanguage();
void setCurrentLanguage(Language language);
// Parses "zh", "zh_CN", "en", "en_US"…; anything unknown is Chinese.
Language languageFromCode(const QString &code);

inline QString localized(const QString &zh, const QString &en)
{
    return currentLanguage() == Language::English && !en.isEmpty() ? en : zh;
}

// The name of a demand-response potential (domain.md §8.2: high, medium, low → 高, 中, 低) in the
// interface language; any other text as it is.
QString drPotentialName(const QString &code);

} // namespace portrait
