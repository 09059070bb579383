// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// The engine as a whole: coverage of the default rules, department segments, explanations,
// live counts, determinism across chunks and threads, progress and cancellation.
#include "GoldenCase.h"
#include "TestWorkspace.h"

#include "engine/ClassificationEngine.h"
#include "engine/Explainer.h"
#include "engine/LiveCounter.h"
#include "engine/Progress.h"
#include "io/DefaultContent.h"

#include <QSet>
#include <numeric>
#include <random>

using namespace portrait;

namespace {

const QDate kDate(2025, 6, 30);

// One customer per primary category of the company-wide waterfall, and every stage.
const char *kMixed =
    "customer_no,entity_kind,elec_type,industry_code,volt_kv,contract_kva,building_use,"
    "project_status,account_status,labels\n"
    "M01,内部部门,,,,,,咨询,,主业单位\n"
    "M02,基层单位,,,,,,在建,,\n"
    "M03,岗位,,,,,,投运,,\n"
    "M04,售电公司,,,,,,,暂停,\n"
    "M05,负荷聚合商,,,,,,,销户,\n"
    "M06,微电网,,,,,,,,\n"
    "M07,储能电站,,,,,,增容改造,,\n"
    "M08,充换电运营商,,,,,,,正常,\n"
    "M09,发电企业,,,10,,,,,\n"
    "M10,发电企业,,,220,,,,,\n"
    "M11,园区,,,,,,,,\n"
    "M12,政府机构,,,,,,,,\n"
    "M13,公共机构,,,,,,,,\n"
    "M14,居民,居民生活,,,,,,,\n"
    "M15,企业,农业生产,,,,,,,\n"
    "M16,企业,大工业,3300,,,,,,\n"
    "M17,企业,大工业,1800,,,,,,\n"
    "M18,企业,一般工商业,,,,酒店,,,\n"
    "M19,企业,工商业,,0.22,10,,,,\n"
    "M20,企业,工商业,,10,600,,,,\n"
    "M21,企业,其他,,,,,,,\n";

class CancelAfterFirst : public Progress
{
public:
    void setProgress(qint64 done, qint64 total) override
    {
        ++calls;
        lastTotal = total;
    }
    bool isCancelled() const override { return cancel && calls > 0; }
    bool cancel = true;
    int calls = 0;
    qint64 lastTotal = 0;
};

// A synthetic frame with realistic variety, the same for every run (fixed seed).
CustomerFrame syntheticFrame(int rows)
{
    std::mt19937 random(20260630);
    auto pick = [&](const QStringList &values) { return values.at(int(random() % values.size())); };
    const QStringList kinds{QStringLiteral("居民"), QStringLiteral("居民"), QStringLiteral("企业"),
                            QStringLiteral("企业"), QStringLiteral("公共机构"), QStringLiteral("储能电站"),
                            QStringLiteral("发电企业"), QStringLiteral("内部部门"), QString()};
    const QStringList elec{QStringLiteral("居民生活"), QStringLiteral("工商业"), QStringLiteral("一般工商业"),
                           QStringLiteral("大工业"), QStringLiteral("农业生产"), QString()};
    const QStringList labels{QString(), QStringLiteral("分布式电源"), QStringLiteral("园区客户;临时用电"),
                             QStringLiteral("公共机构"), QStringLiteral("微网客户;储能用户")};
    QByteArray csv = "customer_no,entity_kind,elec_type,industry_code,volt_kv,contract_kva,max_load_kw,"
                     "storage_kw,first_supply_date,overdue_days,labels\n";
    for (int i = 0; i < rows; ++i) {
        const int kva = int(random() % 2000);
        csv += QStringLiteral("S%1,%2,%3,%4,%5,%6,%7,%8,%9,%10,%11\n")
                   .arg(i)
                   .arg(pick(kinds), pick(elec), QString::number(1000 + int(random() % 5000)),
                        QString::number(random() % 2 ? 0.38 : 10), QString::number(kva),
                        random() % 5 ? QString::number(kva * 0.6) : QString(),
                        random() % 7 ? QString() : QString::number(random() % 900),
                        random() % 9 ? QDate(2015, 1, 1).addDays(random() % 4000).toString(Qt::ISODate) : QString(),
                        random() % 3 ? QString::number(random() % 100) : QString(), pick(labels))
                   .toUtf8();
    }
    return frameFromCsv(csv, nullptr);
}

} // namespace

