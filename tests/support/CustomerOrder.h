// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QtGlobal>
#include <initializer_list>
#include <string>
#include <vector>

namespace portrait {
class CustomerTableModel;
class Workspace;
} // namespace portrait

// The customer ids of the model's rows, top to bottom.
std::vector<qint64> modelOrder(const portrait::CustomerTableModel &model);
// The order the customer list must show, from SQL: the customers WHERE `where`, sorted by
// `column` with empty values last in id order and equal values by id (reversed when descending).
std::vector<qint64> sqlOrder(portrait::Workspace &workspace, const std::string &where,
                             const char *column, bool ascending);
// Sorts the model by each column, both ways, on the whole list and with the filter key = value
// (SQL: `where`), and checks every order against sqlOrder().
void checkSortsAsSql(portrait::Workspace &workspace, portrait::CustomerTableModel &model,
                     std::initializer_list<const char *> columns, const char *filterKey,
                     const char *filterValue, const std::string &where);
