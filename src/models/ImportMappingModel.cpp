// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "models/ImportMappingModel.h"

#include <QPalette>
#include <QRegularExpression>
#include <QSet>

namespace portrait {

ImportMappingModel::ImportMappingModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportMappingModel::setPreview(const AttributeDictionary &dictionary, const QStringList &headers,
                                    const QStringList &keys, const QList<QStringList> &rows)
{
    beginResetModel();
    m_dictionary = dictionary;
    m_headers = headers;
    m_rows.clear();
    for (int c = 0; c < headers.size(); ++c) {
        QStringList samples;
        for (const QStringList &r : rows) {
            const QString v = r.value(c).trimmed();
            if (!v.isEmpty() && !samples.contains(v))
                samples << v;
            if (samples.size() == 3)
                break;
        }
        Row row{headers[c], samples.join(QStringLiteral(" · ")), keys.value(c), {}, QStringLiteral("text")};
        if (!row.choice.isEmpty() && !m_dictionary.find(row.choice)) {
            row.newKey = row.choice; // a new attribute from a loaded mapping
            row.choice = newAttributeValue();
        }
        m_rows << row;
    }
    endResetModel();
    emit mappingChanged();
}

void ImportMappingModel::applyOptions(const ImportOptions &options)
{
    for (Row &row : m_rows) {
        const QString header = row.header.trimmed();
        if (options.mapping.contains(header))
            row.choice = options.mapping.value(header);
        for (const auto &n : options.newAttributes) {
            if (n.header == header) {
                row.choice = newAttributeValue();
                row.newKey = n.key;
                row.newType = n.type.isEmpty() ? QStringLiteral("text") : n.type;
            }
        }
        if (!row.choice.isEmpty() && row.choice != newAttributeValue() && !m_dictionary.find(row.choice))
            row.choice.clear();
    }
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit mappingChanged();
}

QList<ImportMappingModel::Choice> ImportMappingModel::attributeChoices() const
{
    QList<Choice> choices{{tr("忽略"), QString()}};
    for (const AttributeInfo &a : m_dictionary.all())
        choices.append({attributeLabel(a.key), a.key});
    choices.append({tr("新建自定义属性…"), newAttributeValue()});
    return choices;
}

QList<ImportMappingModel::Choice> ImportMappingModel::typeChoices()
{
    return {{tr("文本"), QStringLiteral("text")},
            {tr("数值"), QStringLiteral("number")},
            {tr("日期"), QStringLiteral("date")},
            {tr("列表"), QStringLiteral("list")}};
}

QString ImportMappingModel::attributeLabel(const QString &key) const
{
    if (key.isEmpty())
        return tr("忽略");
    if (key == newAttributeValue())
        return tr("新建自定义属性…");
    const AttributeInfo *a = m_dictionary.find(key);
    return a ? QStringLiteral("%1  (%2)").arg(a->nameZh, key) : key;
}

QStringList ImportMappingModel::keys() const
{
    QStringList keys;
    for (const Row &row : m_rows)
        keys << (row.choice == newAttributeValue() ? row.newKey.trimmed() : row.choice);
    return keys;
}

int ImportMappingModel::mappedCount() const
{
    int n = 0;
    for (const QString &k : keys())
        n += !k.isEmpty();
    return n;
}

bool ImportMappingModel::toOptions(ImportOptions &options, QString *error) const
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    options.mapping.clear();
    options.newAttributes.clear();
    QSet<QString> used;
    for (const Row &row : m_rows) {
        const QString header = row.header.trimmed();
        QString key = row.choice;
        if (key == newAttributeValue()) {
            key = row.newKey.trimmed();
            if (!keyPattern.match(key).hasMatch()) {
                *error = tr("列「%1」的新属性键「%2」无效：请用小写英文字母开头，只含小写字母、数字和下划线")
                             .arg(header, key);
                return false;
            }
            if (m_dictionary.find(key)) {
                *error = tr("列「%1」的新属性键「%2」已在属性字典中，请直接选择该属性").arg(header, key);
                return false;
            }
            options.newAttributes.append({header, key, row.newType});
        }
        if (!key.isEmpty() && used.contains(key)) {
            *error = tr("属性「%1」对应了不止一列，请把其中一列改为忽略").arg(attributeLabel(key));
            return false;
        }
        if (!key.isEmpty())
            used.insert(key);
        if (!header.isEmpty())
            options.mapping.insert(header, key);
    }
    if (used.size() < 2) {
        *error = tr("至少要有两列对应到属性（如 户号 和 户名）");
        return false;
    }
    return true;
}

int ImportMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportMappingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[index.row()];
    const bool isNew = row.choice == newAttributeValue();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case HeaderColumn:
            return row.header.isEmpty() ? tr("（第 %1 列，无表头）").arg(index.row() + 1) : row.header;
        case SampleColumn:
            return row.sample;
        case AttributeColumn:
            return role == Qt::EditRole ? row.choice : attributeLabel(row.choice);
        case NewKeyColumn:
            return isNew ? row.newKey : QString();
        case NewTypeColumn:
            if (!isNew)
                return QString();
            if (role == Qt::EditRole)
                return row.newType;
            for (const Choice &c : typeChoices()) {
                if (c.value == row.newType)
                    return c.label;
            }
            return row.newType;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == AttributeColumn && row.choice.isEmpty())
        return QPalette().brush(QPalette::PlaceholderText);
    if (role == Qt::ToolTipRole && index.column() == NewKeyColumn && isNew)
        return tr("新属性的键：小写英文字母开头，如 contact_person");
    return {};
}

bool ImportMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole)
        return false;
    Row &row = m_rows[index.row()];
    switch (index.column()) {
    case AttributeColumn:
        row.choice = value.toString();
        if (row.choice == newAttributeValue() && row.newKey.isEmpty())
            row.newKey = QStringLiteral("custom_%1").arg(index.row() + 1);
        break;
    case NewKeyColumn:
        row.newKey = value.toString().trimmed();
        break;
    case NewTypeColumn:
        row.newType = value.toString();
        break;
    default:
        return false;
    }
    emit dataChanged(this->index(index.row(), AttributeColumn), this->index(index.row(), NewTypeColumn));
    emit mappingChanged();
    return true;
}

Qt::ItemFlags ImportMappingModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const bool isNew = m_rows[index.row()].choice == newAttributeValue();
    if (index.column() == AttributeColumn || (isNew && index.column() >= NewKeyColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ImportMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HeaderColumn:
        return tr("文件中的列");
    case SampleColumn:
        return tr("示例值");
    case AttributeColumn:
        return tr("对应属性");
    case NewKeyColumn:
        return tr("新属性键");
    default:
        return tr("新属性类型");
    }
}

} // namespace portrait
