// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// The SQL of every schema version, each with why it is there. Schema.cpp runs them.
#include "storage/SchemaSteps.h"

namespace portrait::SchemaSteps {

namespace {

// Version 1: configuration tables, customers with typed canonical columns.
// Multi-valued text columns (attributes.enum_values and synonyms, stages.aliases, taxonomy
// scenarios, rules.dept_types) hold one value per line; customers.labels joins labels with ';'.
// Codes are stable identifiers; links between configuration records are rows of link tables with
// foreign keys, so "what refers to this node" is a query and deletions cascade in one place.
constexpr const char *kVersion1 = R"SQL(
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);

CREATE TABLE value_goals (
  code TEXT PRIMARY KEY, ord INTEGER NOT NULL DEFAULT 0,
  name_zh TEXT NOT NULL, name_en TEXT NOT NULL DEFAULT '',
  description_zh TEXT NOT NULL DEFAULT '', description_en TEXT NOT NULL DEFAULT '');

CREATE TABLE need_groups (
  code TEXT PRIMARY KEY, ord INTEGER NOT NULL DEFAULT 0,
  name_zh TEXT NOT NULL, name_en TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT 'new');

CREATE TABLE stages (
  code TEXT PRIMARY KEY, ord INTEGER NOT NULL DEFAULT 0,
  name_zh TEXT NOT NULL, name_en TEXT NOT NULL DEFAULT '',
  situation_zh TEXT NOT NULL DEFAULT '', situation_en TEXT NOT NULL DEFAULT '',
  companionship_zh TEXT NOT NULL DEFAULT '', companionship_en TEXT NOT NULL DEFAULT '',
  aliases TEXT NOT NULL DEFAULT '');

CREATE TABLE needs (
  code TEXT PRIMARY KEY, ord INTEGER NOT NULL DEFAULT 0,
  name_zh TEXT NOT NULL, name_en TEXT NOT NULL DEFAULT '',
  group_code TEXT REFERENCES need_groups(code) ON DELETE SET NULL);
CREATE TABLE need_goals (
  need_code TEXT NOT NULL REFERENCES needs(code) ON DELETE CASCADE,
  goal_code TEXT NOT NULL REFERENCES value_goals(code) ON DELETE CASCADE,
  ord INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (need_code, goal_code));
CREATE TABLE need_stages (
  need_code TEXT NOT NULL REFERENCES needs(code) ON DELETE CASCADE,
  stage_code TEXT NOT NULL REFERENCES stages(code) ON DELETE CASCADE,
  ord INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (need_code, stage_code));

CREATE TABLE resources (
  code TEXT PRIMARY KEY, ord INTEGER NOT NULL DEFAULT 0,
  name_zh TEXT NOT NULL, name_en TEXT NOT NULL DEFAULT '',
  role_zh TEXT NOT NULL DEFAULT '', role_en TEXT NOT NULL DEFAULT '',
  offerings_zh TEXT NOT NULL DEFAULT '', offerings_en TEXT NOT NULL DEFAULT '');

CREATE TABLE taxonomy (
  code TEXT PRIMARY KEY,
  parent_code TEXT REFERENCES taxonomy(code) ON DELETE CASCADE,
  ord INTEGER NOT NULL DEFAULT 0,
  name_zh TEXT NOT NULL, name_en TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT 'primary',
  definition_zh TEXT NOT NULL DEFAULT '', definition_en TEXT NOT NULL DEFAULT '',
  scenarios_zh TEXT NOT NULL DEFAULT '', scenarios_en TEXT NOT NULL DEFAULT '');
CREATE INDEX taxonomy_parent ON taxonomy(parent_code);
CREATE TABLE node_needs (
  node_code TEXT NOT NULL REFERENCES taxonomy(code) ON DELETE CASCADE,
  need_code TEXT NOT NULL REFERENCES needs(code) ON DELETE CASCADE,
  ord INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (node_code, need_code));

CREATE TABLE attributes (
  key TEXT PRIMARY KEY, ord INTEGER NOT NULL DEFAULT 0,
  name_zh TEXT NOT NULL, name_en TEXT NOT NULL DEFAULT '',
  type TEXT NOT NULL, unit TEXT NOT NULL DEFAULT '',
  enum_values TEXT NOT NULL DEFAULT '', synonyms TEXT NOT NULL DEFAULT '',
  min_value REAL, max_value REAL, required INTEGER NOT NULL DEFAULT 0,
  canonical INTEGER NOT NULL DEFAULT 0,
  description_zh TEXT NOT NULL DEFAULT '', description_en TEXT NOT NULL DEFAULT '');

CREATE TABLE labels (name TEXT PRIMARY KEY, ord INTEGER NOT NULL DEFAULT 0,
                     name_en TEXT NOT NULL DEFAULT '');

CREATE TABLE departments (
  code TEXT PRIMARY KEY, ord INTEGER NOT NULL DEFAULT 0,
  name_zh TEXT NOT NULL, name_en TEXT NOT NULL DEFAULT '',
  type TEXT NOT NULL CHECK (type IN ('business','functional','collective','affiliated')),
  parent_code TEXT REFERENCES departments(code) ON DELETE SET NULL);
CREATE TABLE positions (
  id INTEGER PRIMARY KEY,
  dept_code TEXT NOT NULL REFERENCES departments(code) ON DELETE CASCADE,
  ord INTEGER NOT NULL DEFAULT 0,
  name_zh TEXT NOT NULL, name_en TEXT NOT NULL DEFAULT '',
  UNIQUE (dept_code, name_zh));
CREATE TABLE dept_scope (
  dept_code TEXT NOT NULL REFERENCES departments(code) ON DELETE CASCADE,
  node_code TEXT NOT NULL REFERENCES taxonomy(code) ON DELETE CASCADE,
  ord INTEGER NOT NULL DEFAULT 0,
  priority INTEGER NOT NULL DEFAULT 1 CHECK (priority BETWEEN 1 AND 3),
  evidence TEXT NOT NULL DEFAULT 'manual',
  PRIMARY KEY (dept_code, node_code));

CREATE TABLE services (
  code TEXT PRIMARY KEY,
  dept_code TEXT NOT NULL REFERENCES departments(code) ON DELETE CASCADE,
  ord INTEGER NOT NULL DEFAULT 0,
  name_zh TEXT NOT NULL, name_en TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL CHECK (kind IN ('service','toolkit','product','consulting')),
  description_zh TEXT NOT NULL DEFAULT '', description_en TEXT NOT NULL DEFAULT '',
  owner_position INTEGER REFERENCES positions(id) ON DELETE SET NULL);
CREATE INDEX services_dept ON services(dept_code);
CREATE TABLE service_needs (
  service_code TEXT NOT NULL REFERENCES services(code) ON DELETE CASCADE,
  need_code TEXT NOT NULL REFERENCES needs(code) ON DELETE CASCADE,
  ord INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (service_code, need_code));
CREATE TABLE service_stages (
  service_code TEXT NOT NULL REFERENCES services(code) ON DELETE CASCADE,
  stage_code TEXT NOT NULL REFERENCES stages(code) ON DELETE CASCADE,
  ord INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (service_code, stage_code));
CREATE TABLE service_targets (
  service_code TEXT NOT NULL REFERENCES services(code) ON DELETE CASCADE,
  node_code TEXT NOT NULL REFERENCES taxonomy(code) ON DELETE CASCADE,
  ord INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (service_code, node_code));
CREATE INDEX service_targets_node ON service_targets(node_code);
CREATE TABLE service_resources (
  service_code TEXT NOT NULL REFERENCES services(code) ON DELETE CASCADE,
  resource_code TEXT NOT NULL REFERENCES resources(code) ON DELETE CASCADE,
  ord INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (service_code, resource_code));
CREATE TABLE toolkit_steps (
  id INTEGER PRIMARY KEY,
  service_code TEXT NOT NULL REFERENCES services(code) ON DELETE CASCADE,
  ord INTEGER NOT NULL DEFAULT 0,
  text_zh TEXT NOT NULL, text_en TEXT NOT NULL DEFAULT '');

CREATE TABLE rules (
  id TEXT PRIMARY KEY,
  grp TEXT NOT NULL CHECK (grp IN ('primary','role','tag','need','credit','dr','stage')),
  ord INTEGER NOT NULL DEFAULT 0,
  name_zh TEXT NOT NULL, name_en TEXT NOT NULL DEFAULT '',
  when_json TEXT NOT NULL,
  outcome TEXT,
  dept_types TEXT NOT NULL DEFAULT '',
  enabled INTEGER NOT NULL DEFAULT 1,
  why TEXT NOT NULL DEFAULT '');
CREATE INDEX rules_group ON rules(grp, ord);

-- Customers: one typed column per canonical attribute (attributes.md), custom attributes as one
-- JSON object per row (no table per attribute), labels as one ';'-joined text.
CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  customer_no TEXT NOT NULL,
  name TEXT NOT NULL,
  credit_code TEXT, entity_kind TEXT, elec_type TEXT, industry_code TEXT, industry_name TEXT,
  volt_kv REAL, contract_kva REAL, max_load_kw REAL, annual_kwh REAL, yoy_growth REAL,
  price_mode TEXT, market_attr TEXT, importance TEXT, urban_rural TEXT, region TEXT,
  first_supply_date TEXT, account_status TEXT, project_status TEXT, building_use TEXT,
  pv_kw REAL, storage_kw REAL, storage_kwh REAL, ev_charger_kw REAL, dr_peak_kw REAL,
  adjustable_kw REAL, co2_t REAL, energy_tce REAL, ets_sector TEXT, park_level TEXT,
  green_kwh REAL, overdue_days REAL, arrears_times_12m REAL,
  labels TEXT,
  custom TEXT,
  demo INTEGER NOT NULL DEFAULT 0,
  revision INTEGER NOT NULL DEFAULT 0);
