-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
-- Fills a seeded workspace with :count synthetic customers (set with `.parameter set :count N`)
-- for the classification benchmark, until `generate` + `customers import` are available.
-- Realistic mix: mostly households and small businesses, some large industry, a few of every
-- new-operating-entity kind; values in the ranges of attributes.md; some attributes left empty.
-- The random draws are MATERIALIZED so each is drawn once per row.
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :count),
base AS MATERIALIZED (
  SELECT i, abs(random()) % 10000 AS k, abs(random()) % 10000 AS a, abs(random()) % 10000 AS b,
         abs(random()) % 10000 AS c, abs(random()) % 10000 AS d, abs(random()) % 10000 AS e
  FROM n),
kinded AS MATERIALIZED (
  SELECT *, CASE
    WHEN k < 5500 THEN '居民' WHEN k < 9300 THEN '企业' WHEN k < 9500 THEN '公共机构'
    WHEN k < 9510 THEN '园区' WHEN k < 9530 THEN '售电公司' WHEN k < 9545 THEN '负荷聚合商'
    WHEN k < 9575 THEN '储能电站' WHEN k < 9620 THEN '充换电运营商' WHEN k < 9630 THEN '微电网'
    WHEN k < 9700 THEN '发电企业' WHEN k < 9740 THEN '政府机构' WHEN k < 9750 THEN '内部部门'
    WHEN k < 9770 THEN '基层单位' WHEN k < 9800 THEN '岗位' ELSE NULL END AS kind,
    CASE WHEN k < 5500 THEN 0 WHEN k < 9300 THEN (CASE WHEN a < 6000 THEN 1 WHEN a < 8500 THEN 2
      WHEN a < 9500 THEN 3 ELSE 4 END) ELSE 5 END AS size
  FROM base)
INSERT INTO customers (customer_no, name, credit_code, entity_kind, elec_type, industry_code,
  volt_kv, contract_kva, max_load_kw, annual_kwh, yoy_growth, price_mode, market_attr, importance,
  urban_rural, region, first_supply_date, account_status, project_status, building_use, pv_kw,
  storage_kw, storage_kwh, ev_charger_kw, dr_peak_kw, adjustable_kw, co2_t, energy_tce,
  ets_sector, park_level, green_kwh, overdue_days, arrears_times_12m, labels)
