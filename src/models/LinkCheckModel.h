// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QVariant>

namespace portrait {

class Workspace;

// A picker over one link table: lists every candidate (all needs, all stages, all taxonomy nodes…)
// with a check mark for those linked to the current owner (a service, a node, a need). Checking
// or unchecking replaces the owner's links through one SetLinksCommand. Candidates show their
// name with the code beside it, never the code alone.
class LinkCheckModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { CodeRole = Qt::UserRole + 1 };

    LinkCheckModel(Workspace *workspace, QString candidateTable, QString candidateKey,
                   QString linkTable, QString ownerColumn, QString valueColumn,
                   QObject *parent = nullptr);

    void setOwner(const QVariant &owner, const QString &ownerLabel = {});
    QVariant owner() const { return m_owner; }
    QStringList checkedCodes() const { return m_checked; }
    bool setCheckedCodes(const QStringList &codes, QString *error = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

public slots:
    void reload();

signals:
    void editFailed(const QString &message);

private:
    Workspace *m_workspace;
    QString m_candidateTable, m_candidateKey, m_linkTable, m_ownerColumn, m_valueColumn;
    QVariant m_owner;
    QString m_ownerLabel;
    struct Candidate
    {
        QString code, nameZh, nameEn;
    };
    QList<Candidate> m_candidates;
    QStringList m_checked;
};

} // namespace portrait
