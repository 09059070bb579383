// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/RulesPanel.h"

#include "commands/ReorderRulesCommand.h"
#include "commands/SetValueCommand.h"
#include "core/AttributeDictionary.h"
#include "core/Language.h"
#include "core/Workspace.h"
#include "models/ConditionTreeModel.h"
#include "models/RuleListModel.h"
#include "models/TableModel.h"
#include "storage/Database.h"
#include "ui/ChoiceLists.h"
#include "ui/Columns.h"
#include "ui/ConditionEditor.h"
#include "ui/FormMapper.h"
#include "ui/LiveCountService.h"
#include "ui/MasterDetailPane.h"
#include "ui/Reclassifier.h"
#include "ui/RuleTryPane.h"
#include "ui/SearchableListPane.h"

#include "ui_RuleForm.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>

namespace portrait {

RulesPanel::RulesPanel(Workspace *workspace, QWidget *parent)
    : Panel(workspace, parent), m_form(std::make_unique<Ui::RuleForm>()),
      m_list(new RuleListModel(workspace, this)), m_counts(new LiveCountService(workspace, this)),
      m_conditions(new ConditionEditor(workspace)), m_try(new RuleTryPane(workspace)),
      m_tabs(new QTabWidget), m_group(new QComboBox), m_outcome(new QComboBox),
      m_dataDate(new QDateEdit), m_waterfall(new QLabel), m_warning(new QLabel)
{
    auto columns = Columns::names();
    columns << Columns::of("enabled", QT_TRANSLATE_NOOP("portrait::Columns", "启用"), TableModel::Kind::Bool)
            << Columns::text("outcome", QT_TRANSLATE_NOOP("portrait::Columns", "结果"))
            << Columns::text("why", QT_TRANSLATE_NOOP("portrait::Columns", "依据"));
    m_rules = new TableModel(workspace, QStringLiteral("rules"), QStringLiteral("id"), columns, this);

    auto *basics = new QWidget;
    m_form->setupUi(basics);
    m_form->conditionView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_form->conditionGroup->setTitle(tr("条件（JSON，只读）"));
    m_form->conditionHint->setText(tr("条件在「条件与计数」页中编辑；这里显示存储的 JSON，供核对和复制。"));
    delete m_form->form1->replaceWidget(m_form->outcomeLabel, m_outcome); // the old item is ours
    m_form->outcomeLabel->hide();
    m_outcome->setObjectName(QStringLiteral("outcomePicker"));

    auto *conditionPage = new QWidget;
    auto *conditionLayout = new QVBoxLayout(conditionPage);
    m_warning->setObjectName(QStringLiteral("ruleWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #9a5b00; background: #fff4dc; border-radius: 4px; padding: 6px;"));
    m_warning->hide();
    conditionLayout->addWidget(m_warning);
    conditionLayout->addWidget(m_conditions, 1);
    m_tabs->addTab(conditionPage, tr("条件与计数"));
    m_tabs->addTab(basics, tr("基本信息"));
    m_tabs->addTab(m_try, tr("试用于客户"));

    m_pane = new MasterDetailPane(m_list, RuleListModel::KeyRole, m_rules, m_tabs);
    m_pane->list()->setButtons(SearchableListPane::AddButton | SearchableListPane::RemoveButton |
                                   SearchableListPane::MoveButtons,
                               tr("新增规则"));
    m_pane->list()->setEmptyState(tr("这一组还没有规则。点「新增规则」添加，或从配置文件导入。"));
    m_pane->list()->insertHeaderWidget(createHeader());
    m_pane->splitter()->setSizes({460, 640});
    QTreeView *view = m_pane->list()->view();
    view->setDragEnabled(true);
    view->setAcceptDrops(true);
    view->setDropIndicatorShown(true);
    view->setDragDropMode(QAbstractItemView::DragDrop);
    view->setDefaultDropAction(Qt::MoveAction);
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(RuleListModel::NameColumn, QHeaderView::Stretch);
    view->setColumnWidth(RuleListModel::EnabledColumn, 44);
    view->setColumnWidth(RuleListModel::OutcomeColumn, 130);
    // Counts up to 9,999,999 in full: the lists have a million customers.
    const int countWidth = view->fontMetrics().horizontalAdvance(QStringLiteral("9,999,999")) + 14;
    view->setColumnWidth(RuleListModel::TakesColumn, countWidth);
    view->setColumnWidth(RuleListModel::RemainingColumn, countWidth);
    m_waterfall->setForegroundRole(QPalette::PlaceholderText);
    m_waterfall->setWordWrap(true);
    m_pane->list()->layout()->addWidget(m_waterfall);

    FormMapper *mapper = m_pane->mapper();
    m_pane->setKeyLabel(m_form->idLabel);
    mapper->bind(m_form->nameZhEdit, QStringLiteral("name_zh"));
    mapper->bind(m_form->nameEnEdit, QStringLiteral("name_en"));
    mapper->bind(m_form->enabledCheck, QStringLiteral("enabled"));
    mapper->bind(m_outcome, QStringLiteral("outcome"));
    mapper->bind(m_form->whyEdit, QStringLiteral("why"));
    connect(mapper, &FormMapper::refreshed, this, [this] { showRule(m_pane->currentKey()); });
    connect(m_pane, &MasterDetailPane::currentKeyChanged, this, &RulesPanel::showRule);
    connect(m_pane, &MasterDetailPane::currentKeyChanged, this, &RulesPanel::prepareNewRule);
    connect(m_pane->list(), &SearchableListPane::moveRequested, this, [this](int delta) {
        const QString id = m_pane->currentKey().toString();
        moveRule(id, m_list->rowOf(id) + delta);
    });
    connect(m_list, &RuleListModel::moveRequested, this, &RulesPanel::moveRule);
    connect(m_pane->list(), &SearchableListPane::addRequested, m_pane, &MasterDetailPane::addItem);
    connect(m_pane->list(), &SearchableListPane::removeRequested, m_pane, &MasterDetailPane::removeCurrent);
    forwardErrors(m_pane);
    forwardErrors(m_list);
    forwardErrors(m_conditions);

    connect(m_conditions, &ConditionEditor::conditionChanged, this, [this](const QString &json, bool valid) {
        if (valid)
            m_counts->requestNodes(json);
    });
    connect(m_counts, &LiveCountService::nodesCounted, this,
            [this](const QString &json, const std::vector<qint64> &counts, const QStringList &problems) {
                m_conditions->setCounts(json, counts, problems, m_counts->customers());
                if (json == m_conditions->model()->json()) {
                    m_problems = problems;
                    updateWarning();
                }
            });
    connect(m_counts, &LiveCountService::waterfallCounted, this,
            [this](const QString &group, const QList<LiveCounter::Step> &steps) {
                if (group != m_list->group())
                    return;
                QHash<QString, RuleListModel::Count> counts;
                for (const LiveCounter::Step &s : steps)
                    counts.insert(s.ruleId, {s.active, s.matches, s.takes, s.remaining});
                m_list->setCounts(counts);
                const QLocale locale;
                m_waterfall->setText(steps.isEmpty() ? QString()
                                                     : tr("共 %1 户；按顺序执行后剩余 %2 户")
                                                           .arg(locale.toString(m_counts->customers()),
                                                                locale.toString(steps.last().remaining)));
                updateWarning();
            });
    connect(m_counts, &LiveCountService::loaded, this, [this] {
        m_counts->requestWaterfall(m_list->group());
        m_counts->requestNodes(m_conditions->model()->json());
    });
    connect(workspace, &Workspace::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("rules"))
            m_counts->requestWaterfall(m_list->group());
        else if (table == QLatin1String("attributes") || table == QLatin1String("labels"))
            loadDictionary();
        else if (table == QLatin1String("settings"))
            showDataDate();
        else if (table == QLatin1String("taxonomy") || table == QLatin1String("needs") || table == QLatin1String("stages"))
            fillOutcomes();
    });
    Reclassifier::of(workspace);

    setContent(tr("规则"),
               tr("分类规则按组、按顺序执行：主类像瀑布一样自上而下，第一条满足条件的规则决定客户的主类。"
                  "拖动规则调整优先级；修改条件时，每个条件下方的客户数和各规则取得的客户数随即更新。"),
               m_pane);
    loadDictionary();
    showDataDate();
    showGroup(0);
}

