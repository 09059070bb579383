// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "core/Codes.h"

#include <QRegularExpression>

namespace portrait::Codes {

QString next(const QStringList &codes, const QString &fallbackPrefix, int width)
{
    auto firstFree = [&](const QString &prefix, qint64 from, int digits) {
        for (qint64 n = from;; ++n) {
            const QString candidate = prefix + QStringLiteral("%1").arg(n, digits, 10, QLatin1Char('0'));
            if (!codes.contains(candidate))
                return candidate;
        }
    };
    static const QRegularExpression pattern(QStringLiteral("^(.*?)(\\d+)$"));
    for (auto it = codes.crbegin(); it != codes.crend(); ++it) {
        const QRegularExpressionMatch m = pattern.match(*it);
        if (m.hasMatch())
            return firstFree(m.captured(1), m.captured(2).toLongLong() + 1, int(m.captured(2).size()));
    }
    return firstFree(fallbackPrefix, 1, width);
}

} // namespace portrait::Codes
