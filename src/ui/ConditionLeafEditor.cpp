// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/ConditionLeafEditor.h"

#include "models/ConditionTreeModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace portrait {

ConditionLeafEditor::ConditionLeafEditor(QWidget *parent)
    : QWidget(parent), m_attr(new QComboBox), m_op(new QComboBox), m_choice(new QComboBox),
      m_ratioAttr(new QComboBox), m_ratio(new QCheckBox(tr("按比例：除以"))), m_values(new QStackedWidget),
      m_one(new QLineEdit), m_low(new QLineEdit), m_high(new QLineEdit), m_picks(new QListWidget),
      m_hint(new QLabel), m_error(new QLabel)
{
    m_attr->setObjectName(QStringLiteral("attributePicker"));
    m_op->setObjectName(QStringLiteral("operatorPicker"));
    m_one->setObjectName(QStringLiteral("valueEdit"));
    m_picks->setObjectName(QStringLiteral("valuePicks"));
    m_attr->setEditable(true);
    m_attr->setInsertPolicy(QComboBox::NoInsert);
    m_attr->completer()->setFilterMode(Qt::MatchContains);
    m_attr->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_attr->setMaxVisibleItems(20);
    m_picks->setMaximumHeight(150);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *none = new QLabel(tr("此运算符不需要值"));
    none->setForegroundRole(QPalette::PlaceholderText);
    auto *range = new QWidget;
    auto *rangeLayout = new QHBoxLayout(range);
    rangeLayout->setContentsMargins(0, 0, 0, 0);
    rangeLayout->addWidget(m_low);
    rangeLayout->addWidget(new QLabel(tr("至")));
    rangeLayout->addWidget(m_high);
    // Single-line pages keep their height: the checkable list is the tallest page.
    const auto top = [](QWidget *w) {
        auto *page = new QWidget;
        auto *l = new QVBoxLayout(page);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(w);
        l->addStretch(1);
        return page;
    };
    m_values->addWidget(top(none));
    m_values->addWidget(top(m_one));
    m_values->addWidget(top(range));
    m_values->addWidget(m_picks);
    m_values->addWidget(top(m_choice));

    auto *ratioRow = new QWidget;
    auto *ratioLayout = new QHBoxLayout(ratioRow);
    ratioLayout->setContentsMargins(0, 0, 0, 0);
    ratioLayout->addWidget(m_ratio);
    ratioLayout->addWidget(m_ratioAttr, 1);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("属性"), m_attr);
    form->addRow(QString(), ratioRow);
    form->addRow(tr("运算"), m_op);
    form->addRow(tr("值"), m_values);
    form->addRow(QString(), m_hint);
    form->addRow(QString(), m_error);

    connect(m_attr, &QComboBox::activated, this, &ConditionLeafEditor::attributeChosen);
    connect(m_op, &QComboBox::activated, this, &ConditionLeafEditor::operatorChosen);
    connect(m_ratio, &QCheckBox::toggled, this, [this](bool on) {
        m_ratioAttr->setEnabled(on);
        if (!m_filling)
            emit edited(QString());
    });
    connect(m_ratioAttr, &QComboBox::activated, this, [this] { emit edited(QString()); });
    connect(m_choice, &QComboBox::activated, this, [this] { emit edited(QString()); });
    for (QLineEdit *edit : {m_one, m_low, m_high}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { emit edited(edit == m_high ? QStringLiteral("high") : QStringLiteral("value")); });
    }
    connect(m_picks, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            emit edited(QString());
    });
}

QStringList ConditionLeafEditor::operators(AttributeType type)
{
    const auto l = [](std::initializer_list<const char *> names) {
        QStringList list;
        for (const char *n : names)
            list << QString::fromLatin1(n);
        return list;
    };
    switch (type) {
    case AttributeType::Number:
    case AttributeType::Date: return l({"eq", "ne", "lt", "le", "gt", "ge", "between", "is_empty", "not_empty"});
    case AttributeType::Enum: return l({"eq", "ne", "in", "not_in", "is_empty", "not_empty"});
    case AttributeType::List: return l({"has_label", "is_empty", "not_empty"});
    case AttributeType::Text: break;
    }
    return l({"eq", "ne", "starts_with", "in", "is_empty", "not_empty"});
}

