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
    // Anything that needs more than ASCII trimming (full-width blanks, a neutralising quote)
    // takes the slow path.
    if (!s.empty() && (static_cast<unsigned char>(s.front()) >= 0x80 ||
                       static_cast<unsigned char>(s.back()) >= 0x80 || s.front() == '\''))
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
        return false;
    }
    return false;
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
