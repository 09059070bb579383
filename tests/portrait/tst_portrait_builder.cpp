// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// The portrait builder on small golden workspaces; every expected figure is computed by hand in
// the comments from domain.md §9 and the default services of §7.
#include "PortraitFixture.h"
#include "TestWorkspace.h"

#include "core/Error.h"
#include "portrait/PortraitBuilder.h"
#include "portrait/ReportDataBuilder.h"
#include "storage/PortraitDataLoader.h"

#include <QTemporaryDir>

using namespace portrait;

namespace {

QVariantMap c(const char *no, const char *name, std::initializer_list<std::pair<const char *, QVariant>> more)
{
    QVariantMap m{{QStringLiteral("customer_no"), QString::fromUtf8(no)}, {QStringLiteral("name"), QString::fromUtf8(name)}};
    for (const auto &[k, v] : more)
        m.insert(QLatin1String(k), v);
    return m;
}

const Segment &segment(const Portrait &p, const char *node)
{
    for (const Segment &s : p.segments) {
        if (s.node == QLatin1String(node))
            return s;
    }
    FAIL("no segment " << node);
    return p.segments.first();
}

const NeedIncidence *need(const Segment &s, const char *code)
{
    for (const NeedIncidence &n : s.needs) {
        if (n.code == QLatin1String(code))
            return &n;
    }
    return nullptr;
}

// Three households (two operating, one with no stage data), a charging operator under
// construction and a government office (outside the EV company's scope).
std::unique_ptr<Workspace> evsWorkspace(const QString &dir)
{
    auto ws = makeSeededWorkspace(dir);
    const QString resident = QStringLiteral("居民"), tariff = QStringLiteral("居民生活");
    addCustomer(*ws, c("A", "王建国", {{"entity_kind", resident}, {"elec_type", tariff}, {"account_status", QStringLiteral("正常")}, {"annual_kwh", 2000.0}}));
    addCustomer(*ws, c("B", "李四", {{"entity_kind", resident}, {"elec_type", tariff}, {"account_status", QStringLiteral("正常")}, {"annual_kwh", 4000.0}}));
    addCustomer(*ws, c("C", "赵六", {{"entity_kind", resident}, {"elec_type", tariff}, {"annual_kwh", 3000.0}}));
    addCustomer(*ws, c("D", "快充<能源>&\"科技\"有限公司", {{"entity_kind", QStringLiteral("充换电运营商")}, {"project_status", QStringLiteral("在建")}, {"annual_kwh", 100000.0}}));
    addCustomer(*ws, c("E", "某区发改委", {{"entity_kind", QStringLiteral("政府机构")}}));
    classifyAll(*ws);
    return ws;
}

} // namespace