TEST_CASE("the default rules reach every company-wide primary category and every stage")
{
    QStringList nos;
    const CustomerFrame frame = frameFromCsv(kMixed, &nos);
    const ClassificationEngine engine(frame, defaultSetup(kDate));
    CHECK(engine.problems().isEmpty());
    const ClassificationResult result = *engine.run();

    QSet<QString> expected;
    for (const TaxonomyNode &n : DefaultContent::config().taxonomy) {
        if ((n.kind == QLatin1String("primary") || n.kind == QLatin1String("primary_role") ||
             n.kind == QLatin1String("group_fallback")) &&
            n.parent != QLatin1String("C"))
            expected << n.code;
    }
    const QStringList categories = result.categoryCounts().keys();
    CHECK(QSet<QString>(categories.begin(), categories.end()) == expected);
    CHECK(expected.size() == 21);
    for (const QString &stage : {QStringLiteral("L1"), QStringLiteral("L2"), QStringLiteral("L3"),
                                 QStringLiteral("L4"), QStringLiteral("unknown")})
        CHECK(result.stageCounts().value(stage) > 0);
    CHECK(result.excludedCount() == 1);

    // Inside a collective enterprise's portrait P01/P02 give C1 and C2 (domain.md §8.7).
    std::vector<size_t> rows(frame.rowCount());
    std::iota(rows.begin(), rows.end(), 0);
    const auto segments = engine.segment(QStringLiteral("collective"), rows, result);
    REQUIRE(segments.size() == frame.rowCount());
    CHECK(segments[0].category == QStringLiteral("C1")); // internal department
    CHECK(segments[0].rule == QStringLiteral("P01"));
    CHECK(segments[10].category == QStringLiteral("C2")); // the park
    CHECK(segments[10].reference == QStringLiteral("E3.1"));
    CHECK(segments[10].needs == QStringList({QStringLiteral("N-C"), QStringLiteral("N07"), QStringLiteral("N08"),
                                             QStringLiteral("N11"), QStringLiteral("N12")}));
    CHECK(segments[0].needs == QStringList{QStringLiteral("N-C")});
    CHECK(engine.segment(QStringLiteral("business"), rows, result).empty());
}

TEST_CASE("an explanation gives each condition with the customer's value and the rules before")
{
    QStringList nos;
    const CustomerFrame frame = frameFromCsv(
        "customer_no,entity_kind,elec_type,volt_kv,contract_kva,storage_kw,overdue_days,arrears_times_12m\n"
        "E1,企业,工商业,10,600,100,0,0\n",
        &nos);
    const ClassificationEngine engine(frame, defaultSetup(kDate));
    const ClassificationResult result = *engine.run();
    const Explanation e = Explainer::explain(engine, result, 0);
    CHECK(e.outcome.category == QStringLiteral("E1.2"));
    CHECK(e.primary.ruleId == QStringLiteral("P22"));
    CHECK(e.primary.matched);
    REQUIRE(e.primary.conditions.size() == 1);
    CHECK(e.primary.conditions[0].actual == QStringLiteral("工商业"));
    CHECK(e.primary.conditions[0].held);

    // Every earlier company-wide rule, in order, each false.
    QStringList earlier;
    for (const RuleTrace &t : e.notMatched) {
        earlier << t.ruleId;
        CHECK_FALSE(t.matched);
    }
    CHECK(earlier.first() == QStringLiteral("P03"));
    CHECK(earlier.last() == QStringLiteral("P21"));
    CHECK_FALSE(earlier.contains(QStringLiteral("P01"))); // department-specific
    CHECK_FALSE(earlier.contains(QStringLiteral("P18x"))); // disabled
    const RuleTrace &p09 = e.notMatched[earlier.indexOf(QStringLiteral("P09"))];
    CHECK(p09.missingData); // storage ÷ max_load_kw: the divisor is empty
    const ConditionTrace &ratio = p09.conditions[2];
    CHECK(ratio.text == QStringLiteral("storage_kw ÷ max_load_kw ≥ 1"));
    CHECK(ratio.missing);
    CHECK_FALSE(ratio.held);
    const RuleTrace &p21 = e.notMatched[earlier.indexOf(QStringLiteral("P21"))];
    CHECK_FALSE(p21.missingData);
    CHECK(p21.conditions[2].actual == QStringLiteral("10"));
    CHECK(p21.conditions[2].text == QStringLiteral("volt_kv ≤ 0.38"));

    CHECK_FALSE(e.evaluable);
    CHECK(e.missingAttributes.contains(QStringLiteral("max_load_kw")));
    CHECK(e.missingAttributes.contains(QStringLiteral("adjustable_kw")));

    QStringList outcomeRules;
    for (const RuleTrace &t : e.outcomes)
        outcomeRules << t.ruleId;
    CHECK(outcomeRules.contains(QStringLiteral("RL03")));  // storage_kw > 0 → role E2.2
    CHECK(outcomeRules.contains(QStringLiteral("CR3")));   // clean record → A
    CHECK(outcomeRules.contains(QStringLiteral("NR06")));  // storage ≥ 100
    CHECK(e.outcome.credit == QStringLiteral("A"));
}

