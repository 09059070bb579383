-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
-- The company-wide primary waterfall of the default rules (domain.md §8.3, P03–P99) as one SQL
-- UPDATE, the baseline that `classify` is measured against. Labels are ';'-joined, so has_label
-- is an instr() on ';' || labels || ';'. Written into a scratch column so that the run does not
-- depend on the workbench's own result storage.
ALTER TABLE customers ADD COLUMN bench_category TEXT;
UPDATE customers SET bench_category = CASE
  WHEN entity_kind = '内部部门' THEN 'I1'
  WHEN entity_kind = '基层单位' THEN 'I2'
  WHEN entity_kind = '岗位' THEN 'I3'
  WHEN entity_kind = '售电公司' THEN 'E2.6'
  WHEN entity_kind = '负荷聚合商' OR adjustable_kw >= 10000 THEN 'E2.4'
  WHEN entity_kind = '微电网' THEN 'E2.5'
  WHEN entity_kind = '储能电站' OR (max_load_kw <> 0 AND storage_kw / max_load_kw >= 1.0) THEN 'E2.2'
  WHEN entity_kind = '充换电运营商' OR industry_code = '6561' THEN 'E2.3'
  WHEN entity_kind = '发电企业' AND NOT coalesce(volt_kv > 35, 0) THEN 'E2.1'
  WHEN entity_kind = '发电企业' THEN 'E4.1'
  WHEN entity_kind = '园区' THEN 'E3.1'
  WHEN entity_kind = '政府机构' OR instr(';' || labels || ';', ';金融机构;') > 0 THEN 'E4.2'
  WHEN NOT coalesce(entity_kind = '居民', 0) AND (entity_kind = '公共机构'
       OR instr(';' || labels || ';', ';公共机构;') > 0 OR building_use IN ('学校', '医院')) THEN 'E1.2.3'
  WHEN entity_kind = '居民' OR elec_type = '居民生活' THEN 'E1.1'
  WHEN elec_type = '农业生产' THEN 'E1.4'
  WHEN (elec_type = '大工业' OR (elec_type IN ('一般工商业', '工商业') AND price_mode = '两部制'
        AND contract_kva >= 315))
       AND (substr(industry_code, 1, 2) IN ('25', '26', '31', '32', '33', '44')) THEN 'E1.3.2'
  WHEN elec_type = '大工业' OR (elec_type IN ('一般工商业', '工商业') AND price_mode = '两部制'
       AND contract_kva >= 315 AND industry_code BETWEEN '0600' AND '4399') THEN 'E1.3.1'
  WHEN elec_type IN ('一般工商业', '工商业')
       AND building_use IN ('办公', '酒店', '商场', '数据中心') THEN 'E1.2.2'
  WHEN elec_type IN ('一般工商业', '工商业') AND volt_kv <= 0.38 AND contract_kva <= 100 THEN 'E1.2.1'
  WHEN elec_type IN ('一般工商业', '工商业') THEN 'E1.2'
  ELSE 'X' END;
