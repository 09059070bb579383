// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "storage/DuplicateFinder.h"

#include <QAbstractListModel>

namespace portrait {

// The groups of probable duplicates that DuplicateFinder found, one line each: why they look
// alike (the same 户号 written differently, or the same name in the same region) and how many.
class DuplicateGroupModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit DuplicateGroupModel(QObject *parent = nullptr);

    void setGroups(QList<DuplicateFinder::Group> groups);
    const DuplicateFinder::Group &group(int row) const { return m_groups.at(row); }
    void removeGroup(int row);
    static QString reasonText(DuplicateFinder::Group::Reason reason);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<DuplicateFinder::Group> m_groups;
};

} // namespace portrait
