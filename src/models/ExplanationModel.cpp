// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "models/ExplanationModel.h"

#include "core/AttributeDictionary.h"
#include "core/Error.h"
#include "core/Language.h"
#include "core/Workspace.h"
#include "engine/ClassificationEngine.h"
#include "engine/Explainer.h"
#include "storage/ClassificationRepository.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace portrait {

struct ExplanationModel::Item
{
    QString text, value, rule;
    State state = State::Neutral;
    Item *parent = nullptr;
    std::vector<std::unique_ptr<Item>> children;
    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }
};

ExplanationModel::ExplanationModel(Workspace *workspace, QObject *parent)
    : QAbstractItemModel(parent), m_workspace(workspace), m_root(std::make_unique<Item>())
{
}

ExplanationModel::~ExplanationModel() = default;

void ExplanationModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Item>();
    m_customer = 0;
    m_summary.clear();
    endResetModel();
}

bool ExplanationModel::explain(qint64 id, QString *error)
{
    try {
        Database &db = m_workspace->db();
        const Config config = ConfigRepository::load(db);
        const AttributeDictionary dictionary = AttributeDictionary::load(db);
        m_attributeNames.clear();
        for (const AttributeInfo &a : dictionary.all())
            m_attributeNames.insert(a.key, a.displayName());
        const CustomerFrame frame = ClassificationRepository::loadFrame(
            db, dictionary, ClassificationRepository::attributesUsed(config.rules), id);
        if (frame.rowCount() != 1)
            throw Error(tr("没有这位客户"));
        const QDate date = QDate::fromString(m_workspace->setting(QStringLiteral("data_date")), Qt::ISODate);
        const ClassificationEngine engine(
            frame, ClassificationSetup::fromConfig(config, date.isValid() ? date : QDate::currentDate(),
                                                   ClassificationRepository::overrides(db)));
        const ClassificationResult result = *engine.run();
        beginResetModel();
        m_root = std::make_unique<Item>();
        m_customer = id;
        build(Explainer::explain(engine, result, 0), engine.catalog());
        endResetModel();
        return true;
    } catch (const Error &e) {
        clear();
        if (error)
            *error = e.message();
        return false;
    }
}

ExplanationModel::Item *ExplanationModel::add(Item *parent, const QString &text, const QString &value,
                                              State state, const QString &rule)
{
    auto item = std::make_unique<Item>();
    item->text = text;
    item->value = value;
    item->state = state;
    item->rule = rule;
    item->parent = parent;
    parent->children.push_back(std::move(item));
    return parent->children.back().get();
}

void ExplanationModel::addRule(Item *parent, const RuleTrace &t)
{
    // Conditions come in pre-order with their depth: a stack of open groups nests them.
    std::vector<Item *> open{parent};
    for (const ConditionTrace &c : t.conditions) {
        open.resize(size_t(qMax(1, c.depth + 1)));
        QString text;
        QString value;
        State state = c.held ? State::Held : State::Failed;
        if (c.kind == QLatin1String("leaf")) {
            const QString name = m_attributeNames.value(c.attr, c.attr);
            text = QStringLiteral("%1 %2  %3").arg(c.held ? QStringLiteral("✓") : QStringLiteral("✗"), name, c.text);
            if (c.missing) {
                value = tr("值缺失");
                state = State::Missing;
            } else {
                value = c.actual.isEmpty() ? tr("（空）") : c.actual;
            }
        } else {
            static const QHash<QString, QString> kinds{{QStringLiteral("all"), tr("全部满足")},
                                                       {QStringLiteral("any"), tr("任一满足")},
                                                       {QStringLiteral("not"), tr("不满足")}};
            text = QStringLiteral("%1 %2").arg(c.held ? QStringLiteral("✓") : QStringLiteral("✗"), kinds.value(c.kind, c.kind));
            value = c.held ? tr("成立") : tr("不成立");
        }
        open.push_back(add(open.back(), text, value, state, t.ruleId));
    }
}

