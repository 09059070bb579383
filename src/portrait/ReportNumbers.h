// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QString>

namespace portrait {

// Numbers the way the report's readers read them (ux.md): 万 for large counts in prose and cards
// (85.8万户), full digits with thousands separators in tables, kWh as 万千瓦时 or 亿千瓦时, shares
// as percentages. English uses thousands separators and k/M.
namespace ReportNumbers {
QString customers(double count);       // "85.8万户", "1,234户"
QString kwh(double kwh);               // "3.2亿千瓦时"
QString digits(double value);          // "1,234,567"
QString percent(double fraction, int decimals = 1); // "12.3%"
QString number(double value);          // compact: "25", "0.38", "1.2万"
// The head of a need's name, before its colon: "用上电：报装接电…" → "用上电",
// "Connection: new supply…" → "Connection".
QString headline(const QString &name);
} // namespace ReportNumbers

} // namespace portrait
