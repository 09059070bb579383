// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QString>

namespace portrait {

// Masks customer names for reports that leave the department (个人信息保护法), working on
// characters (code points), never on UTF-16 units, so emoji and rare characters stay whole:
// - a person's name (up to four CJK characters, no organisation word): the surname and, from
//   three characters on, the last character stay: 王五 → 王*, 王建国 → 王*国, 欧阳娜娜 → 欧**娜;
// - an organisation (it ends with a legal form or an organisation word such as 有限公司, 医院,
//   供电所): the legal form stays and the rest becomes 某某**, so the length leaks nothing:
//   杭州华东电器有限公司 → 某某**有限公司;
// - anything else (longer names, Latin names): the first character and ***: Acme Ltd → A***.
// An empty name stays empty; a one-character name becomes *.
namespace NameMasker {
QString mask(const QString &name);
}

} // namespace portrait
