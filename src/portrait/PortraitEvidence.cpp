// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "portrait/PortraitEvidence.h"

#include <QCoreApplication>
#include <algorithm>

namespace portrait::PortraitEvidence {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::PortraitEvidence)
};
} // namespace

QString name(Evidence evidence)
{
    switch (evidence) {
    case Evidence::Data:
        return Tr::tr("数据");
    case Evidence::Rule:
        return Tr::tr("规则");
    case Evidence::Workshop:
        return Tr::tr("共创");
    case Evidence::Manual:
        return Tr::tr("人工");
    }
    return {};
}

QString letter(Evidence evidence)
{
    switch (evidence) {
    case Evidence::Data:
        return Tr::tr("数", "evidence mark: data");
    case Evidence::Rule:
        return Tr::tr("规", "evidence mark: rule");
    case Evidence::Workshop:
        return Tr::tr("共", "evidence mark: workshop");
    case Evidence::Manual:
        return Tr::tr("人", "evidence mark: manual");
    }
    return {};
}

Mark segmentCount(const Portrait &p)
{
    return {Evidence::Rule, Tr::tr("按分类规则的结果统计（分类于 %1，数据日期 %2）；手工指定的类别优先")
                                .arg(p.classifiedAt.isEmpty() ? Tr::tr("未知") : p.classifiedAt,
                                     p.dataDate.isEmpty() ? Tr::tr("未知") : p.dataDate)};
}

Mark scope(const Segment &s)
{
    if (s.scopeEvidence == Evidence::Workshop)
        return {Evidence::Workshop, Tr::tr("共创会采纳的部门客户清单")};
    return {s.scopeEvidence, Tr::tr("部门设置中的客户范围（%1）").arg(name(s.scopeEvidence))};
}

Mark need(const NeedIncidence &n)
{
    QStringList rules;
    bool taxonomy = false;
    for (const QString &src : n.sources) {
        if (src == QLatin1String("taxonomy"))
            taxonomy = true;
        else
            rules << src;
    }
    QStringList parts;
    if (taxonomy)
        parts << Tr::tr("分类体系为此类客户设定的核心需求");
    if (!rules.isEmpty())
        parts << Tr::tr("需求规则 %1").arg(rules.join(Tr::tr("、")));
    // A need that only the taxonomy gives was entered by hand; a rule's need is the rule's.
    const Evidence e = n.evidence == Evidence::Workshop ? Evidence::Workshop
                       : rules.isEmpty() && taxonomy    ? Evidence::Manual
                                                        : Evidence::Rule;
    return {e, parts.isEmpty() ? name(e) : parts.join(Tr::tr("；"))};
}

Mark attributes(const Portrait &p)
{
    return {Evidence::Data, Tr::tr("客户属性数据（数据日期 %1）")
                                .arg(p.dataDate.isEmpty() ? Tr::tr("未知") : p.dataDate)};
}

Mark services()
{
    return {Evidence::Manual, Tr::tr("服务目录：服务的目标客户、所答需求与陪伴阶段由人工维护")};
}

Mark match()
{
    return {Evidence::Rule, Tr::tr("按分类结果与服务目录计算：各客户群需求由本部门服务覆盖的程度，按需求人数加权")};
}

Mark goals()
{
    return {Evidence::Rule, Tr::tr("由客户群的需求及各需求所属的价值目标推出")};
}

Mark scenarios(const Segment &s)
{
    // The builder adds a workshop's pain points to the scenarios with its own prefix.
    const QString prefix = QCoreApplication::translate("portrait::PortraitBuilder", "痛点：%1").arg(QString());
    const bool painPoints = std::any_of(s.scenarios.begin(), s.scenarios.end(),
                                        [&](const QString &x) { return x.startsWith(prefix); });
    return painPoints ? Mark{Evidence::Workshop, Tr::tr("分类体系的典型场景，以及共创会提出的痛点")}
                      : Mark{Evidence::Manual, Tr::tr("分类体系中为此类客户记录的典型场景")};
}

} // namespace portrait::PortraitEvidence
