// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// The large workspace of the two-halves and column-cache tests, and comparisons of two loads.
#pragma once

namespace portrait {
class CustomerFrame;
class Workspace;
struct PortraitData;
} // namespace portrait

// 200,100 customers with repeating and missing values (enough to be read in two id ranges
// at once): few and many distinct texts, numbers shown as values, label lists, empty texts.
void fillLargeWorkspace(portrait::Workspace &ws);
// Two frames hold the same customers and values, with dictionaries in the same order.
void checkSameFrame(const portrait::CustomerFrame &halves, const portrait::CustomerFrame &single);
// The customer columns and outcomes of two loads are the same.
void checkSameData(const portrait::PortraitData &halves, const portrait::PortraitData &single);
