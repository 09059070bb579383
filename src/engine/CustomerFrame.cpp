// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "engine/CustomerFrame.h"

#include <QDate>
#include <cmath>
#include <limits>

namespace portrait {

namespace {
int digits(QByteArrayView s, int from, int count)
{
    int v = 0;
    for (int i = from; i < from + count; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}
} // namespace

qint32 CustomerFrame::Column::intern(QByteArrayView utf8)
{
    bool added = false;
    const qint32 id = m_texts.intern(std::string_view(utf8.data(), size_t(utf8.size())), &added);
    if (added)
        m_dictionary << QString::fromUtf8(utf8);
    return id;
}

void CustomerFrame::Column::appendIsoDate(QByteArrayView iso)
{
    if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') {
        m_codes.push_back(kNoDate);
        return;
    }
    const QDate d(digits(iso, 0, 4), digits(iso, 5, 2), digits(iso, 8, 2));
    m_codes.push_back(d.isValid() ? qint32(d.toJulianDay()) : kNoDate);
}

void CustomerFrame::Column::appendText(QByteArrayView utf8)
{
    m_codes.push_back(utf8.isEmpty() ? -1 : intern(utf8));
}

void CustomerFrame::Column::appendList(QByteArrayView joined)
{
    qsizetype start = 0;
    while (start <= joined.size()) {
        qsizetype end = joined.indexOf(';', start);
        if (end < 0)
            end = joined.size();
        const QByteArrayView item = joined.sliced(start, end - start).trimmed();
        if (!item.isEmpty()) {
            const qint32 id = intern(item);
            // A label listed twice counts once.
            if (std::find(m_items.begin() + m_offsets.back(), m_items.end(), id) == m_items.end())
                m_items.push_back(id);
        }
        start = end + 1;
    }
    m_offsets.push_back(quint32(m_items.size()));
}

void CustomerFrame::Column::appendList(const QStringList &items)
{
    appendList(items.join(QLatin1Char(';')).toUtf8());
}

bool CustomerFrame::Column::isEmpty(size_t row) const
{
    switch (m_type) {
    case AttributeType::Number:
        return std::isnan(m_numbers[row]);
    case AttributeType::Date:
        return m_codes[row] == kNoDate;
    case AttributeType::List:
        return m_offsets[row] == m_offsets[row + 1];
    default:
        return m_codes[row] < 0;
    }
}

QString CustomerFrame::Column::text(size_t row) const
{
    if (isEmpty(row))
        return {};
    switch (m_type) {
    case AttributeType::Number:
        return QString::number(m_numbers[row], 'g', 15);
    case AttributeType::Date:
        return QDate::fromJulianDay(m_codes[row]).toString(Qt::ISODate);
    case AttributeType::List: {
        QStringList parts;
        for (auto [it, end] = items(row); it != end; ++it)
            parts << m_dictionary[*it];
        return parts.join(QStringLiteral("; "));
    }
    default:
        return m_dictionary[m_codes[row]];
    }
}

int CustomerFrame::addColumn(const QString &key, AttributeType type)
{
    if (const int existing = columnIndex(key); existing >= 0)
        return existing;
    m_columns.emplace_back(key, type);
    m_byKey.insert(key, int(m_columns.size() - 1));
    return int(m_columns.size() - 1);
}

CustomerFrame CustomerFrame::emptyCopy() const
{
    CustomerFrame frame;
    for (const Column &c : m_columns)
        frame.addColumn(c.m_key, c.m_type);
    return frame;
}

void CustomerFrame::clearRows()
{
    m_ids.clear();
    m_rowById.clear();
    for (Column &c : m_columns) {
        c.m_numbers.clear();
        c.m_codes.clear();
        c.m_offsets.assign(1, 0);
        c.m_items.clear();
        c.m_dictionary.clear();
        c.m_texts.clear();
    }
}

void CustomerFrame::dropValues()
{
    for (Column &c : m_columns)
        c = Column(c.m_key, c.m_type);
}

void CustomerFrame::reserve(size_t rows)
{
    m_ids.reserve(rows);
    for (Column &c : m_columns) {
        if (c.m_type == AttributeType::Number)
            c.m_numbers.reserve(rows);
        else if (c.m_type == AttributeType::List)
            c.m_offsets.reserve(rows + 1);
        else
            c.m_codes.reserve(rows);
    }
}

qint64 CustomerFrame::rowOf(qint64 id) const
{
    if (m_rowById.size() != qsizetype(m_ids.size())) {
        m_rowById.clear();
        m_rowById.reserve(qsizetype(m_ids.size()));
        for (size_t r = 0; r < m_ids.size(); ++r)
            m_rowById.insert(m_ids[r], qint64(r));
    }
    return m_rowById.value(id, -1);
}

void CustomerFrame::append(const CustomerFrame &other)
{
    m_ids.insert(m_ids.end(), other.m_ids.begin(), other.m_ids.end());
    for (Column &c : m_columns) {
        const int o = other.columnIndex(c.m_key);
        Q_ASSERT(o >= 0);
        const Column &src = other.m_columns[size_t(o)];
        std::vector<qint32> remap;
        for (const QString &value : src.m_dictionary)
            remap.push_back(c.intern(value.toUtf8()));
        switch (c.m_type) {
        case AttributeType::Number:
            c.m_numbers.insert(c.m_numbers.end(), src.m_numbers.begin(), src.m_numbers.end());
            break;
        case AttributeType::Date:
            c.m_codes.insert(c.m_codes.end(), src.m_codes.begin(), src.m_codes.end());
            break;
        case AttributeType::List: {
            const quint32 base = quint32(c.m_items.size());
            for (qint32 id : src.m_items)
                c.m_items.push_back(remap[size_t(id)]);
            for (size_t r = 1; r < src.m_offsets.size(); ++r)
                c.m_offsets.push_back(base + src.m_offsets[r]);
            break;
        }
        default:
            for (qint32 id : src.m_codes)
                c.m_codes.push_back(id < 0 ? -1 : remap[size_t(id)]);
        }
    }
}

} // namespace portrait
