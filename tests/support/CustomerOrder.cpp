// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "CustomerOrder.h"

#include "core/Workspace.h"
#include "models/CustomerTableModel.h"
#include "storage/Database.h"

std::vector<qint64> modelOrder(const portrait::CustomerTableModel &model)
{
    std::vector<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.push_back(model.customerId(r));
    return ids;
}

std::vector<qint64> sqlOrder(portrait::Workspace &workspace, const std::string &where,
                             const char *column, bool ascending)
{
    const std::string c = column;
    portrait::Statement st(workspace.db(), "SELECT id FROM customers WHERE " + where + " ORDER BY " + c +
                                               " IS NULL, CASE WHEN " + c + " IS NULL THEN id END, " + c +
                                               (ascending ? ", id" : " DESC, id DESC"));
    std::vector<qint64> ids;
    while (st.step())
        ids.push_back(st.integer(0));
    return ids;
}
