// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "core/ValueParser.h"

#include "core/AttributeDictionary.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace portrait::ValueParser {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::ValueParser)
};

QString numberText(double v)
{
    return QString::number(v, 'g', 15);
}

ParsedValue parseNumber(const AttributeInfo &a, QString text)
{
    ParsedValue result;
    text.remove(QLatin1Char(',')).remove(QChar(0xFF0C)).remove(QLatin1Char(' '));
    double factor = 1.0;
    // Units that users append: the attribute's own unit, or V where kV is meant, or %.
    static const QRegularExpression prefix(QStringLiteral("^(交流|直流|AC|DC)"),
                                           QRegularExpression::CaseInsensitiveOption);
    text.remove(prefix);
    const QString unit = a.unit;
    if (!unit.isEmpty() && text.endsWith(unit, Qt::CaseInsensitive)) {
        text.chop(unit.size());
    } else if (unit.compare(QLatin1String("kV"), Qt::CaseInsensitive) == 0 &&
               text.endsWith(QLatin1Char('V'), Qt::CaseInsensitive)) {
        text.chop(1);
        factor = 0.001;
    } else if (unit == QLatin1String("%") && text.endsWith(QChar(0xFF05))) {
        text.chop(1);
    }
    bool ok = false;
    const double v = text.toDouble(&ok) * factor;
    if (!ok || !std::isfinite(v)) {
        result.error = Tr::tr("不是数字");
        return result;
    }
    if (v < 0 && a.min && *a.min >= 0) {
        result.error = Tr::tr("不能为负数");
        return result;
    }
    result.value = v;
    if ((a.min && v < *a.min) || (a.max && v > *a.max))
        result.warning = Tr::tr("超出常见范围 %1–%2")
                             .arg(a.min ? numberText(*a.min) : QStringLiteral("…"),
                                  a.max ? numberText(*a.max) : QStringLiteral("…"));
    return result;
}

ParsedValue parseDate(const QString &text)
{
    ParsedValue result;
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})\\s*(?:[-/.年])\\s*(\\d{1,2})\\s*(?:[-/.月])\\s*(\\d{1,2})\\s*日?"
                       "(?:[ T]00:00(?::00)?)?$"));
    const auto m = pattern.match(text);
    if (!m.hasMatch()) {
        result.error = Tr::tr("不是日期（应为 YYYY-MM-DD）");
        return result;
    }
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!d.isValid()) {
        result.error = Tr::tr("不存在的日期");
        return result;
    }
    result.value = d.toString(Qt::ISODate);
    return result;
}

ParsedValue parseEnum(const AttributeInfo &a, const QString &text)
{
    ParsedValue result;
    for (const QString &v : a.values) {
        if (v.compare(text, Qt::CaseInsensitive) == 0) {
            result.value = v;
            return result;
        }
    }
    // Yes/no enumerations accept the usual spellings.
    if (a.values.contains(QStringLiteral("是")) && a.values.contains(QStringLiteral("否"))) {
        static const QStringList yes{QStringLiteral("y"), QStringLiteral("yes"),
                                     QStringLiteral("true"), QStringLiteral("1")};
        static const QStringList no{QStringLiteral("n"), QStringLiteral("no"),
                                    QStringLiteral("false"), QStringLiteral("0")};
        if (yes.contains(text.toLower()) || no.contains(text.toLower())) {
            result.value = yes.contains(text.toLower()) ? QStringLiteral("是") : QStringLiteral("否");
            return result;
        }
    }
    result.error = Tr::tr("不是可选值（可选：%1）").arg(a.values.join(Tr::tr("、")));
    return result;
}

} // namespace

ParsedValue parse(const AttributeInfo &attribute, const QString &raw)
{
    QString text = raw;
    // An export neutralises formula-like text with a leading apostrophe; take it off again.
    if (text.size() >= 2 && text[0] == QLatin1Char('\'') &&
        QStringLiteral("=+-@\t\r").contains(text[1]))
        text.remove(0, 1);
    text = text.trimmed();
    text.remove(QChar(0xFEFF));
    if (text.isEmpty())
        return {};
    switch (attribute.type) {
    case AttributeType::Number:
        return parseNumber(attribute, text);
    case AttributeType::Date:
        return parseDate(text);
    case AttributeType::Enum:
        return parseEnum(attribute, text);
    case AttributeType::List: {
        static const QRegularExpression separators(QStringLiteral("[;；、|]"));
        QStringList items;
        for (const QString &item : text.split(separators)) {
            const QString t = item.trimmed();
            if (!t.isEmpty() && !items.contains(t))
                items << t;
        }
        ParsedValue result;
        if (!items.isEmpty())
            result.value = items;
        return result;
    }
    case AttributeType::Text:
        break;
    }
    ParsedValue result;
    result.value = text;
    return result;
}

QString toText(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return {};
    if (value.typeId() == QMetaType::Double)
        return numberText(value.toDouble());
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral("; "));
    return value.toString();
}

} // namespace portrait::ValueParser
