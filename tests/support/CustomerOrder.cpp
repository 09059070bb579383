// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "CustomerOrder.h"
#include "TestWorkspace.h"

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

void checkSortsAsSql(portrait::Workspace &workspace, portrait::CustomerTableModel &model,
                     std::initializer_list<const char *> columns, const char *filterKey,
                     const char *filterValue, const std::string &where)
{
    for (const char *column : columns) {
        const int col = model.columnOfAttribute(QString::fromLatin1(column));
        REQUIRE(col >= 0);
        for (bool ascending : {true, false}) {
            INFO(column << (ascending ? " ascending" : " descending"));
            model.clearFilters();
            model.sort(col, ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
            CHECK(modelOrder(model) == sqlOrder(workspace, "1", column, ascending));
            model.setAttributeFilter(QString::fromLatin1(filterKey), QString::fromUtf8(filterValue));
            CHECK(modelOrder(model) == sqlOrder(workspace, where, column, ascending));
        }
    }
}