-- Uniqueness as an index of its own, so that a bulk import can build it once at the end.
CREATE UNIQUE INDEX customers_no ON customers(customer_no);
CREATE INDEX customers_name ON customers(name);
CREATE INDEX customers_credit ON customers(credit_code) WHERE credit_code IS NOT NULL;
CREATE INDEX customers_kind ON customers(entity_kind);
CREATE INDEX customers_elec ON customers(elec_type);
CREATE INDEX customers_region ON customers(region);
CREATE INDEX customers_demo ON customers(demo) WHERE demo <> 0;

-- Every import is a batch; its changes keep the values they replaced, so the whole import can be
-- reverted. A customer's revision grows with every change, so a revert can tell whether the
-- customer changed after the import.
CREATE TABLE import_batches (
  id INTEGER PRIMARY KEY,
  file TEXT NOT NULL, started TEXT NOT NULL, mode TEXT NOT NULL, key_attr TEXT NOT NULL,
  created INTEGER NOT NULL DEFAULT 0, updated INTEGER NOT NULL DEFAULT 0,
  unchanged INTEGER NOT NULL DEFAULT 0, rejected INTEGER NOT NULL DEFAULT 0,
  warnings INTEGER NOT NULL DEFAULT 0, reverted TEXT,
  first_created INTEGER, last_created INTEGER); -- created customers get consecutive ids
