// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "LargeWorkspace.h"

#include "core/Workspace.h"
#include "engine/CustomerFrame.h"
#include "portrait/PortraitData.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QStringList>
#include <cmath>
#include <cstring>

using namespace portrait;

void fillLargeWorkspace(Workspace &ws)
{
    // Without the secondary indexes and the triggers while inserting (built again afterwards, as
    // an import does; the cache is empty). The triggers look customers up by number: without
    // the index each would scan the table.
    QStringList drops, creates;
    {
        Statement st(ws.db(), "SELECT type, name, sql FROM sqlite_schema WHERE type IN ('index', 'trigger') "
                              "AND tbl_name = 'customers' AND sql IS NOT NULL");
        while (st.step()) {
            drops << QStringLiteral("DROP %1 \"%2\"").arg(st.text(0).toUpper(), st.text(1));
            creates << st.text(2);
        }
    }
    ws.db().transaction([&] {
        for (const QString &sql : std::as_const(drops))
            ws.db().exec(sql.toStdString());
        ws.db().exec(R"SQL(
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200100)
INSERT INTO customers (customer_no, name, entity_kind, elec_type, volt_kv, contract_kva, annual_kwh,
                       max_load_kw, region, industry_code, market_attr, importance, urban_rural,
                       first_supply_date, pv_kw, labels)
SELECT printf('L%07d', i),
       CASE WHEN i % 997 = 0 THEN '' ELSE printf('客户%d', i) END,
       CASE i % 5 WHEN 0 THEN '企业' WHEN 1 THEN '个人' WHEN 2 THEN '个体工商户' WHEN 3 THEN '机关事业单位' ELSE '企业' END,
       CASE i % 4 WHEN 0 THEN '大工业用电' WHEN 1 THEN '一般工商业用电' WHEN 2 THEN '居民生活用电' ELSE NULL END,
       CASE i % 6 WHEN 0 THEN 10 WHEN 1 THEN 0.4 WHEN 2 THEN 35 WHEN 3 THEN 110 WHEN 4 THEN 0.22 ELSE NULL END,
       CASE WHEN i % 9 = 0 THEN NULL ELSE (i * 37) % 20000 END,
       CASE WHEN i % 11 = 0 THEN NULL ELSE (i * 7919) % 5000000 + 0.5 END,
       CASE WHEN i % 13 = 0 THEN NULL ELSE (i * 31) % 9000 END,
       printf('区%d', i % 23),
       printf('%04d', (i * 17) % 300),
       CASE i % 3 WHEN 0 THEN '直接交易' WHEN 1 THEN '代理购电' ELSE '' END,
       CASE i % 7 WHEN 0 THEN '重要' ELSE '一般' END,
       CASE i % 2 WHEN 0 THEN '城市' ELSE '农村' END,
       printf('20%02d-%02d-15', i % 25, i % 12 + 1),
       CASE WHEN i % 5 = 0 THEN (i % 400) * 1.5 ELSE NULL END,
       CASE i % 8 WHEN 0 THEN '主业单位' WHEN 1 THEN printf('标签%d;高耗能企业', i % 40)
                  WHEN 2 THEN '高耗能企业;重点用能单位;高耗能企业' ELSE NULL END
FROM n)SQL");
        for (const QString &sql : std::as_const(creates))
            ws.db().exec(sql.toStdString());
    });
}

namespace {

template<typename T>
void checkSame(const std::vector<T> &a, const std::vector<T> &b)
{
    REQUIRE(a.size() == b.size());
    CHECK(a == b);
}

} // namespace

void checkSameFrame(const CustomerFrame &halves, const CustomerFrame &single)
{
    checkSame(halves.ids(), single.ids());
    REQUIRE(halves.columnCount() == single.columnCount());
    for (int c = 0; c < halves.columnCount(); ++c) {
        const CustomerFrame::Column &a = halves.column(c), &b = single.column(c);
        INFO(a.key().toStdString());
        CHECK(a.dictionary() == b.dictionary()); // same values in the same order of appearance
        size_t differing = 0;
        for (size_t row = 0; row < halves.rowCount(); ++row) {
            if (a.isEmpty(row) || b.isEmpty(row))
                differing += a.isEmpty(row) != b.isEmpty(row) ? 1 : 0;
            else if (a.type() == AttributeType::Number) // bit for bit: -0 is not 0
                differing += std::memcmp(&a.numbers()[row], &b.numbers()[row], sizeof(double)) ? 1 : 0;
            else if (a.type() == AttributeType::List)
                differing += !std::equal(a.items(row).first, a.items(row).second,
                                         b.items(row).first, b.items(row).second)
                                 ? 1
                                 : 0;
            else
                differing += a.code(row) != b.code(row) ? 1 : 0;
        }
        CHECK(differing == 0);
    }
}

void checkSameData(const PortraitData &halves, const PortraitData &single)
{
    checkSame(halves.ids, single.ids);
    checkSame(halves.filled, single.filled);
    checkSame(halves.profile, single.profile);
    checkSame(halves.missingData, single.missingData);
    for (int n = 0; n < PortraitData::NumberCount; ++n) {
        const auto &a = halves.numbers[size_t(n)], &b = single.numbers[size_t(n)];
        REQUIRE(a.size() == b.size());
        size_t differing = 0;
        for (size_t row = 0; row < a.size(); ++row)
            differing += (std::isnan(a[row]) ? !std::isnan(b[row]) : a[row] != b[row]) ? 1 : 0;
        CHECK(differing == 0);
    }
    for (int e = 0; e < PortraitData::EnumCount; ++e) {
        CHECK(halves.enumValues[size_t(e)] == single.enumValues[size_t(e)]); // order of appearance
        checkSame(halves.enums[size_t(e)], single.enums[size_t(e)]);
    }
    CHECK(halves.labelNames == single.labelNames);
    checkSame(halves.labelOffsets, single.labelOffsets);
    checkSame(halves.labelItems, single.labelItems);
}

