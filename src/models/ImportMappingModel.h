// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "core/AttributeDictionary.h"
#include "io/ImportOptions.h"

#include <QAbstractTableModel>

namespace portrait {

// The import wizard's column mapping: one row per column of the file with its header, a few
// sample values and the attribute it feeds — an attribute of the dictionary, nothing (忽略), or a
// new custom attribute with the key and type the user gives. Turns the user's choices into
// ImportOptions (explicit mapping for every header, new attributes) and checks them first.
class ImportMappingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { HeaderColumn, SampleColumn, AttributeColumn, NewKeyColumn, NewTypeColumn, ColumnCount };
    // The value of AttributeColumn (EditRole) that asks for a new custom attribute.
    static QString newAttributeValue() { return QStringLiteral("+new"); }

    struct Choice
    {
        QString label, value;
    };

    explicit ImportMappingModel(QObject *parent = nullptr);

    void setPreview(const AttributeDictionary &dictionary, const QStringList &headers,
                    const QStringList &keys, const QList<QStringList> &rows);
    // Applies a saved mapping (HeaderMapping::readFile) to the current headers.
    void applyOptions(const ImportOptions &options);

    // The choices of AttributeColumn and NewTypeColumn, for the editors.
    QList<Choice> attributeChoices() const;
    static QList<Choice> typeChoices();

    QStringList headers() const { return m_headers; }
    QStringList keys() const; // effective key per column ("" for ignored)
    // Writes mapping and newAttributes; returns false with a message when the choices conflict.
    bool toOptions(ImportOptions &options, QString *error) const;
    int mappedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void mappingChanged();

private:
    struct Row
    {
        QString header, sample, choice, newKey, newType;
    };
    QString attributeLabel(const QString &key) const;

    AttributeDictionary m_dictionary;
    QStringList m_headers;
    QList<Row> m_rows;
};

} // namespace portrait