TEST_CASE("EV company portrait: scope, card figures, coverage and the resource-match score")
{
    QTemporaryDir dir;
    auto ws = evsWorkspace(dir.path());
    // The seeded workspace carries the internal customer records (内部部门/基层单位/岗位, I1–I3).
    const qint64 seeded = queryCount(*ws, "SELECT count(*) FROM customers WHERE entity_kind IN ('内部部门','基层单位','岗位')");
    const PortraitData data = PortraitDataLoader::load(ws->db());
    Portrait p = PortraitBuilder(data).build(QStringLiteral("EVS"));

    // Scope E2.3, E1.1, E1.2.2 (priority 1). A, B, C are E1.1 (P16), D is E2.3 (P10), E is E4.2.
    CHECK(p.companyCustomers == 5 + seeded);
    CHECK(p.inScope == 4);
    CHECK(p.outOfScope == 1 + seeded);
    CHECK(p.unclassified == 0);
    REQUIRE(p.segments.size() == 3);
    // Priority ties are ordered by size: E1.1 (3), E2.3 (1), E1.2.2 (0).
    CHECK(p.segments[0].node == QStringLiteral("E1.1"));
    CHECK(p.segments[1].node == QStringLiteral("E2.3"));
    CHECK(p.segments[2].count == 0);

    const Segment &home = segment(p, "E1.1");
    CHECK(home.count == 3);
    CHECK(home.shareOfScope == Approx(0.75));               // 3 / 4
    CHECK(home.shareOfKwh == Approx(9000.0 / 109000.0));    // (2000+4000+3000) / (9000+100000)
    REQUIRE(!home.numbers.isEmpty());
    CHECK(home.numbers[0].key == QStringLiteral("annual_kwh"));
    CHECK(home.numbers[0].median == Approx(3000));          // 2000 3000 4000
    CHECK(home.numbers[0].p25 == Approx(2500));             // rank 0.5 → 2000 + 0.5·1000
    CHECK(home.numbers[0].p75 == Approx(3500));
    // Required: customer_no name entity_kind + E1's 7 = 10. A, B fill 6, C 5: (0.6+0.6+0.5)/3.
    CHECK(home.completeness == Approx((0.6 + 0.6 + 0.5) / 3));
    // Needs: E1.1 inherits N01 N02 N14 (NR14 adds N14 again as a rule source).
    REQUIRE(need(home, "N14"));
    CHECK(need(home, "N14")->share == Approx(1.0));
    CHECK(need(home, "N14")->sources.contains(QStringLiteral("NR14")));
    // No EVS service answers N01/N02/N14: m = 0, p = 100 % ≥ 20 % → gaps.
    CHECK(home.gapNeeds.size() == 3);
    CHECK(home.match == Approx(0.0));
    // Stages: A, B operating (LC4, 正常) → L3; C has no stage data → 未知. EVS-02 serves E1.1 at L3.
    CHECK(home.stages[2].stage == QStringLiteral("L3"));
    CHECK(home.stages[2].count == 2);
    CHECK(home.stages[2].services == QStringList{QStringLiteral("EVS-02")});
    CHECK(home.stages[4].count == 1);
    CHECK(home.gapStages.isEmpty());

    const Segment &ev = segment(p, "E2.3");
    // D: E2.3 core N03 N04 N06, NR01 (在建) N01; stage L2 (LC2).
    CHECK(ev.needs.size() == 4);
    // N03, N04 → EVS-01 (stages L2 L3, RA1 RA4): β = 1, λ = 1/1 → m = 1.
    CHECK(need(ev, "N04")->match == Approx(1.0));
    CHECK(need(ev, "N04")->bestService == QStringLiteral("EVS-01"));
    // N06 → EVS-02 at L3 only: λ = 0 → m = 0, a gap; N01 has no service.
    CHECK(need(ev, "N06")->match == Approx(0.0));
    CHECK(ev.gapNeeds.contains(QStringLiteral("N06")));
    CHECK(ev.match == Approx(0.5)); // (1 + 1 + 0 + 0) / 4

    // RMS = Σ w·m / Σ w with π = 1: E1.1 w = 3+3+3, m = 0; E2.3 w = 4·1, Σ w·m = 2 → 2 / 13.
    CHECK(p.resourceMatch == Approx(2.0 / 13.0));
    CHECK(Portrait::band(p.resourceMatch) == Portrait::Band::Misaligned);
    // U_RA1 = U_RA4 = 2/13 (EVS-01 carries N03 and N04 of D); RA2 idle (EVS-02 has m = 0).
    for (const ResourceUse &r : p.resources) {
        if (r.code == QLatin1String("RA1") || r.code == QLatin1String("RA4"))
            CHECK(r.utilisation == Approx(2.0 / 13.0));
        if (r.code == QLatin1String("RA2"))
            CHECK(r.utilisation == Approx(0.0));
    }

    // Matrix: N01 first (D = 3 + 1), then N02, N14 (3), then D's N03 N04 N06 (1).
    REQUIRE(p.rows.size() == 6);
    CHECK(p.rows[0].need == QStringLiteral("N01"));
    CHECK(p.rows[0].demand == Approx(4));
    REQUIRE(p.columns.size() >= 2);
    CHECK(p.columns[0].service == QStringLiteral("EVS-01"));
    for (const CoverageRow &row : p.rows) {
        if (row.need == QLatin1String("N06"))
            CHECK(row.cells[1] == QStringLiteral("●")); // EVS-02 targets E2.3, the only segment with N06
        if (row.need == QLatin1String("N01"))
            CHECK(row.cells[0].isEmpty());
    }
    CHECK(p.columns[0].reached == 1); // D
    CHECK(p.columns[1].reached == 1); // D (households lack N06)

    // Marketing serves all four as well.
    REQUIRE(!p.sharedWith.isEmpty());
    CHECK(p.sharedWith.first().count == 4);

    PortraitDataLoader::fillLargest(ws->db(), p);
    REQUIRE(p.largest.size() == 4);
    CHECK(p.largest.first().customerNo == QStringLiteral("D"));

    ReportDataBuilder::Options options;
    options.maskNames = true;
    const ReportData report = ReportDataBuilder::build(p, data.config, options);
    CHECK(report.sections.size() == 7); // 一 … 五, 七, 附录 (no workshop)
    QString appendix;
    for (const ReportBlock &b : report.sections.last().blocks) {
        for (const QStringList &row : b.table.rows)
            appendix += row.join(QLatin1Char('|'));
    }
    CHECK(appendix.contains(QStringLiteral("某某**有限公司")));
    CHECK(appendix.contains(QStringLiteral("王*国")));
    CHECK(!appendix.contains(QStringLiteral("王建国")));
}

