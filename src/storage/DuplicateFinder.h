// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QList>
#include <QString>

namespace portrait {

class Database;
class ProgressSink;

// Finds stored customers that are probably the same account written differently:
//  - the same 户号 once leading zeros or Excel's scientific notation are taken into account
//    ("0012345" and "12345"; "1.23457E+12" and "1234567890123");
//  - the same normalised name in the same region when neither has a credit code to tell them
//    apart (organisations only: households share names all the time) (blanks, full-width forms and 有限责任公司/有限公司 ignored).
// Accounts that share a 统一社会信用代码 are one enterprise's accounts, never duplicates.
namespace DuplicateFinder {

struct Group
{
    enum class Reason { CustomerNumber, NameAndRegion } reason;
    QString key;          // what they share, for display
    QList<qint64> ids;    // two or more customers, oldest first
};

QList<Group> find(Database &db, ProgressSink *progress = nullptr);

// The normalisations, exposed for tests.
QString normalizedNumber(const QString &customerNo);
QString normalizedName(const QString &name);

} // namespace DuplicateFinder
} // namespace portrait
