// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "core/CanonicalAttributes.h"

#include <QLatin1StringView>
#include <array>

namespace portrait::CanonicalAttributes {

namespace {
using T = AttributeType;
constexpr std::array<CanonicalAttribute, 35> kAttributes = {{
    {"customer_no", T::Text},     {"name", T::Text},           {"credit_code", T::Text},
    {"entity_kind", T::Enum},     {"elec_type", T::Enum},      {"industry_code", T::Text},
    {"industry_name", T::Text},   {"volt_kv", T::Number},      {"contract_kva", T::Number},
    {"max_load_kw", T::Number},   {"annual_kwh", T::Number},   {"yoy_growth", T::Number},
    {"price_mode", T::Enum},      {"market_attr", T::Enum},    {"importance", T::Enum},
    {"urban_rural", T::Enum},     {"region", T::Text},         {"first_supply_date", T::Date},
    {"account_status", T::Enum},  {"project_status", T::Enum}, {"building_use", T::Enum},
    {"pv_kw", T::Number},         {"storage_kw", T::Number},   {"storage_kwh", T::Number},
    {"ev_charger_kw", T::Number}, {"dr_peak_kw", T::Number},   {"adjustable_kw", T::Number},
    {"co2_t", T::Number},         {"energy_tce", T::Number},   {"ets_sector", T::Enum},
    {"park_level", T::Enum},      {"green_kwh", T::Number},    {"overdue_days", T::Number},
    {"arrears_times_12m", T::Number}, {"labels", T::List},
}};
} // namespace

std::span<const CanonicalAttribute> all()
{
    return kAttributes;
}

int indexOf(const QString &key)
{
    for (size_t i = 0; i < kAttributes.size(); ++i) {
        if (key == QLatin1StringView(kAttributes[i].key))
            return int(i);
    }
    return -1;
}

const char *typeName(AttributeType type)
{
    switch (type) {
    case T::Text: return "text";
    case T::Enum: return "enum";
    case T::Number: return "number";
    case T::Date: return "date";
    case T::List: return "list";
    }
    return "text";
}

bool parseType(const QString &name, AttributeType *type)
{
    for (T t : {T::Text, T::Enum, T::Number, T::Date, T::List}) {
        if (name == QLatin1StringView(typeName(t))) {
            *type = t;
            return true;
        }
    }
    return false;
}

} // namespace portrait::CanonicalAttributes
