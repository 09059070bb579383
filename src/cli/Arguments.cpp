// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "cli/Arguments.h"

#include <QCoreApplication>

namespace portrait {

Arguments::Arguments(const QStringList &args, const QSet<QString> &flags,
                     const QSet<QString> &options)
{
    for (int i = 0; i < args.size(); ++i) {
        QString a = args[i];
        QString inlineValue;
        bool hasInline = false;
        if (a.startsWith(QLatin1String("--")) && a.contains(QLatin1Char('='))) {
            inlineValue = a.section(QLatin1Char('='), 1);
            a = a.section(QLatin1Char('='), 0, 0);
            hasInline = true;
        }
        if (flags.contains(a) && !hasInline) {
            m_flags.insert(a);
        } else if (options.contains(a)) {
            if (!hasInline && i + 1 >= args.size()) {
                m_error = QCoreApplication::translate("portrait::Arguments", "选项 %1 需要一个值").arg(a);
                return;
            }
            m_options.insert(a, hasInline ? inlineValue : args[++i]);
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            m_error = QCoreApplication::translate("portrait::Arguments", "未知选项 %1").arg(a);
            return;
        } else {
            m_positional << a;
        }
    }
}

} // namespace portrait
