// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "TestWorkspace.h"

#include "core/Workspace.h"
#include "storage/Database.h"
#include "storage/DuplicateFinder.h"

#include <QTemporaryDir>

using namespace portrait;

TEST_CASE("households sharing a name are not duplicates; organisations without a credit code are")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    CHECK(DuplicateFinder::find(ws->db()).isEmpty()); // the seeded sample has none
    ws->db().exec(R"SQL(
INSERT INTO customers (customer_no, name, region, entity_kind, credit_code) VALUES
  ('8100000001', '王建国', '城东区', '居民', NULL),
  ('8100000002', '王建国', '城东区', '居民', NULL),
  ('8100000003', '同名测试有限责任公司', '城南区', '企业', NULL),
  ('8100000004', '同名测试有限公司', '城南区', '企业', ''),
  ('8100000005', '一家企业', '城西区', '企业', '91110000100000000X'),
  ('8100000006', '一家企业', '城西区', '企业', '91110000100000000X'))SQL");
    const QList<DuplicateFinder::Group> groups = DuplicateFinder::find(ws->db());
    REQUIRE(groups.size() == 1);
    CHECK(groups.first().reason == DuplicateFinder::Group::Reason::NameAndRegion);
    CHECK(groups.first().ids.size() == 2);
    const QByteArray sql = "SELECT group_concat(customer_no) FROM customers WHERE id IN (" +
                           QByteArray::number(groups.first().ids[0]) + "," +
                           QByteArray::number(groups.first().ids[1]) + ")";
    CHECK(queryText(*ws, sql.constData()) == QStringLiteral("8100000003,8100000004"));
}
