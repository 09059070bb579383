// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/ChoiceLists.h"

#include "models/TaxonomyModel.h"

#include <QComboBox>

namespace portrait {

QList<Choice> ChoiceLists::departmentTypes()
{
    return {{QStringLiteral("business"), tr("业务部门")},
            {QStringLiteral("functional"), tr("职能部门")},
            {QStringLiteral("collective"), tr("原集体企业")},
            {QStringLiteral("affiliated"), tr("直属单位")}};
}

QList<Choice> ChoiceLists::serviceKinds()
{
    return {{QStringLiteral("service"), tr("服务")},
            {QStringLiteral("toolkit"), tr("工具包")},
            {QStringLiteral("product"), tr("产品")},
            {QStringLiteral("consulting"), tr("咨询")}};
}

QList<Choice> ChoiceLists::ruleGroups()
{
    return {{QStringLiteral("primary"), tr("主类判定（瀑布）")},
            {QStringLiteral("role"), tr("角色")},
            {QStringLiteral("tag"), tr("标签")},
            {QStringLiteral("need"), tr("需求")},
            {QStringLiteral("credit"), tr("信用")},
            {QStringLiteral("dr"), tr("需求响应")},
            {QStringLiteral("stage"), tr("生命周期阶段")}};
}

QList<Choice> ChoiceLists::taxonomyKinds()
{
    QList<Choice> result;
    for (const char *kind : {"group", "primary", "role", "primary_role", "group_fallback"}) {
        const QString value = QString::fromLatin1(kind);
        result.append({value, TaxonomyModel::kindName(value)});
    }
    return result;
}

QList<Choice> ChoiceLists::attributeTypes()
{
    return {{QStringLiteral("text"), tr("文本")},
            {QStringLiteral("enum"), tr("枚举")},
            {QStringLiteral("number"), tr("数值")},
            {QStringLiteral("date"), tr("日期")},
            {QStringLiteral("list"), tr("列表")}};
}

QList<Choice> ChoiceLists::attributeOrigins()
{
    return {{QStringLiteral("1"), tr("标准")}, {QStringLiteral("0"), tr("自定义")}};
}

QString ChoiceLists::label(const QList<Choice> &choices, const QString &value)
{
    for (const Choice &c : choices) {
        if (c.value == value)
            return c.label;
    }
    return value;
}

QStringList ChoiceLists::values(const QList<Choice> &choices)
{
    QStringList result;
    for (const Choice &c : choices)
        result << c.value;
    return result;
}

void ChoiceLists::fill(QComboBox *combo, const QList<Choice> &choices)
{
    combo->clear();
    for (const Choice &c : choices)
        combo->addItem(c.label, c.value);
}

} // namespace portrait