CREATE TABLE import_changes (
  batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
  customer_id INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('created', 'updated')),
  before_json TEXT,
  revision_after INTEGER NOT NULL,
  PRIMARY KEY (batch_id, customer_id));
)SQL";

// Version 2: the classification engine's results and the manual overrides that win over them.
// Results are not columns of customers: a re-classification would then rewrite every customer
// row (and its WAL pages). Customers with the same outcomes share one row of
// classification_profiles (a million customers have some ten thousand distinct outcomes), so a
// full run writes a few bytes per customer, and a re-run only the customers whose outcome changed.
// The view customer_classifications reads them as one row per customer. roles and tags are
// ';'-joined codes (tags by rule id); needs is "N01=taxonomy,NR01;N02=taxonomy" (need = its
// sources); a rule column "manual" marks an override; missing_data: the primary category
// depended on an empty attribute (§9.6). The data date and the time of the last full run are the
// settings classification_data_date and classified_at.
constexpr const char *kVersion2 = R"SQL(
CREATE TABLE classification_profiles (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  category TEXT, category_rule TEXT,
  stage TEXT, stage_rule TEXT,
  credit TEXT, credit_rule TEXT,
  dr TEXT, dr_rule TEXT,
  roles TEXT, tags TEXT, needs TEXT);