void ConditionLeafEditor::setDictionary(const AttributeDictionary &dictionary, const QStringList &labels)
{
    m_dictionary = dictionary;
    m_labels = labels;
    m_filling = true;
    m_attr->clear();
    m_ratioAttr->clear();
    for (const AttributeInfo &a : dictionary.all()) {
        const QString text = QStringLiteral("%1 · %2").arg(a.displayName(), a.key);
        m_attr->addItem(text, a.key);
        if (a.type == AttributeType::Number)
            m_ratioAttr->addItem(text, a.key);
    }
    m_filling = false;
}

const AttributeInfo *ConditionLeafEditor::current() const
{
    return m_dictionary.find(attr());
}

ConditionLeafEditor::Page ConditionLeafEditor::pageFor(const QString &op) const
{
    const AttributeInfo *a = current();
    if (op == QLatin1String("is_empty") || op == QLatin1String("not_empty"))
        return NoValue;
    if (op == QLatin1String("between"))
        return TwoValues;
    if (a && a->type == AttributeType::Enum)
        return op == QLatin1String("in") || op == QLatin1String("not_in") ? Pick : Choose;
    if (a && a->type == AttributeType::List)
        return Pick;
    return OneValue;
}

void ConditionLeafEditor::fillOperators(const QString &keep)
{
    const AttributeInfo *a = current();
    m_op->clear();
    for (const QString &op : operators(a ? a->type : AttributeType::Text))
        m_op->addItem(QStringLiteral("%1  %2").arg(ConditionTreeModel::opSymbol(op), op), op);
    const int i = m_op->findData(keep);
    if (i < 0 && !keep.isEmpty())
        m_op->addItem(tr("%1（不适合此类型）").arg(keep), keep);
    m_op->setCurrentIndex(qMax(0, m_op->findData(keep)));
    const bool number = a && a->type == AttributeType::Number;
    m_ratio->setVisible(number);
    m_ratioAttr->setVisible(number);
}

void ConditionLeafEditor::fillPicks(const QStringList &checked)
{
    const AttributeInfo *a = current();
    QStringList items = a && a->type == AttributeType::List ? m_labels : a ? a->values : QStringList();
    for (const QString &c : checked) {
        if (!items.contains(c))
            items << c; // a stored value outside the list stays visible
    }
    m_picks->clear();
    m_choice->clear();
    for (const QString &v : std::as_const(items)) {
        auto *item = new QListWidgetItem(v, m_picks);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(v) ? Qt::Checked : Qt::Unchecked);
        m_choice->addItem(v);
    }
    if (!checked.isEmpty())
        m_choice->setCurrentText(checked.first());
}

void ConditionLeafEditor::setLeaf(const QString &attr, const QString &op, const QJsonValue &value,
                                  const QString &ratioOf)
{
    m_filling = true;
    int i = m_attr->findData(attr);
    if (i < 0) {
        m_attr->addItem(tr("未知属性 %1").arg(attr), attr);
        i = m_attr->count() - 1;
    }
    m_attr->setCurrentIndex(i);
    fillOperators(op);
    m_ratio->setChecked(!ratioOf.isEmpty());
    m_ratioAttr->setEnabled(!ratioOf.isEmpty());
    m_ratioAttr->setCurrentIndex(qMax(0, m_ratioAttr->findData(ratioOf)));
    QStringList items;
    const QJsonArray array = value.isArray() ? value.toArray() : QJsonArray{value};
    for (const QJsonValue &v : array) {
        if (!v.isUndefined() && !v.isNull())
            items << (v.isDouble() ? QString::number(v.toDouble(), 'g', 15) : v.toString());
    }
    fillPicks(items);
    m_one->setText(items.join(QStringLiteral(", ")));
    m_low->setText(items.value(0));
    m_high->setText(items.value(1));
    m_values->setCurrentIndex(pageFor(op));
    const AttributeInfo *a = current();
    m_hint->setText(a && a->type == AttributeType::Date ? tr("日期：2026-01-31，或相对数据日期：-12M、-90D、-1Y")
                    : op == QLatin1String("starts_with") || op == QLatin1String("in")
                        ? tr("多个值用逗号分隔，例如 25, 26, 31")
                        : a && !a->unit.isEmpty() ? tr("单位：%1").arg(a->unit) : QString());
    m_filling = false;
}

