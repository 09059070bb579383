// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "core/AttributeDictionary.h"

#include <QAbstractTableModel>
#include <QVariantMap>

namespace portrait {

class Database;

// Probable duplicates side by side for a merge: one row per attribute, one column per customer.
// In each row exactly one cell is checked — the value the merged customer will have. By default
// that is the kept customer's value, or the first non-empty one when the kept customer has none;
// a click on another cell picks that one. chosenValues() gives what MergeCustomersCommand writes.
class MergeChoiceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit MergeChoiceModel(QObject *parent = nullptr);

    void setCustomers(Database &db, const AttributeDictionary &dictionary, const QList<qint64> &ids);
    const AttributeDictionary &dictionary() const { return m_dictionary; }
    QList<qint64> ids() const { return m_ids; }

    // "户号 · 户名" of the customer in a column.
    QString customerLabel(int column) const;
    int keepColumn() const { return m_keep; }
    void setKeepColumn(int column);
    qint64 keptId() const { return m_ids.value(m_keep); }
    QList<qint64> removedIds() const;
    // The picked values that differ from the kept customer's, by attribute key.
    QVariantMap chosenValues() const;
    int differingRows() const;
    // Whether the customers' values of this attribute row are not all the same.
    bool differs(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static bool isEmpty(const QVariant &value);
    static QString displayValue(const QVariant &value);
    int defaultChoice(int row) const;

    AttributeDictionary m_dictionary;
    QList<qint64> m_ids;
    QList<QVariantMap> m_customers;
    QList<int> m_choice;   // chosen column per attribute row
    QList<bool> m_touched; // picked by the user, kept when the kept customer changes
    int m_keep = 0;
};

} // namespace portrait