CREATE INDEX classification_profiles_category ON classification_profiles(category);
CREATE INDEX classification_profiles_stage ON classification_profiles(stage);
CREATE TABLE classifications (
  customer_id INTEGER PRIMARY KEY,
  profile_id INTEGER NOT NULL,
  missing_data INTEGER NOT NULL DEFAULT 0);
CREATE TRIGGER customers_classification_delete AFTER DELETE ON customers BEGIN
  DELETE FROM classifications WHERE customer_id = old.id;
END;
CREATE VIEW customer_classifications AS
  SELECT k.customer_id, p.category, p.category_rule, p.stage, p.stage_rule, p.credit,
         p.credit_rule, p.dr, p.dr_rule, p.roles, p.tags, p.needs, k.missing_data
  FROM classifications k JOIN classification_profiles p ON p.id = k.profile_id;

CREATE TABLE classification_overrides (
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  field TEXT NOT NULL CHECK (field IN ('category', 'stage')),
  value TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  date TEXT NOT NULL,
  PRIMARY KEY (customer_id, field));
)SQL";

// Version 3: co-creation workshops (domain.md §10) and position-level assignments.
// A session is a record of what was said: it keeps department, node and position as the codes and
// names used on the day, without foreign keys to the configuration, so a config import neither
// deletes nor rewrites it. Answers hold only the nodes a participant included (an unanswered node
// counts as "no"); round is 'initial' (初评) or 'revote' (复评). Votes with no participant are
// totals brought by an imported file. A decision keeps the adopted list with its date, so later
// portraits can be compared with it; the current list is dept_scope (evidence 'workshop') and
// position_nodes (role 'lead' 主责 or 'support' 协同).
constexpr const char *kVersion3 = R"SQL(
CREATE TABLE workshop_sessions (
  id INTEGER PRIMARY KEY,
  dept_code TEXT NOT NULL,
  title TEXT NOT NULL, date TEXT NOT NULL,
  place TEXT NOT NULL DEFAULT '', facilitator TEXT NOT NULL DEFAULT '',
  question TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'prepared' CHECK (status IN ('prepared', 'running', 'adopted')),
  votes_per_participant INTEGER NOT NULL DEFAULT 3 CHECK (votes_per_participant >= 0),
  source TEXT NOT NULL DEFAULT 'live' CHECK (source IN ('live', 'file')),
  created TEXT NOT NULL);
CREATE INDEX workshop_sessions_dept ON workshop_sessions(dept_code);
CREATE TABLE workshop_offered_nodes (
  session_id INTEGER NOT NULL REFERENCES workshop_sessions(id) ON DELETE CASCADE,
  node_code TEXT NOT NULL, ord INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (session_id, node_code));
CREATE TABLE workshop_participants (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES workshop_sessions(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL DEFAULT 0,
  name TEXT NOT NULL, position TEXT NOT NULL, years REAL,
  role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('facilitator', 'member', 'observer')),
  UNIQUE (session_id, name));
