// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "portrait/NameMasker.h"

#include <QStringList>

namespace portrait::NameMasker {

namespace {

// Longest first, so 股份有限公司 wins over 有限公司 and 公司.
const QStringList &suffixes()
{
    static const QStringList list{
        QStringLiteral("股份有限公司"), QStringLiteral("有限责任公司"), QStringLiteral("有限公司"),
        QStringLiteral("供电公司"), QStringLiteral("分公司"), QStringLiteral("合作社"),
        QStringLiteral("管委会"), QStringLiteral("供电所"), QStringLiteral("公司"), QStringLiteral("集团"),
        QStringLiteral("医院"), QStringLiteral("学校"), QStringLiteral("大学"), QStringLiteral("中学"),
        QStringLiteral("小学"), QStringLiteral("中心"), QStringLiteral("园区"), QStringLiteral("银行"),
        QStringLiteral("酒店"), QStringLiteral("商场"), QStringLiteral("工厂"), QStringLiteral("厂"),
        QStringLiteral("站"), QStringLiteral("局"), QStringLiteral("店")};
    return list;
}

bool isCjk(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x3134F);
}

QString fromCodePoints(const QList<uint> &points, qsizetype from, qsizetype count)
{
    QString s;
    for (qsizetype i = from; i < from + count && i < points.size(); ++i)
        s += QString::fromUcs4(reinterpret_cast<const char32_t *>(&points[i]), 1);
    return s;
}

} // namespace

QString mask(const QString &input)
{
    const QString name = input.trimmed();
    if (name.isEmpty())
        return {};
    for (const QString &suffix : suffixes()) {
        if (name.endsWith(suffix) && name.size() > suffix.size())
            return QStringLiteral("某某**") + suffix;
    }
    const QList<uint> points = name.toUcs4();
    const qsizetype n = points.size();
    if (n == 1)
        return QStringLiteral("*");
    const bool person = n <= 4 && std::all_of(points.begin(), points.end(), [](uint c) { return isCjk(c); });
    if (!person)
        return fromCodePoints(points, 0, 1) + QStringLiteral("***");
    if (n == 2)
        return fromCodePoints(points, 0, 1) + QStringLiteral("*");
    return fromCodePoints(points, 0, 1) + QString(n - 2, QLatin1Char('*')) + fromCodePoints(points, n - 1, 1);
}

} // namespace portrait::NameMasker
