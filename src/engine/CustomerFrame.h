// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "core/CanonicalAttributes.h"
#include "core/TextInterner.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <climits>
#include <limits>
#include <vector>

namespace portrait {

struct FrameBlockCodec;

// Customers in memory, one column per attribute, for classifying a million rows quickly.
// Numbers are doubles with NaN for empty; dates are Julian day numbers; text and enumeration
// values are ids into the column's dictionary (-1 empty); lists are id runs (offsets + items).
// Conditions compile against a frame, so evaluation never compares strings row by row.
// Filled by a loader (ClassificationRepository, tests) and read-only afterwards.
class CustomerFrame
{
public:
    static constexpr qint32 kNoDate = INT_MIN;

    class Column
    {
    public:
        Column(QString key, AttributeType type) : m_key(std::move(key)), m_type(type) {}
        const QString &key() const { return m_key; }
        AttributeType type() const { return m_type; }

        // Inline: a loader calls these for every value of a million customers.
        void appendEmpty()
        {
            switch (m_type) {
            case AttributeType::Number:
                m_numbers.push_back(std::numeric_limits<double>::quiet_NaN());
                break;
            case AttributeType::Date:
                m_codes.push_back(kNoDate);
                break;
            case AttributeType::List:
                m_offsets.push_back(quint32(m_items.size()));
                break;
            default:
                m_codes.push_back(-1);
            }
        }
        void appendNumber(double value) { m_numbers.push_back(value); }
        void appendDate(qint32 julianDay) { m_codes.push_back(julianDay); }
        void appendIsoDate(QByteArrayView iso); // "YYYY-MM-DD…"; anything else is empty
        void appendText(QByteArrayView utf8);   // empty text is empty
        void appendList(QByteArrayView joined); // ';'-joined
        void appendList(const QStringList &items);

        bool isEmpty(size_t row) const;
        double number(size_t row) const { return m_numbers[row]; }
        qint32 code(size_t row) const { return m_codes[row]; }
        std::pair<const qint32 *, const qint32 *> items(size_t row) const
        {
            return {m_items.data() + m_offsets[row], m_items.data() + m_offsets[row + 1]};
        }
        const QStringList &dictionary() const { return m_dictionary; }
        // The value as users read it ("" when empty).
        QString text(size_t row) const;

        const std::vector<double> &numbers() const { return m_numbers; }
        const std::vector<qint32> &codes() const { return m_codes; }

    private:
        friend class CustomerFrame;
        friend struct FrameBlockCodec; // the column cache's binary form (storage)
        qint32 intern(QByteArrayView utf8);

        QString m_key;
        AttributeType m_type;
        std::vector<double> m_numbers;
        std::vector<qint32> m_codes;
        std::vector<quint32> m_offsets{0};
        std::vector<qint32> m_items;
        QStringList m_dictionary;
        TextInterner m_texts; // the dictionary's UTF-8 bytes, by id
    };

    int addColumn(const QString &key, AttributeType type);
    // A frame with the same columns and no rows.
    CustomerFrame emptyCopy() const;
    // Drops every row and dictionary value, keeping the memory for the next rows (a loader's
    // frame for one block after another).
    void clearRows();
    // Frees every column's values, keeping the rows' ids: a classification's results are stored
    // by id, and a million customers' values need not be held while they are.
    void dropValues();
    int columnIndex(const QString &key) const { return m_byKey.value(key, -1); }
    int columnCount() const { return int(m_columns.size()); }
    const Column &column(int index) const { return m_columns[size_t(index)]; }
    Column &column(int index) { return m_columns[size_t(index)]; }

    // Starts a row; the caller then appends one value to every column.
    void appendRow(qint64 id) { m_ids.push_back(id); }
    void reserve(size_t rows);
    size_t rowCount() const { return m_ids.size(); }
    qint64 id(size_t row) const { return m_ids[row]; }
    const std::vector<qint64> &ids() const { return m_ids; }
    // The row of a customer id, or -1. Builds its index on first use.
    qint64 rowOf(qint64 id) const;

    // Appends the rows of a frame with the same columns (a loader's second half), re-coding its
    // dictionary ids.
    void append(const CustomerFrame &other);

private:
    std::vector<Column> m_columns;
    QHash<QString, int> m_byKey;
    std::vector<qint64> m_ids;
    mutable QHash<qint64, qint64> m_rowById;
};

} // namespace portrait
