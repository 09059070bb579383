// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "models/MergeChoiceModel.h"

#include "storage/CustomerRepository.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace portrait {

MergeChoiceModel::MergeChoiceModel(QObject *parent) : QAbstractTableModel(parent) {}

void MergeChoiceModel::setCustomers(Database &db, const AttributeDictionary &dictionary,
                                    const QList<qint64> &ids)
{
    beginResetModel();
    m_dictionary = dictionary;
    m_ids = ids;
    m_customers.clear();
    for (qint64 id : ids)
        m_customers << CustomerRepository::load(db, m_dictionary, id);
    m_keep = 0;
    const int rows = ids.isEmpty() ? 0 : int(m_dictionary.all().size()); // no customers, no rows
    m_choice = QList<int>(rows, 0);
    m_touched = QList<bool>(rows, false);
    for (int r = 0; r < rows; ++r)
        m_choice[r] = defaultChoice(r);
    endResetModel();
}

void MergeChoiceModel::setKeepColumn(int column)
{
    if (column < 0 || column >= m_ids.size() || column == m_keep)
        return;
    m_keep = column;
    for (int r = 0; r < m_choice.size(); ++r) {
        if (!m_touched[r])
            m_choice[r] = defaultChoice(r);
    }
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QString MergeChoiceModel::customerLabel(int column) const
{
    const QVariantMap &c = m_customers.value(column);
    return QStringLiteral("%1 · %2").arg(c.value(QStringLiteral("customer_no")).toString(),
                                         c.value(QStringLiteral("name")).toString());
}

QList<qint64> MergeChoiceModel::removedIds() const
{
    QList<qint64> ids = m_ids;
    ids.removeAt(m_keep);
    return ids;
}

QVariantMap MergeChoiceModel::chosenValues() const
{
    QVariantMap values;
    for (int r = 0; r < m_choice.size(); ++r) {
        const QString &key = m_dictionary.all()[r].key;
        const QVariant chosen = m_customers[m_choice[r]].value(key);
        if (chosen != m_customers[m_keep].value(key))
            values.insert(key, chosen);
    }
    return values;
}

int MergeChoiceModel::differingRows() const
{
    int n = 0;
    for (int r = 0; r < m_choice.size(); ++r)
        n += differs(r);
    return n;
}

bool MergeChoiceModel::isEmpty(const QVariant &value)
{
    return !value.isValid() || value.isNull() || value.toString().isEmpty();
}

QString MergeChoiceModel::displayValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral("；"));
    if (value.typeId() == QMetaType::Double)
        return QLocale().toString(value.toDouble(), 'g', 15);
    return value.toString();
}

bool MergeChoiceModel::differs(int row) const
{
    const QString &key = m_dictionary.all()[row].key;
    for (const QVariantMap &c : m_customers) {
        if (c.value(key) != m_customers.first().value(key))
            return true;
    }
    return false;
}

int MergeChoiceModel::defaultChoice(int row) const
{
    const QString &key = m_dictionary.all()[row].key;
    if (!isEmpty(m_customers[m_keep].value(key)))
        return m_keep;
    for (int c = 0; c < m_customers.size(); ++c) {
        if (!isEmpty(m_customers[c].value(key)))
            return c;
    }
    return m_keep;
}

int MergeChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_choice.size());
}

int MergeChoiceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant MergeChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QVariant value = m_customers[index.column()].value(m_dictionary.all()[index.row()].key);
    const bool chosen = m_choice[index.row()] == index.column();
    switch (role) {
    case Qt::DisplayRole:
        return isEmpty(value) ? tr("（空）") : displayValue(value);
    case Qt::CheckStateRole:
        return chosen ? Qt::Checked : Qt::Unchecked;
    case Qt::ForegroundRole:
        if (isEmpty(value))
            return QColor(0x99, 0x99, 0x99);
        return differs(index.row()) ? QVariant() : QVariant(QColor(0x66, 0x66, 0x66));
    case Qt::BackgroundRole:
        return chosen && differs(index.row()) ? QVariant(QColor(0xdf, 0xf0, 0xe3)) : QVariant();
    case Qt::FontRole:
        if (chosen && differs(index.row())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

bool MergeChoiceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::CheckStateRole)
        return false;
    if (value.toInt() != Qt::Checked || m_choice[index.row()] == index.column())
        return false;
    m_choice[index.row()] = index.column();
    m_touched[index.row()] = true;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
    return true;
}

Qt::ItemFlags MergeChoiceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

QVariant MergeChoiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::DisplayRole && orientation == Qt::Vertical && section < m_choice.size()) {
        const AttributeInfo &a = m_dictionary.all()[section];
        return differs(section) ? QStringLiteral("● %1").arg(a.nameZh) : a.nameZh;
    }
    if (role == Qt::ToolTipRole && orientation == Qt::Vertical && section < m_choice.size())
        return differs(section) ? tr("各客户的值不同，请选择合并后保留的值") : tr("各客户的值相同");
    if (role == Qt::DisplayRole && orientation == Qt::Horizontal && section < m_ids.size()) {
        const QVariantMap &c = m_customers[section];
        return tr("%1%2\n%3")
            .arg(section == m_keep ? tr("★ 保留 · ") : QString(),
                 c.value(QStringLiteral("customer_no")).toString(),
                 c.value(QStringLiteral("name")).toString());
    }
    return {};
}

} // namespace portrait
