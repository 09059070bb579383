// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "models/ClassificationColumns.h"
#include "models/SortKeys.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QMap>
#include <memory>
#include <vector>

namespace portrait {

class Workspace;
class AttributeDictionary;

// The customer list, lazily: the model holds only the ids of the rows that pass the current
// filters, in the current sort order, and fetches rows in pages as the view asks for them, so it
// stays responsive with millions of customers. One column per attribute of the dictionary
// (canonical and custom). Edits are validated against the attribute's type and enumeration and
// become undo commands.
class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { IdRole = Qt::UserRole + 1, KeyRole };

    explicit CustomerTableModel(Workspace *workspace, QObject *parent = nullptr);
    ~CustomerTableModel() override;

    // Search in 户号 and 户名 (substring).
    void setSearchText(const QString &text);
    // Filter by one attribute: substring for text, exact value for enumerations and labels,
    // "a..b" or ">=a", "<b" for numbers and dates. Empty text removes the filter.
    void setAttributeFilter(const QString &key, const QString &text);
    void clearFilters();
    QMap<QString, QString> attributeFilters() const { return m_filters; }

    // The classification columns after the attributes: primary category, roles, lifecycle stage,
    // credit grade and demand-response potential, read from the stored results (read-only). Their
    // filter keys are "cls.category", "cls.roles", "cls.stage", "cls.credit" and "cls.dr".
    static QStringList classificationKeys();
    static QString classificationHeader(const QString &key);
    // The filter key of a classification column, or empty for an attribute column.
    QString classificationKey(int column) const;

    QString attributeKey(int column) const;
    int columnOfAttribute(const QString &key) const;
    qint64 customerId(int row) const;
    int rowOfCustomer(qint64 id) const;
    qint64 totalCustomers() const;

    // Every attribute of one customer, by key (labels as a QStringList).
    QVariantMap customer(qint64 id) const;
    // Validates and stores one attribute of one customer (undoable). Returns false with a message.
    bool setAttribute(qint64 id, const QString &key, const QVariant &value, QString *error);
    bool addCustomer(const QString &customerNo, const QString &name, QString *error);
    bool removeCustomers(const QList<qint64> &ids, QString *error);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

public slots:
    void reload();
    // One customer's row changed (its attributes or its classification).
    void refreshCustomer(qint64 id);

signals:
    void editFailed(const QString &message);

private:
    struct Page;
    void query();
    void sortIds();
    const Page &page(int pageIndex) const;
    void loadNames();
    void classificationsChanged();

    Workspace *m_workspace;
    std::unique_ptr<AttributeDictionary> m_dictionary;
    ClassificationColumns m_columns;
    QString m_search;
    QMap<QString, QString> m_filters;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<qint64> m_ids;
    SortKeys m_sortKeys;
    mutable QHash<int, std::shared_ptr<Page>> m_pages;
    mutable QList<int> m_pageAge; // most recently used last
};

} // namespace portrait
