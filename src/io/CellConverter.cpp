// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "io/CellConverter.h"

#include "core/ValueParser.h"

#include <QCoreApplication>
#include <QDate>
#include <charconv>
#include <cmath>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::CellConverter)
};

std::string_view trimAscii(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// U+3000 ideographic space, U+00A0 no-break space, U+FEFF byte order mark.
bool hasUnicodeBlankAtEnds(std::string_view s)
{
    for (std::string_view blank : {std::string_view("\xE3\x80\x80"), std::string_view("\xC2\xA0"),
                                   std::string_view("\xEF\xBB\xBF")}) {
        if (s.starts_with(blank) || s.ends_with(blank))
            return true;
    }
    return false;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

CellConverter::CellConverter(const AttributeInfo &attribute) : m_attribute(attribute)
{
    for (const QString &v : attribute.values)
        m_values.insert(v.toStdString());
}

void CellConverter::checkRange(double v)
{
    const auto &a = m_attribute;
    if ((a.min && v < *a.min) || (a.max && v > *a.max))
        m_result.warning = Tr::tr("超出常见范围 %1–%2")
                               .arg(a.min ? QString::number(*a.min, 'g', 15) : QStringLiteral("…"),
                                    a.max ? QString::number(*a.max, 'g', 15) : QStringLiteral("…"));
}

bool CellConverter::fastPath(std::string_view s)
{
    // Anything that needs more than ASCII trimming (Unicode blanks at either end, a
    // neutralising quote) takes the slow path.
    if (s.front() == '\'' || hasUnicodeBlankAtEnds(s))
        return false;
    switch (m_attribute.type) {
    case AttributeType::Number: {
        double v = 0;
        const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v))
            return false;
        if (v < 0 && m_attribute.min && *m_attribute.min >= 0)
            return false; // the slow path words the error
        m_result.kind = Result::Kind::Number;
        m_result.number = v;
        checkRange(v);
        return true;
    }
    case AttributeType::Date: {
        if (s.size() != 10 || s[4] != '-' || s[7] != '-')
            return false;
        for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
            if (!isDigit(s[i]))
                return false;
        const QDate d((s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0'),
                      (s[5] - '0') * 10 + (s[6] - '0'), (s[8] - '0') * 10 + (s[9] - '0'));
        if (!d.isValid())
            return false;
        m_result.kind = Result::Kind::Text;
        m_result.text = s;
        return true;
    }
    case AttributeType::Enum:
        if (m_values.find(std::string(s)) == m_values.end())
            return false;
        m_result.kind = Result::Kind::Text;
        m_result.text = s;
        return true;
    case AttributeType::Text:
        m_result.kind = Result::Kind::Text;
        m_result.text = s;
        return true;
    case AttributeType::List:
        return splitList(s);
    }
    return false;
}

bool CellConverter::splitList(std::string_view s)
{
    // Separators ; | and the full-width ；、 (UTF-8 EF BC 9B, E3 80 81).
    m_scratch.clear();
    m_items.clear();
    size_t start = 0;
    auto flush = [&](size_t end) {
        const std::string_view item = trimAscii(s.substr(start, end - start));
        if (item.empty())
            return true;
        if (hasUnicodeBlankAtEnds(item))
            return false;
        for (const std::string_view &seen : m_items)
            if (seen == item)
                return true;
        m_items.push_back(item);
        return true;
    };
    for (size_t i = 0; i < s.size();) {
        size_t width = 0;
        if (s[i] == ';' || s[i] == '|')
            width = 1;
        else if (s.compare(i, 3, "\xEF\xBC\x9B") == 0 || s.compare(i, 3, "\xE3\x80\x81") == 0)
            width = 3;
        if (width) {
            if (!flush(i))
                return false;
            i += width;
            start = i;
        } else {
            ++i;
        }
    }
    if (!flush(s.size()))
        return false;
    for (const std::string_view &item : m_items) {
        if (!m_scratch.empty())
            m_scratch += ';';
        m_scratch.append(item);
    }
    if (m_scratch.empty())
        return true;
    m_result.kind = Result::Kind::Text;
    m_result.text = m_scratch;
    return true;
}

void CellConverter::slowPath(std::string_view cell)
{
    const ParsedValue parsed =
        ValueParser::parse(m_attribute, QString::fromUtf8(cell.data(), qsizetype(cell.size())));
    m_result.error = parsed.error;
    m_result.warning = parsed.warning;
    if (!parsed.ok() || parsed.value.isNull())
        return;
    if (parsed.value.typeId() == QMetaType::Double) {
        m_result.kind = Result::Kind::Number;
        m_result.number = parsed.value.toDouble();
        return;
    }
    m_scratch = parsed.value.typeId() == QMetaType::QStringList
                    ? parsed.value.toStringList().join(QLatin1Char(';')).toStdString()
                    : parsed.value.toString().toStdString();
    m_result.kind = Result::Kind::Text;
    m_result.text = m_scratch;
}

const CellConverter::Result &CellConverter::convert(std::string_view cell)
{
    m_result = Result();
    const std::string_view s = trimAscii(cell);
    if (s.empty())
        return m_result;
    if (!fastPath(s))
        slowPath(cell);
    return m_result;
}

} // namespace portrait
