// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "portrait/ReportNumbers.h"

#include "core/Language.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace portrait::ReportNumbers {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::ReportNumbers)
};

bool english()
{
    return currentLanguage() == Language::English;
}

QString trimmed(double v, int decimals)
{
    QString s = QString::number(v, 'f', decimals);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    return s;
}

} // namespace

QString digits(double value)
{
    return QLocale(QLocale::English).toString(qint64(std::llround(value)));
}

QString number(double v)
{
    const double a = std::fabs(v);
    if (english()) {
        if (a >= 1e6)
            return trimmed(v / 1e6, 1) + QLatin1Char('M');
        if (a >= 1e4)
            return trimmed(v / 1e3, 1) + QLatin1Char('k');
    } else {
        if (a >= 1e8)
            return trimmed(v / 1e8, 1) + QStringLiteral("亿");
        if (a >= 1e4)
            return trimmed(v / 1e4, 1) + QStringLiteral("万");
    }
    return trimmed(v, a >= 100 ? 0 : a >= 1 ? 1 : 2);
}

QString headline(const QString &name)
{
    for (const QString &separator : {QStringLiteral("："), QStringLiteral(": ")}) {
        const qsizetype at = name.indexOf(separator);
        if (at > 0)
            return name.left(at);
    }
    return name;
}

QString customers(double count)
{
    if (english())
        return Tr::tr("%1 户").arg(count >= 1e4 ? number(count) : digits(count));
    return count >= 1e4 ? number(count) + QStringLiteral("户") : digits(count) + QStringLiteral("户");
}

QString kwh(double value)
{
    if (english())
        return value >= 1e6 ? trimmed(value / 1e6, 1) + QStringLiteral(" GWh") : digits(value) + QStringLiteral(" kWh");
    if (value >= 1e8)
        return trimmed(value / 1e8, 2) + QStringLiteral("亿千瓦时");
    if (value >= 1e4)
        return trimmed(value / 1e4, 1) + QStringLiteral("万千瓦时");
    return digits(value) + QStringLiteral("千瓦时");
}

QString percent(double fraction, int decimals)
{
    return QString::number(fraction * 100.0, 'f', decimals) + QLatin1Char('%');
}

} // namespace portrait::ReportNumbers