SELECT printf('B%08d', i), printf('客户%d', i),
  CASE WHEN size > 0 AND b % 3 = 0 THEN printf('91%016d', (b * 7919 + i) % 10000000000000000) END,
  kind,
  CASE WHEN size = 0 THEN (CASE WHEN d < 9700 THEN '居民生活' ELSE '一般工商业' END)
       WHEN size = 4 THEN (CASE WHEN d < 7000 THEN '大工业' ELSE '工商业' END)
       WHEN size = 3 THEN (CASE WHEN d < 3000 THEN '大工业' WHEN d < 6000 THEN '工商业' ELSE '一般工商业' END)
       WHEN kind = '企业' AND d < 800 THEN '农业生产'
       WHEN kind IS NULL THEN (CASE WHEN d < 3000 THEN '其他' END)
       ELSE (CASE WHEN d < 5000 THEN '一般工商业' ELSE '工商业' END) END,
  CASE WHEN size = 0 THEN '9900'
       WHEN size >= 3 THEN (CASE c % 12 WHEN 0 THEN '2600' WHEN 1 THEN '3210' WHEN 2 THEN '3100'
         WHEN 3 THEN '3300' WHEN 4 THEN '2510' WHEN 5 THEN '4410' WHEN 6 THEN '2200' ELSE
         printf('%04d', 1300 + (c % 25) * 100) END)
       WHEN kind = '充换电运营商' OR c % 200 = 0 THEN '6561'
       WHEN c % 7 = 0 THEN NULL ELSE printf('%04d', 5100 + (c % 40) * 100) END,
  CASE size WHEN 0 THEN 0.22 WHEN 1 THEN 0.38 WHEN 2 THEN 10 WHEN 3 THEN 10 WHEN 4 THEN
    (CASE WHEN b < 6000 THEN 35 ELSE 110 END) ELSE (CASE WHEN b < 5000 THEN 10 ELSE 110 END) END,
  CASE size WHEN 0 THEN 4 + b % 13 WHEN 1 THEN 5 + b % 96 WHEN 2 THEN 50 + b % 300
    WHEN 3 THEN 315 + b % 4000 WHEN 4 THEN 2000 + b * 4 ELSE 100 + b * 3 END,
  CASE WHEN e % 10 = 0 THEN NULL ELSE (CASE size WHEN 0 THEN 2 + b % 10 WHEN 1 THEN 3 + b % 70
    WHEN 2 THEN 30 + b % 200 WHEN 3 THEN 200 + b % 3000 WHEN 4 THEN 1200 + b * 3 ELSE 60 + b * 2 END) END,
  CASE size WHEN 0 THEN 800 + c * 0.4 WHEN 1 THEN 3000 + c * 30 WHEN 2 THEN 100000 + c * 2000
    WHEN 3 THEN 1000000 + c * 3000 WHEN 4 THEN 10000000 + c * 100000 ELSE 50000 + c * 500 END,
  CASE WHEN e % 5 = 0 THEN NULL ELSE (e % 150) - 50 END,
  CASE WHEN size >= 3 THEN (CASE WHEN d % 4 = 0 THEN '单一制' ELSE '两部制' END)
       WHEN size > 0 THEN '单一制' END,
  CASE WHEN size = 0 THEN '非市场化' WHEN size >= 3 THEN (CASE c % 4 WHEN 0 THEN '批发直购'
    WHEN 1 THEN '零售' ELSE '代理购电' END) WHEN c % 10 = 0 THEN '零售' ELSE '代理购电' END,
  CASE WHEN a % 500 = 0 THEN '一级' WHEN a % 300 = 0 THEN '二级' WHEN a % 1000 = 1 THEN '特级'
       WHEN a % 7 = 0 THEN NULL ELSE '非重要' END,
  CASE WHEN b % 3 = 0 THEN '农村' WHEN b % 97 = 0 THEN '特殊边远' ELSE '城区' END,
  printf('区县%d', b % 12),
  CASE WHEN e % 50 = 0 THEN NULL ELSE date('2025-06-30', printf('-%d days', (a * 3 + e) % 9000)) END,
  CASE WHEN c % 100 = 0 THEN '销户' WHEN c % 100 < 4 THEN '欠费' WHEN c % 100 = 4 THEN '暂停'
       WHEN c % 100 < 7 THEN '报装中' WHEN c % 100 = 7 THEN NULL ELSE '正常' END,
  CASE WHEN d % 20 = 0 THEN '咨询' WHEN d % 20 = 1 THEN '报装' WHEN d % 20 = 2 THEN '在建'
       WHEN d % 20 = 3 THEN '增容改造' WHEN d % 20 = 4 THEN '减容暂停' WHEN d % 20 < 8 THEN NULL
       ELSE '投运' END,
  CASE WHEN size = 0 THEN '住宅' WHEN kind = '公共机构' THEN (CASE WHEN e % 2 = 0 THEN '学校' ELSE '医院' END)
       WHEN size >= 3 THEN '厂房' WHEN size > 0 THEN (CASE e % 9 WHEN 0 THEN '办公' WHEN 1 THEN '酒店'
         WHEN 2 THEN '商场' WHEN 3 THEN '数据中心' WHEN 4 THEN '其他' ELSE NULL END) END,
  CASE WHEN kind = '发电企业' THEN 1000 + a * 10 WHEN kind = '微电网' THEN 500 + a
       WHEN size = 0 AND a % 25 = 0 THEN 5 + a % 45 WHEN size > 0 AND a % 8 = 0 THEN 100 + a % 5900 END,
  CASE WHEN kind = '储能电站' THEN 50000 + b * 25 WHEN size >= 2 AND b % 30 = 0 THEN 100 + b
       WHEN kind = '微电网' THEN 200 + b % 800 END,
  NULL,
  CASE WHEN kind = '充换电运营商' THEN 500 + c WHEN size > 0 AND c % 40 = 0 THEN 7 * (1 + c % 100) END,
  CASE WHEN size >= 2 AND d % 3 = 0 THEN (200 + b % 3000) * ((d % 20) + 1) / 100.0 END,
  CASE WHEN kind = '负荷聚合商' THEN 5000 + e * 2 WHEN size = 4 AND e % 50 = 0 THEN 12000 END,
  CASE WHEN size = 4 OR kind = '发电企业' THEN 10000 + c * 20 WHEN size = 3 AND c % 4 = 0 THEN 2000 + c END,
  CASE WHEN size = 4 THEN 3000 + d * 3 WHEN size = 3 AND d % 5 = 0 THEN 500 + d END,
  CASE WHEN kind = '发电企业' THEN '发电' WHEN size >= 3 THEN (CASE c % 12 WHEN 1 THEN '钢铁'
       WHEN 2 THEN '水泥' WHEN 3 THEN '铝冶炼' ELSE '无' END) END,
  CASE WHEN kind = '园区' THEN (CASE a % 4 WHEN 0 THEN '国家级' WHEN 1 THEN '省级' WHEN 2 THEN '地市级'
       ELSE '区县级' END) END,
  CASE WHEN size >= 3 AND e % 6 = 0 THEN 100000 + e * 100 END,
  CASE WHEN kind IN ('内部部门', '基层单位', '岗位') THEN NULL WHEN e % 100 < 85 THEN 0
       WHEN e % 100 < 95 THEN e % 60 WHEN e % 100 < 98 THEN 90 + e % 200 END,
  CASE WHEN kind IN ('内部部门', '基层单位', '岗位') THEN NULL WHEN a % 100 < 80 THEN 0
       WHEN a % 100 < 97 THEN a % 6 END,
  nullif(
    CASE WHEN kind IN ('内部部门', '基层单位', '岗位') THEN '主业单位;' ELSE '' END ||
    CASE WHEN e % 37 = 0 THEN '分布式电源;' ELSE '' END ||
    CASE WHEN e % 151 = 0 THEN '储能用户;' ELSE '' END ||
    CASE WHEN d % 61 = 0 THEN '电动汽车充电桩;' ELSE '' END ||
    CASE WHEN d % 499 = 0 THEN '微网客户;' ELSE '' END ||
    CASE WHEN b % 41 = 0 THEN '园区客户;' ELSE '' END ||
    CASE WHEN size = 0 AND a % 29 = 0 THEN '煤改电;' ELSE '' END ||
    CASE WHEN c % 53 = 0 THEN '电能替代;' ELSE '' END ||
    CASE WHEN kind = '公共机构' THEN '公共机构;' ELSE '' END ||
    CASE WHEN size = 4 AND a % 20 = 0 THEN '拥有自备电厂;' ELSE '' END ||
    CASE WHEN b % 211 = 0 THEN '临时用电;' ELSE '' END ||
    CASE WHEN size >= 3 THEN '规模以上企业;制造业;' WHEN size = 1 THEN '小微企业;' ELSE '' END ||
    CASE WHEN c % 3 = 0 THEN '电子账单用户;' ELSE '' END ||
    CASE WHEN size > 0 AND a % 331 = 0 THEN '金融机构;' ELSE '' END, '')
FROM kinded;
UPDATE customers SET labels = rtrim(labels, ';') WHERE labels LIKE '%;';
COMMIT;