RulesPanel::~RulesPanel() = default;

QWidget *RulesPanel::createHeader()
{
    auto *header = new QWidget;
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    ChoiceLists::fill(m_group, ChoiceLists::ruleGroups());
    connect(m_group, &QComboBox::currentIndexChanged, this, &RulesPanel::showGroup);
    m_dataDate->setObjectName(QStringLiteral("dataDateEdit"));
    m_dataDate->setCalendarPopup(true);
    m_dataDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dataDate->setToolTip(tr("数据日期：客户数据所描述的日期。-12M 这类相对日期以它为准，分类结果不随日历漂移。"));
    connect(m_dataDate, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_filling)
            return;
        Workspace *ws = workspace();
        if (ws->setting(QStringLiteral("data_date")).isEmpty())
            ws->setSetting(QStringLiteral("data_date"), QString()); // the row the command edits
        QString error;
        if (!ws->execute(new SetValueCommand(ws, QStringLiteral("settings"), QStringLiteral("key"),
                                             QStringLiteral("data_date"), QStringLiteral("value"),
                                             date.toString(Qt::ISODate), tr("修改数据日期")),
                         &error))
            emit editFailed(error);
    });
    auto *reclassify = new QPushButton(tr("重新分类"));
    reclassify->setToolTip(tr("用当前规则重新给全部客户分类（规则修改后也会自动进行）"));
    connect(reclassify, &QPushButton::clicked, this, [this] { Reclassifier::of(workspace())->classifyAll(); });
    layout->addWidget(new QLabel(tr("规则组")));
    layout->addWidget(m_group, 1);
    layout->addWidget(new QLabel(tr("数据日期")));
    layout->addWidget(m_dataDate);
    layout->addWidget(reclassify);
    return header;
}

