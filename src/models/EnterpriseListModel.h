// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

namespace portrait {

class Workspace;

// The enterprises that hold more than one account: customers sharing a 统一社会信用代码
// (credit_code), most accounts first, named after the first of their account names. Such accounts
// are one enterprise's, not duplicates; the customer panel filters its list by one of them.
// Follows the customers table (single-customer changes are coalesced).
class EnterpriseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { NameColumn, CodeColumn, CountColumn, ColumnCount };
    enum Roles { CreditCodeRole = Qt::UserRole + 1, AccountCountRole };

    explicit EnterpriseListModel(Workspace *workspace, QObject *parent = nullptr);

    QString creditCode(int row) const;
    int rowOfCode(const QString &code) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public slots:
    void reload();

private:
    struct Row
    {
        QString code, name;
        qint64 count = 0;
    };
    Workspace *m_workspace;
    QList<Row> m_rows;
    QTimer m_delay;
};

} // namespace portrait
