// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "portrait/RequiredAttributes.h"

namespace portrait::RequiredAttributes {

namespace {

quint64 bits(std::initializer_list<const char *> keys)
{
    quint64 m = 0;
    const QStringList &all = PortraitData::trackedAttributes();
    for (const char *k : keys) {
        const qsizetype i = all.indexOf(QLatin1String(k));
        if (i >= 0)
            m |= quint64(1) << i;
    }
    return m;
}

struct Requirement
{
    const char *node;
    bool role; // the customer holds the node as a role (or as its category)
    quint64 mask;
};

const std::vector<Requirement> &requirements()
{
    static const std::vector<Requirement> list{
        {"E1", false, bits({"elec_type", "volt_kv", "contract_kva", "annual_kwh", "first_supply_date",
                            "account_status", "overdue_days"})},
        {"E1.3", false, bits({"industry_code", "price_mode", "max_load_kw", "market_attr", "dr_peak_kw"})},
        {"E1.2.2", false, bits({"building_use"})},
        {"E1.2.3", false, bits({"building_use"})},
        {"E2.1", false, bits({"pv_kw", "volt_kv", "project_status"})},
        {"E2.2", false, bits({"storage_kw", "storage_kwh", "volt_kv", "project_status"})},
        {"E2.3", false, bits({"ev_charger_kw", "volt_kv", "project_status"})},
        {"E2.4", false, bits({"adjustable_kw", "volt_kv", "project_status"})},
        {"E2.6", false, bits({"market_attr"})},
        {"E3.1", false, bits({"park_level", "annual_kwh", "pv_kw", "project_status"})},
        {"E3.3", true, bits({"ets_sector", "co2_t"})},
        {"E3.4", true, bits({"energy_tce"})},
        {"I", false, bits({"project_status"})},
        {"C", false, bits({"project_status"})},
    };
    return list;
}

} // namespace

quint64 categoryMask(const QString &category,
                     const std::function<bool(const QString &, const QString &)> &isUnder)
{
    quint64 m = bits({"customer_no", "name", "entity_kind"});
    for (const Requirement &r : requirements()) {
        if (isUnder(category, QLatin1String(r.node)))
            m |= r.mask;
    }
    return m;
}

quint64 roleMask(const QStringList &roles)
{
    quint64 m = 0;
    if (roles.isEmpty())
        return m;
    for (const Requirement &r : requirements()) {
        if (r.role && roles.contains(QLatin1String(r.node)))
            m |= r.mask;
    }
    return m;
}

} // namespace portrait::RequiredAttributes