CREATE TABLE workshop_answers (
  participant_id INTEGER NOT NULL REFERENCES workshop_participants(id) ON DELETE CASCADE,
  round TEXT NOT NULL CHECK (round IN ('initial', 'revote')),
  node_code TEXT NOT NULL,
  ord INTEGER NOT NULL DEFAULT 0,
  priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 3),
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (participant_id, round, node_code));
CREATE TABLE workshop_new_kinds (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES workshop_sessions(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL DEFAULT 0,
  name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', parent_code TEXT,
  author_id INTEGER REFERENCES workshop_participants(id) ON DELETE SET NULL,
  status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted', 'rejected')),
  node_code TEXT);
CREATE TABLE workshop_pain_points (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES workshop_sessions(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL DEFAULT 0,
  text TEXT NOT NULL, segment_code TEXT, need_code TEXT,
  author_id INTEGER REFERENCES workshop_participants(id) ON DELETE SET NULL);
CREATE TABLE workshop_votes (
  id INTEGER PRIMARY KEY,
  pain_point_id INTEGER NOT NULL REFERENCES workshop_pain_points(id) ON DELETE CASCADE,
  participant_id INTEGER REFERENCES workshop_participants(id) ON DELETE CASCADE,
  dots INTEGER NOT NULL CHECK (dots >= 0));
CREATE INDEX workshop_votes_point ON workshop_votes(pain_point_id);
CREATE TABLE workshop_decisions (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES workshop_sessions(id) ON DELETE CASCADE,
  dept_code TEXT NOT NULL, date TEXT NOT NULL, approver TEXT NOT NULL DEFAULT '',
  round TEXT NOT NULL CHECK (round IN ('initial', 'revote')),
  toolkit_pain_point INTEGER REFERENCES workshop_pain_points(id) ON DELETE SET NULL);
CREATE TABLE workshop_decision_nodes (
  decision_id INTEGER NOT NULL REFERENCES workshop_decisions(id) ON DELETE CASCADE,
  node_code TEXT NOT NULL, ord INTEGER NOT NULL DEFAULT 0,
  outcome TEXT NOT NULL CHECK (outcome IN ('adopted', 'rejected')),
  priority INTEGER CHECK (priority BETWEEN 1 AND 3),
  reason TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (decision_id, node_code));
CREATE TABLE workshop_decision_positions (
  decision_id INTEGER NOT NULL REFERENCES workshop_decisions(id) ON DELETE CASCADE,
  position TEXT NOT NULL, node_code TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('lead', 'support')),
  PRIMARY KEY (decision_id, position, node_code));

CREATE TABLE position_nodes (
  position_id INTEGER NOT NULL REFERENCES positions(id) ON DELETE CASCADE,
  node_code TEXT NOT NULL REFERENCES taxonomy(code) ON DELETE CASCADE,
  ord INTEGER NOT NULL DEFAULT 0,
  role TEXT NOT NULL CHECK (role IN ('lead', 'support')),
  evidence TEXT NOT NULL DEFAULT 'manual',
  PRIMARY KEY (position_id, node_code));
CREATE INDEX position_nodes_node ON position_nodes(node_code);
)SQL";

// Version 4: portrait snapshots (issue 5). A snapshot freezes one department's portrait as it was
// on a day, under a title, so that a later portrait can be compared with it. The portrait is kept
// whole as JSON (io/PortraitJsonWriter, with its own format version), not as rows: it is read back
// as a unit and never queried piecewise, and a snapshot must survive configuration changes. The
// department is kept as code and name of the day, without a foreign key, like a workshop session.
constexpr const char *kVersion4 = R"SQL(
CREATE TABLE portrait_snapshots (
  id INTEGER PRIMARY KEY,
  dept_code TEXT NOT NULL,
  dept_name TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL,
  created_at TEXT NOT NULL,
  data_date TEXT NOT NULL DEFAULT '',
  in_scope INTEGER NOT NULL DEFAULT 0,
  portrait TEXT NOT NULL);
CREATE INDEX portrait_snapshots_dept ON portrait_snapshots(dept_code, created_at);
)SQL";

// Version 5: two indexes less on customers. customers_elec and customers_region served only
// exact-match filters of the customer panel, which a scan of the table answers within the
// panel's 300 ms (a million customers), and a first sort by those columns, which the panel ranks
// from the values; a bulk import of a million customers spent 1.7 s building them again.
constexpr const char *kVersion5 = R"SQL(
DROP INDEX IF EXISTS customers_elec;
DROP INDEX IF EXISTS customers_region;
)SQL";