void RulesPanel::showEvent(QShowEvent *event)
{
    Panel::showEvent(event);
    m_counts->activate(); // the live counts read every customer: only once the editor is seen
}

void RulesPanel::loadDictionary()
{
    const AttributeDictionary dictionary = AttributeDictionary::load(workspace()->db());
    QStringList labels;
    Statement st(workspace()->db(), "SELECT name FROM labels ORDER BY ord, name");
    while (st.step())
        labels << st.text(0);
    m_conditions->setDictionary(dictionary, labels);
}

void RulesPanel::showDataDate()
{
    m_filling = true;
    m_dataDate->setDate(LiveCountService::dataDate(workspace()));
    m_filling = false;
}

void RulesPanel::showGroup(int index)
{
    const QString group = m_group->itemData(index).toString();
    m_rules->setFilter(QStringLiteral("grp"), group);
    m_list->setGroup(group);
    fillOutcomes();
    m_waterfall->clear();
    m_counts->requestWaterfall(group);
    m_pane->list()->selectKey(m_list->ruleId(0));
    prepareNewRule();
}

void RulesPanel::prepareNewRule()
{
    // A new rule goes right after the selected one, with its outcome, switched off and with a
    // condition that holds for everyone: it changes nothing until the user has written its
    // condition and switches it on.
    QVariantMap values{{QStringLiteral("grp"), m_list->group()},
                       {QStringLiteral("when_json"), QStringLiteral("{\"all\":[]}")},
                       {QStringLiteral("enabled"), 0}};
    Statement st(workspace()->db(), "SELECT ord, outcome FROM rules WHERE id = ?");
    st.bind(1, m_pane->currentKey().toString());
    if (st.step()) {
        values.insert(QStringLiteral("ord"), st.integer(0));
        values.insert(QStringLiteral("outcome"), st.value(1));
    } else {
        Statement last(workspace()->db(), "SELECT coalesce(max(ord), 0) + 1 FROM rules WHERE grp = ?");
        last.bind(1, m_list->group());
        last.step();
        values.insert(QStringLiteral("ord"), last.integer(0));
    }
    m_pane->setNewItem({.title = tr("新增规则"), .codePrefix = QStringLiteral("R"), .values = values});
}