void ExplanationModel::build(const Explanation &e, const RuleCatalog &catalog)
{
    const CustomerOutcome &o = e.outcome;
    const QString categoryText = QStringLiteral("%1 %2").arg(o.category, catalog.nodeName(o.category));
    Item *primary = add(m_root.get(), tr("主类"), categoryText, o.pinnedCategory ? State::Pinned : State::Held,
                        e.primary.ruleId);
    if (o.pinnedCategory) {
        add(primary, tr("人工指定"), tr("%1（%2）").arg(o.pinnedCategory->reason, o.pinnedCategory->date), State::Pinned);
        m_summary = tr("主类 %1（人工指定）").arg(categoryText);
    } else if (!e.primary.ruleId.isEmpty()) {
        Item *rule = add(primary, tr("规则 %1 %2").arg(e.primary.ruleId, localized(e.primary.nameZh, e.primary.nameEn)),
                         tr("第一条成立的规则"), State::Held, e.primary.ruleId);
        addRule(rule, e.primary);
        m_summary = tr("主类 %1（规则 %2）").arg(categoryText, e.primary.ruleId);
    } else {
        m_summary = tr("主类 %1").arg(categoryText);
    }
    if (!e.notMatched.isEmpty()) {
        Item *earlier = add(primary, tr("之前未满足的规则（%n 条）", nullptr, int(e.notMatched.size())), QString(), State::Neutral);
        for (const RuleTrace &t : e.notMatched) {
            Item *rule = add(earlier, tr("规则 %1 %2").arg(t.ruleId, localized(t.nameZh, t.nameEn)),
                             !t.problem.isEmpty() ? t.problem : t.missingData ? tr("不成立（数据缺失）") : tr("不成立"),
                             t.missingData ? State::Missing : State::Failed, t.ruleId);
            addRule(rule, t);
        }
    }
    if (!e.missingAttributes.isEmpty()) {
        QStringList names;
        for (const QString &key : e.missingAttributes)
            names << m_attributeNames.value(key, key);
        add(primary, tr("缺失的属性"), names.join(tr("、")), State::Missing);
    }
    static const QHash<QString, const char *> groups{
        {QStringLiteral("role"), QT_TR_NOOP("角色")},      {QStringLiteral("tag"), QT_TR_NOOP("标签")},
        {QStringLiteral("need"), QT_TR_NOOP("需求")},      {QStringLiteral("credit"), QT_TR_NOOP("信用等级")},
        {QStringLiteral("dr"), QT_TR_NOOP("响应潜力")},    {QStringLiteral("stage"), QT_TR_NOOP("生命周期阶段")}};
    for (const RuleTrace &t : e.outcomes) {
        QString value = t.outcome;
        if (t.group == QLatin1String("role"))
            value = QStringLiteral("%1 %2").arg(t.outcome, catalog.nodeName(t.outcome));
        else if (t.group == QLatin1String("need"))
            value = QStringLiteral("%1 %2").arg(t.outcome, catalog.needName(catalog.needIndex(t.outcome)));
        else if (t.group == QLatin1String("stage"))
            value = t.outcome.isEmpty() ? tr("不参与生命周期（已销户）")
                                        : QStringLiteral("%1 %2").arg(t.outcome, catalog.stageName(t.outcome));
        else if (t.group == QLatin1String("tag"))
            value = localized(t.nameZh, t.nameEn);
        else if (t.group == QLatin1String("dr"))
            value = drPotentialName(t.outcome);
        Item *item = add(m_root.get(), tr(groups.value(t.group, "")), value, State::Held, t.ruleId);
        Item *rule = add(item, tr("规则 %1 %2").arg(t.ruleId, localized(t.nameZh, t.nameEn)), QString(), State::Held, t.ruleId);
        addRule(rule, t);
    }
    if (o.pinnedStage)
        add(m_root.get(), tr("生命周期阶段"), tr("%1（人工指定：%2）").arg(catalog.stageName(o.stage), o.pinnedStage->reason),
            State::Pinned);
    for (const CustomerOutcome::Need &n : o.needs) {
        if (n.sources == QStringList{QStringLiteral("taxonomy")})
            add(m_root.get(), tr("需求（继承自分类）"),
                QStringLiteral("%1 %2").arg(n.code, catalog.needName(catalog.needIndex(n.code))), State::Neutral);
    }
    for (const QString &note : e.notes)
        add(m_root.get(), tr("说明"), note, State::Neutral);
}

QStringList ExplanationModel::ruleIds() const
{
    QStringList ids;
    std::vector<const Item *> stack{m_root.get()};
    while (!stack.empty()) {
        const Item *i = stack.back();
        stack.pop_back();
        if (!i->rule.isEmpty() && !ids.contains(i->rule))
            ids << i->rule;
        for (const auto &c : i->children)
            stack.push_back(c.get());
    }
    return ids;
}

ExplanationModel::Item *ExplanationModel::item(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Item *>(index.internalPointer()) : m_root.get();
}

QModelIndex ExplanationModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    Item *p = item(parent);
    if (row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex ExplanationModel::parent(const QModelIndex &child) const
{
    Item *i = child.isValid() ? item(child) : nullptr;
    if (!i || !i->parent || i->parent == m_root.get())
        return {};
    return createIndex(i->parent->row(), 0, i->parent);
}

int ExplanationModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(item(parent)->children.size());
}

int ExplanationModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ExplanationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Item *i = item(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return index.column() == ItemColumn ? i->text : i->value;
    case RuleRole:
        return i->rule;
    case StateRole:
        return int(i->state);
    case Qt::ForegroundRole:
        switch (i->state) {
        case State::Held: return QBrush(QColor(0x1e, 0x7b, 0x34));
        case State::Failed: return QBrush(QColor(0xb0, 0x3a, 0x2e));
        case State::Missing: return QBrush(QColor(0xb9, 0x6a, 0x00));
        case State::Pinned: return QBrush(QColor(0x1f, 0x5f, 0xa8));
        default: return {};
        }
    case Qt::FontRole:
        if (i->parent == m_root.get()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant ExplanationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == ItemColumn ? tr("分类与依据") : tr("客户的值 / 结果");
}

} // namespace portrait
