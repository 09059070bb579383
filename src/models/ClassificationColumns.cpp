// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "models/ClassificationColumns.h"

#include "core/Language.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::CustomerTableModel)
};

} // namespace

QStringList ClassificationColumns::keys()
{
    return {QStringLiteral("cls.category"), QStringLiteral("cls.roles"), QStringLiteral("cls.stage"),
            QStringLiteral("cls.credit"), QStringLiteral("cls.dr")};
}

QString ClassificationColumns::header(const QString &key)
{
    static const QHash<QString, const char *> headers{
        {QStringLiteral("cls.category"), QT_TRANSLATE_NOOP("portrait::CustomerTableModel", "主类")},
        {QStringLiteral("cls.roles"), QT_TRANSLATE_NOOP("portrait::CustomerTableModel", "角色")},
        {QStringLiteral("cls.stage"), QT_TRANSLATE_NOOP("portrait::CustomerTableModel", "生命周期阶段")},
        {QStringLiteral("cls.credit"), QT_TRANSLATE_NOOP("portrait::CustomerTableModel", "信用等级")},
        {QStringLiteral("cls.dr"), QT_TRANSLATE_NOOP("portrait::CustomerTableModel", "响应潜力")}};
    return headers.contains(key) ? Tr::tr(headers.value(key)) : QString();
}

const char *ClassificationColumns::selectList()
{
    return "category, category_rule, roles, stage, stage_rule, credit, dr";
}

const char *ClassificationColumns::profileColumn(int which)
{
    static const char *const columns[] = {"category", "roles", "stage", "credit", "dr"};
    return which >= 0 && which < count() ? columns[which] : nullptr;
}

QStringList ClassificationColumns::valueOrder(int which)
{
    if (which == 4) // strongest potential first, as the filters list it
        return {QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low")};
    return {};
}

void ClassificationColumns::loadNames(Database &db)
{
    m_nodeNames.clear();
    m_stageNames.clear();
    Statement nodes(db, "SELECT code, name_zh FROM taxonomy");
    while (nodes.step())
        m_nodeNames.insert(nodes.text(0), nodes.text(1));
    Statement stages(db, "SELECT code, name_zh FROM stages");
    while (stages.step())
        m_stageNames.insert(stages.text(0), stages.text(1));
}

QVariant ClassificationColumns::text(const QStringList &v, int which) const
{
    // v: category, category_rule, roles, stage, stage_rule, credit, dr
    const auto manual = [](const QString &name, const QString &rule) {
        return rule == QLatin1String("manual") ? Tr::tr("%1（人工）").arg(name) : name;
    };
    switch (which) {
    case 0:
        if (v.value(0).isEmpty())
            return Tr::tr("未分类");
        return manual(m_nodeNames.value(v[0], v[0]), v.value(1));
    case 1: {
        QStringList names;
        for (const QString &code : v.value(2).split(QLatin1Char(';'), Qt::SkipEmptyParts))
            names << m_nodeNames.value(code, code);
        return names.join(Tr::tr("、"));
    }
    case 2:
        return manual(m_stageNames.value(v.value(3), v.value(3)), v.value(4));
    case 3:
        return v.value(5);
    case 4:
        return drPotentialName(v.value(6));
    default:
        return {};
    }
}

QString ClassificationColumns::toolTip(const QStringList &v, int which) const
{
    if (which == 0)
        return Tr::tr("%1，规则 %2").arg(v.value(0), v.value(1));
    return which == 1 ? v.value(2) : QString();
}

} // namespace portrait