TEST_CASE("collective enterprise: C1 and C2 by P01/P02 over its reference categories")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    const qint64 seeded = queryCount(*ws, "SELECT count(*) FROM customers WHERE entity_kind IN ('内部部门','基层单位','岗位')");
    REQUIRE(seeded == queryCount(*ws, "SELECT count(*) FROM customers"));
    addCustomer(*ws, c("G1", "城东供电所", {{"entity_kind", QStringLiteral("基层单位")}}));
    addCustomer(*ws, c("G2", "送变电公司", {{"entity_kind", QStringLiteral("企业")}, {"elec_type", QStringLiteral("大工业")}, {"labels", QStringLiteral("主业单位")}}));
    addCustomer(*ws, c("M1", "某园区", {{"entity_kind", QStringLiteral("园区")}}));
    addCustomer(*ws, c("M2", "某制造厂", {{"entity_kind", QStringLiteral("企业")}, {"elec_type", QStringLiteral("大工业")}}));
    addCustomer(*ws, c("H1", "张三", {{"entity_kind", QStringLiteral("居民")}, {"elec_type", QStringLiteral("居民生活")}}));
    classifyAll(*ws);
    const PortraitData data = PortraitDataLoader::load(ws->db());
    const Portrait p = PortraitBuilder(data).build(QStringLiteral("COL"));
    // C1: G1 (internal kind) and G2 (label 主业单位) by P01; C2: M1 (E3.1) and M2 (E1.3.1) by
    // P02 within the default external market; H1 (E1.1) is outside it.
    CHECK(segment(p, "C1").count == 2 + seeded); // the seeded internal records are grid units too
    CHECK(segment(p, "C2").count == 2);
    CHECK(p.inScope == 4 + seeded);
    CHECK(p.outOfScope == 1);
    // C1 needs N-C only; C2 also its reference categories' needs (E3.1: N07 N08 N11 N12).
    CHECK(segment(p, "C1").needs.size() == 1);
    CHECK(need(segment(p, "C2"), "N-C")->share == Approx(1.0));
    CHECK(need(segment(p, "C2"), "N07")->share == Approx(0.5));
    CHECK(segment(p, "C2").references.size() == 2);
    CHECK(!p.notes.isEmpty()); // the default market is named
}

TEST_CASE("every default department builds; an unknown one is refused")
{
    QTemporaryDir dir;
    auto ws = evsWorkspace(dir.path());
    const PortraitData data = PortraitDataLoader::load(ws->db());
    const PortraitBuilder builder(data);
    for (const Department &d : data.config.departments) {
        const Portrait p = builder.build(d.code);
        CHECK(p.resourceMatch >= 0);
        CHECK(p.resourceMatch <= 1);
        CHECK(!ReportDataBuilder::build(p, data.config, {}).sections.isEmpty());
    }
    CHECK_THROWS_AS(builder.build(QStringLiteral("NOPE")), Error);
}