// Version 6: a cache of customer columns in blocks of 65,536 customer ids, one blob per block and
// format (the portraits' columns, the classification rules' columns; storage/ColumnCache). It is
// derived data and never stale: triggers on customers drop the block of every inserted, changed
// or deleted customer and advance a generation, and a block is only written when the generation
// is still the one its rows were read at. Bulk imports drop the triggers like the indexes, clear
// the cache and create them again in the same transaction.
constexpr const char *kVersion6 = R"SQL(
CREATE TABLE column_cache (
  id INTEGER PRIMARY KEY,
  first_id INTEGER NOT NULL,
  format TEXT NOT NULL,
  data BLOB NOT NULL,
  UNIQUE (first_id, format));
CREATE TABLE column_cache_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  generation INTEGER NOT NULL);
INSERT INTO column_cache_state (id, generation) VALUES (1, 0);
CREATE TRIGGER customers_cache_insert AFTER INSERT ON customers BEGIN
  UPDATE column_cache_state SET generation = generation + 1;
  DELETE FROM column_cache WHERE first_id = (NEW.id >> 16) << 16;
END;
CREATE TRIGGER customers_cache_update AFTER UPDATE ON customers BEGIN
  UPDATE column_cache_state SET generation = generation + 1;
  DELETE FROM column_cache WHERE first_id IN ((OLD.id >> 16) << 16, (NEW.id >> 16) << 16);
END;
CREATE TRIGGER customers_cache_delete AFTER DELETE ON customers BEGIN
  UPDATE column_cache_state SET generation = generation + 1;
  DELETE FROM column_cache WHERE first_id = (OLD.id >> 16) << 16;
END;
)SQL";

// Version 7: INSERT OR REPLACE and UPDATE OR REPLACE. When a new row's customer_no (or id) is
// another customer's, REPLACE deletes that customer without firing the delete trigger (SQLite
// fires it only with recursive_triggers on, which no other program's connection has), so its
// block stayed cached. These run before the row is written and drop the blocks of every customer
// it collides with. (A write that then fails or is ignored only makes a block be read again.)
constexpr const char *kVersion7 = R"SQL(
CREATE TRIGGER customers_cache_replace_insert BEFORE INSERT ON customers
WHEN EXISTS (SELECT 1 FROM customers WHERE customer_no = NEW.customer_no)
  OR EXISTS (SELECT 1 FROM customers WHERE id = NEW.id) BEGIN
  UPDATE column_cache_state SET generation = generation + 1;
  DELETE FROM column_cache WHERE first_id IN (
    SELECT (id >> 16) << 16 FROM customers WHERE customer_no = NEW.customer_no
    UNION SELECT (id >> 16) << 16 FROM customers WHERE id = NEW.id);
END;
CREATE TRIGGER customers_cache_replace_update BEFORE UPDATE OF id, customer_no ON customers
WHEN EXISTS (SELECT 1 FROM customers WHERE customer_no = NEW.customer_no AND id <> OLD.id)
  OR EXISTS (SELECT 1 FROM customers WHERE id = NEW.id AND id <> OLD.id) BEGIN
  UPDATE column_cache_state SET generation = generation + 1;
  DELETE FROM column_cache WHERE first_id IN (
    SELECT (id >> 16) << 16 FROM customers WHERE customer_no = NEW.customer_no
    UNION SELECT (id >> 16) << 16 FROM customers WHERE id = NEW.id);
END;
)SQL";

constexpr Step kSteps[] = {
    {1, kVersion1},
    {2, kVersion2},
    {3, kVersion3},
    {4, kVersion4},
    {5, kVersion5},
    {6, kVersion6},
    {7, kVersion7},
};

} // namespace

std::span<const Step> all()
{
    return kSteps;
}

} // namespace portrait::SchemaSteps