void RulesPanel::fillOutcomes()
{
    const QString group = m_list->group();
    QList<std::pair<QVariant, QString>> choices;
    const auto read = [&](const char *sql) {
        Statement st(workspace()->db(), sql);
        while (st.step())
            choices.append({st.text(0), QStringLiteral("%1  %2").arg(localized(st.text(1), st.text(2)), st.text(0))});
    };
    if (group == QLatin1String("primary") || group == QLatin1String("role"))
        read("SELECT code, name_zh, name_en FROM taxonomy ORDER BY ord, rowid");
    else if (group == QLatin1String("need"))
        read("SELECT code, name_zh, name_en FROM needs ORDER BY ord, rowid");
    else if (group == QLatin1String("stage")) {
        read("SELECT code, name_zh, name_en FROM stages ORDER BY ord, rowid");
        choices.append({QVariant(), tr("（无：离开生命周期）")});
    } else if (group == QLatin1String("credit")) {
        for (const char *g : {"A", "B", "C"})
            choices.append({QString::fromLatin1(g), tr("%1 级").arg(QLatin1String(g))});
    } else if (group == QLatin1String("dr")) {
        choices = {{QStringLiteral("high"), tr("高  high")}, {QStringLiteral("medium"), tr("中  medium")},
                   {QStringLiteral("low"), tr("低  low")}};
    }
    QHash<QString, QString> names;
    m_outcome->clear();
    for (const auto &[code, text] : std::as_const(choices)) {
        m_outcome->addItem(text, code);
        names.insert(code.toString(), text);
    }
    // Tag rules name their tag in the outcome itself: a free text.
    m_outcome->setEditable(group == QLatin1String("tag"));
    m_list->setOutcomeNames(names);
    m_pane->mapper()->refresh();
}

void RulesPanel::showRule(const QVariant &key)
{
    const QString id = key.toString();
    if (id != m_conditions->rule()) {
        m_problems.clear();
        m_conditions->setRule(id);
    }
    const int row = m_rules->rowOfKey(key);
    m_form->groupLabel->setText(row < 0 ? QString() : m_group->currentText());
    Statement st(workspace()->db(), "SELECT dept_types, when_json FROM rules WHERE id = ?");
    st.bind(1, id);
    const bool found = st.step();
    QStringList types;
    for (const QString &t : (found ? st.text(0) : QString()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        types << ChoiceLists::label(ChoiceLists::departmentTypes(), t);
    m_form->deptTypesLabel->setText(types.isEmpty() ? tr("所有部门") : types.join(tr("、")));
    const QByteArray json = found ? st.text(1).toUtf8() : QByteArray();
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    m_form->conditionView->setPlainText(doc.isNull() ? QString::fromUtf8(json)
                                                     : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
    updateWarning();
}

void RulesPanel::moveRule(const QString &id, int to)
{
    const QStringList order = ReorderRulesCommand::currentOrder(workspace(), m_list->group());
    const QStringList wanted = ReorderRulesCommand::moved(order, id, to);
    if (id.isEmpty() || wanted == order)
        return;
    QString error;
    if (!workspace()->execute(new ReorderRulesCommand(workspace(), wanted, tr("调整规则 %1 的顺序").arg(id)), &error))
        emit editFailed(error);
    m_pane->list()->selectKey(id);
}

void RulesPanel::updateWarning()
{
    const int row = m_list->rowOf(m_conditions->rule());
    // Problems of the condition (unknown attribute, type mismatch) first, then the waterfall's.
    QStringList lines;
    for (const QString &p : std::as_const(m_problems))
        lines << QStringLiteral("⚠ ") + p;
    if (const QString w = row < 0 ? QString() : m_list->warning(row); !w.isEmpty())
        lines << QStringLiteral("⚠ ") + w;
    m_warning->setText(lines.join(QLatin1Char('\n')));
    m_warning->setVisible(!lines.isEmpty());
}

void RulesPanel::focusSearch()
{
    m_pane->focusSearch();
}

} // namespace portrait