TEST_CASE("live counts per condition node and per waterfall rule")
{
    QStringList nos;
    const CustomerFrame frame = frameFromCsv(kMixed, &nos);
    LiveCounter counter(frame, kDate);
    const auto counts = counter.nodeCounts(Condition::parse(QStringLiteral(
        R"({"any":[{"attr":"entity_kind","op":"eq","value":"企业"},{"attr":"entity_kind","op":"eq","value":"发电企业"}]})")));
    REQUIRE(counts.size() == 3);
    CHECK(counts[1] == 7);
    CHECK(counts[2] == 2);
    CHECK(counts[0] == 9);

    QList<Rule> primary;
    for (const Rule &r : DefaultContent::config().rules) {
        if (r.group == QLatin1String("primary"))
            primary << r;
    }
    const auto steps = counter.waterfall(primary);
    REQUIRE(steps.size() == primary.size());
    qint64 taken = 0;
    for (const auto &s : steps) {
        taken += s.takes;
        CHECK(s.remaining == qint64(frame.rowCount()) - taken);
    }
    CHECK(steps.first().active == false); // P01 is department-specific
    CHECK(steps.first().matches == 3);     // internal customers and the 主业单位 label
    CHECK(steps.first().takes == 0);
    CHECK(steps.last().remaining == 0);    // P99 takes the rest
    // After an edit only the edited rule is evaluated again, and the counts follow it.
    primary[2].whenJson = QStringLiteral(R"({"attr":"entity_kind","op":"in","value":["内部部门","基层单位"]})");
    const auto edited = counter.waterfall(primary);
    CHECK(edited[2].takes == 2);
    CHECK(edited[3].takes == 0); // P04's customers were taken by the edited P03
}

TEST_CASE("results do not depend on chunks or threads; progress and cancellation")
{
    const CustomerFrame frame = syntheticFrame(100003);
    const ClassificationSetup setup = defaultSetup(kDate);
    const ClassificationEngine engine(frame, setup);
    CancelAfterFirst progress;
    progress.cancel = false;
    const ClassificationResult a = *engine.run(&progress);
    CHECK(progress.calls > 0);
    CHECK(progress.lastTotal > 1);
    const ClassificationResult b = *engine.run();

    // Reference: the waterfall over the whole frame in one piece, on this thread.
    const size_t words = CompiledCondition::wordCount(frame.rowCount());
    std::vector<qint16> reference(frame.rowCount(), -1);
    for (int r : engine.groupRules(RuleGroup::Primary)) {
        std::vector<quint64> bits(words);
        engine.condition(r)->evaluate(0, words, bits.data());
        for (size_t row = 0; row < frame.rowCount(); ++row) {
            if (reference[row] < 0 && ((bits[row / 64] >> (row % 64)) & 1u))
                reference[row] = qint16(r);
        }
    }
    std::string sa, sb;
    size_t differences = 0;
    for (size_t row = 0; row < frame.rowCount(); ++row) {
        a.signature(row, sa);
        b.signature(row, sb);
        differences += (sa != sb) + (a.primaryRule(row) != reference[row]);
    }
    CHECK(differences == 0);
    CHECK(a.categoryCounts().size() > 8);

    CancelAfterFirst cancel;
    CHECK_FALSE(engine.run(&cancel).has_value());
}
