// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "portrait/PortraitData.h"

#include <algorithm>

namespace portrait {

const char *PortraitData::numberKey(int number)
{
    static const char *keys[NumberCount] = {"annual_kwh", "contract_kva", "max_load_kw", "pv_kw",
                                            "storage_kw", "dr_peak_kw",  "co2_t"};
    return keys[number];
}

const char *PortraitData::enumKey(int enumeration)
{
    static const char *keys[EnumCount] = {"elec_type",   "volt_kv", "market_attr", "importance",
                                          "urban_rural", "region",  "entity_kind"};
    return keys[enumeration];
}

const QStringList &PortraitData::trackedAttributes()
{
    static const QStringList keys{
        QStringLiteral("customer_no"),    QStringLiteral("name"),          QStringLiteral("entity_kind"),
        QStringLiteral("credit_code"),    QStringLiteral("elec_type"),     QStringLiteral("volt_kv"),
        QStringLiteral("contract_kva"),   QStringLiteral("annual_kwh"),    QStringLiteral("first_supply_date"),
        QStringLiteral("account_status"), QStringLiteral("overdue_days"),  QStringLiteral("industry_code"),
        QStringLiteral("price_mode"),     QStringLiteral("max_load_kw"),   QStringLiteral("market_attr"),
        QStringLiteral("dr_peak_kw"),     QStringLiteral("building_use"),  QStringLiteral("pv_kw"),
        QStringLiteral("storage_kw"),     QStringLiteral("storage_kwh"),   QStringLiteral("ev_charger_kw"),
        QStringLiteral("adjustable_kw"),  QStringLiteral("project_status"), QStringLiteral("park_level"),
        QStringLiteral("ets_sector"),     QStringLiteral("co2_t"),         QStringLiteral("energy_tce"),
        QStringLiteral("importance"),     QStringLiteral("region")};
    return keys;
}

qint64 PortraitData::classifiedCount() const
{
    return qint64(std::count_if(profile.begin(), profile.end(), [](qint32 p) { return p >= 0; }));
}

} // namespace portrait
