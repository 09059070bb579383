// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

namespace portrait {

// The arguments of one command: positional values, flags and options with a value. Unknown
// options are usage errors, reported by name.
class Arguments
{
public:
    // `flags` take no value (--json); `options` take one (-o FILE, --lang en).
    Arguments(const QStringList &args, const QSet<QString> &flags, const QSet<QString> &options);

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    const QStringList &positional() const { return m_positional; }
    bool flag(const QString &name) const { return m_flags.contains(name); }
    QString option(const QString &name, const QString &fallback = {}) const
    {
        return m_options.value(name, fallback);
    }
    bool has(const QString &name) const { return m_options.contains(name); }

private:
    QStringList m_positional;
    QSet<QString> m_flags;
    QHash<QString, QString> m_options;
    QString m_error;
};

} // namespace portrait
