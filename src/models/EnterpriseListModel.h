// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

namespace portrait {

class Database;
class Workspace;

// The enterprises that hold more than one account: customers sharing a 统一社会信用代码
// (credit_code), most accounts first, named after the first of their account names. Such accounts
// are one enterprise's, not duplicates; the customer panel filters its list by one of them.
// Follows the customers table (single-customer changes are coalesced). The query reads every
// account with a credit code (0.7 s at a million customers), so a widget can run query() in the
// background itself (Loading::ByCaller) and hand the result over with setEnterprises().
class EnterpriseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { NameColumn, CodeColumn, CountColumn, ColumnCount };
    enum Roles { CreditCodeRole = Qt::UserRole + 1, AccountCountRole };
    enum class Loading { Now, ByCaller };
    struct Enterprise
    {
        QString code, name;
        qint64 count = 0;
    };

    explicit EnterpriseListModel(Workspace *workspace, Loading loading = Loading::Now,
                                 QObject *parent = nullptr);

    static QList<Enterprise> query(Database &db);
    void setEnterprises(QList<Enterprise> enterprises);

    QString creditCode(int row) const;
    int rowOfCode(const QString &code) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public slots:
    void reload();

signals:
    // Loading::ByCaller: the customers changed, query() again.
    void reloadWanted();

private:
    Workspace *m_workspace;
    Loading m_loading;
    QList<Enterprise> m_rows;
    QTimer m_delay;
};

} // namespace portrait