void ConditionLeafEditor::attributeChosen()
{
    // The operator stays when the new type has it; values start afresh.
    const QString keep = m_op->currentData().toString();
    const AttributeInfo *a = current();
    const QStringList ops = operators(a ? a->type : AttributeType::Text);
    setLeaf(attr(), ops.contains(keep) ? keep : ops.first(), QJsonValue(), QString());
    emit edited(QString());
}

void ConditionLeafEditor::operatorChosen()
{
    QString ignored;
    const QJsonValue v = value(&ignored);
    setLeaf(attr(), op(), v, ratioOf());
    emit edited(QString());
}

QString ConditionLeafEditor::attr() const
{
    return m_attr->currentData().toString();
}

QString ConditionLeafEditor::op() const
{
    return m_op->currentData().toString();
}

QString ConditionLeafEditor::ratioOf() const
{
    const AttributeInfo *a = current();
    return m_ratio->isChecked() && a && a->type == AttributeType::Number ? m_ratioAttr->currentData().toString()
                                                                          : QString();
}

QJsonValue ConditionLeafEditor::value(QString *error) const
{
    const AttributeInfo *a = current();
    const bool number = a && a->type == AttributeType::Number;
    const auto convert = [&](const QString &text) -> QJsonValue {
        const QString t = text.trimmed();
        if (t.isEmpty()) {
            if (error)
                *error = tr("请填写值");
            return QJsonValue();
        }
        if (!number)
            return t;
        bool ok = false;
        const double d = QLocale().toDouble(t, &ok);
        const double c = ok ? d : t.toDouble(&ok);
        if (!ok && error)
            *error = tr("「%1」不是数字").arg(t);
        return ok ? QJsonValue(c) : QJsonValue();
    };
    switch (Page(m_values->currentIndex())) {
    case NoValue:
        return QJsonValue(QJsonValue::Undefined);
    case TwoValues:
        return QJsonArray{convert(m_low->text()), convert(m_high->text())};
    case Choose:
        return convert(m_choice->currentText());
    case Pick: {
        QJsonArray list;
        for (int i = 0; i < m_picks->count(); ++i) {
            if (m_picks->item(i)->checkState() == Qt::Checked)
                list.append(m_picks->item(i)->text());
        }
        if (list.isEmpty() && error)
            *error = tr("请至少勾选一项");
        if (op() == QLatin1String("has_label") && list.size() == 1)
            return list.first();
        return list;
    }
    case OneValue:
        break;
    }
    const QString o = op();
    if (o == QLatin1String("in") || o == QLatin1String("not_in") || o == QLatin1String("starts_with")) {
        QJsonArray list;
        static const QRegularExpression separators(QStringLiteral("[,，、;；\\s]+"));
        for (const QString &part : m_one->text().split(separators, Qt::SkipEmptyParts))
            list.append(convert(part));
        if (list.isEmpty() && error)
            *error = tr("请填写值");
        if (o == QLatin1String("starts_with") && list.size() == 1)
            return list.first();
        return list;
    }
    return convert(m_one->text());
}

void ConditionLeafEditor::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace portrait
