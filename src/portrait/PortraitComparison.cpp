// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "portrait/PortraitComparison.h"

#include <QCoreApplication>
#include <QLocale>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::PortraitComparison)
};

using Section = ComparisonRow::Section;
using Unit = ComparisonRow::Unit;

// Rows keyed by code from two lists, in the order of `after`, then what only `before` has.
template<typename Item, typename Fill>
void merge(QList<ComparisonRow> &out, Section section, Unit unit, const QList<Item> &before,
           const QList<Item> &after, Fill fill)
{
    QList<ComparisonRow> rows;
    QHash<QString, int> index;
    auto rowOf = [&](const QString &code, const QString &name) -> ComparisonRow & {
        if (!index.contains(code)) {
            index.insert(code, int(rows.size()));
            rows << ComparisonRow{section, unit, code, name, {}, {}, {}, {}, false, false};
        }
        return rows[index.value(code)];
    };
    for (const Item &i : after)
        fill(i, false, rowOf);
    for (const Item &i : before)
        fill(i, true, rowOf);
    out << rows;
}

} // namespace

bool ComparisonRow::changed() const
{
    if (before.has_value() != after.has_value() || beforeGap != afterGap || beforeNote != afterNote)
        return true;
    if (!before)
        return false;
    return unit == Unit::Count ? qRound64(*before) != qRound64(*after) : qAbs(*before - *after) >= 0.0005;
}

QString PortraitComparison::percent(double fraction)
{
    return QStringLiteral("%1%").arg(QLocale().toString(fraction * 100, 'f', 1));
}

QString PortraitComparison::sectionName(Section section)
{
    switch (section) {
    case Section::Summary:
        return Tr::tr("总体");
    case Section::Segments:
        return Tr::tr("客户群规模");
    case Section::Needs:
        return Tr::tr("需求（有此需求的客户）");
    case Section::Coverage:
        return Tr::tr("服务覆盖（匹配度）");
    }
    return {};
}

QList<ComparisonRow> PortraitComparison::compare(const Portrait &a, const Portrait &b)
{
    QList<ComparisonRow> out;
    auto summary = [&](const QString &code, const QString &name, Unit unit, double x, double y) {
        out << ComparisonRow{Section::Summary, unit, code, name, x, y, {}, {}, false, false};
    };
    auto gaps = [](const Portrait &p) {
        int n = 0;
        for (const Segment &s : p.segments)
            n += int(s.gapNeeds.size() + s.gapStages.size());
        return n;
    };
    summary(QStringLiteral("in_scope"), Tr::tr("范围内客户"), Unit::Count, double(a.inScope), double(b.inScope));
    summary(QStringLiteral("resource_match"), Tr::tr("资源匹配度"), Unit::Percent, a.resourceMatch, b.resourceMatch);
    summary(QStringLiteral("completeness"), Tr::tr("数据完整度"), Unit::Percent, a.completeness, b.completeness);
    summary(QStringLiteral("coverage"), Tr::tr("分类覆盖"), Unit::Percent, a.classificationCoverage,
            b.classificationCoverage);
    summary(QStringLiteral("gaps"), Tr::tr("缺口（需求与陪伴阶段）"), Unit::Count, gaps(a), gaps(b));

    merge(out, Section::Segments, Unit::Count, a.segments, b.segments,
          [](const Segment &s, bool isBefore, auto rowOf) {
              ComparisonRow &r = rowOf(s.node, s.name);
              (isBefore ? r.before : r.after) = double(s.count);
              (isBefore ? r.beforeNote : r.afterNote) = Tr::tr("占 %1").arg(PortraitComparison::percent(s.shareOfScope));
              (isBefore ? r.beforeGap : r.afterGap) = !s.gapNeeds.isEmpty();
          });
    merge(out, Section::Needs, Unit::Count, a.needRanking, b.needRanking,
          [](const ValueShare &v, bool isBefore, auto rowOf) {
              ComparisonRow &r = rowOf(v.code, v.name);
              (isBefore ? r.before : r.after) = double(v.count);
              (isBefore ? r.beforeNote : r.afterNote) = Tr::tr("占 %1").arg(PortraitComparison::percent(v.share));
          });
    auto coverage = [](const Portrait &p) {
        QList<std::pair<CoverageRow, QString>> rows; // the row and its marks "MKT-03●"
        for (const CoverageRow &r : p.rows) {
            QStringList marks;
            for (int c = 0; c < r.cells.size() && c < p.columns.size(); ++c) {
                if (!r.cells[c].isEmpty())
                    marks << p.columns[c].service + r.cells[c];
            }
            rows.append({r, marks.isEmpty() ? Tr::tr("无服务") : marks.join(QStringLiteral(" "))});
        }
        return rows;
    };
    merge(out, Section::Coverage, Unit::Percent, coverage(a), coverage(b),
          [](const std::pair<CoverageRow, QString> &c, bool isBefore, auto rowOf) {
              ComparisonRow &r = rowOf(c.first.need, c.first.name);
              (isBefore ? r.before : r.after) = c.first.match;
              (isBefore ? r.beforeNote : r.afterNote) = c.second;
              (isBefore ? r.beforeGap : r.afterGap) = c.first.gap;
          });
    return out;
}

} // namespace portrait
