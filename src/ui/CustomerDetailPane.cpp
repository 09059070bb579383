// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/CustomerDetailPane.h"

#include "core/Language.h"
#include "core/Workspace.h"
#include "core/ValueParser.h"
#include "models/CustomerTableModel.h"
#include "models/TableModel.h"
#include "storage/Database.h"
#include "ui/OverrideDialog.h"
#include "ui/RuleTryPane.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace portrait {

namespace {
const QString kType = QStringLiteral("type");
}

CustomerDetailPane::CustomerDetailPane(CustomerTableModel *customers, TableModel *attributes,
                                       QWidget *parent)
    : QWidget(parent), m_customers(customers), m_attributes(attributes),
      m_title(new QLabel(this)), m_subtitle(new QLabel(this)), m_classification(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_explanation(new RuleTryPane(attributes->workspace(), false)),
      m_override(new QPushButton(tr("人工指定…")))
{
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    auto *fields = new QWidget;
    m_form = new QFormLayout(fields);
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setContentsMargins(0, 0, 8, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(fields);

    // Classification: the stored outcome in one line, the explanation and manual pins in a tab.
    m_classification->setObjectName(QStringLiteral("classificationLine"));
    m_classification->setWordWrap(true);
    m_classification->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_override->setObjectName(QStringLiteral("overrideButton"));
    m_override->setToolTip(tr("人工指定主类或生命周期阶段（需填写原因），优先于规则"));
    connect(m_override, &QPushButton::clicked, this, &CustomerDetailPane::overrideClassification);
    auto *explain = new QWidget;
    auto *explainLayout = new QVBoxLayout(explain);
    explainLayout->setContentsMargins(0, 6, 0, 0);
    auto *overrideRow = new QHBoxLayout;
    overrideRow->addStretch(1);
    overrideRow->addWidget(m_override);
    explainLayout->addLayout(overrideRow);
    explainLayout->addWidget(m_explanation, 1);
    m_tabs->addTab(scroll, tr("属性"));
    m_tabs->addTab(explain, tr("分类与解释"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &CustomerDetailPane::showClassification);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_classification);
    layout->addSpacing(6);
    layout->addWidget(m_tabs, 1);

    connect(attributes, &QAbstractItemModel::modelReset, this, &CustomerDetailPane::rebuild);
    connect(attributes, &QAbstractItemModel::dataChanged, this, &CustomerDetailPane::rebuild);
    connect(customers, &QAbstractItemModel::dataChanged, this, &CustomerDetailPane::refresh);
    connect(customers, &QAbstractItemModel::modelReset, this, &CustomerDetailPane::refresh);
    rebuild();
}

void CustomerDetailPane::rebuild()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    for (int r = 0; r < m_attributes->rowCount(); ++r) {
        const QString key = m_attributes->key(r).toString();
        const QString unit = m_attributes->value(r, QStringLiteral("unit")).toString();
        QString label = localized(m_attributes->value(r, QStringLiteral("name_zh")).toString(),
                                  m_attributes->value(r, QStringLiteral("name_en")).toString());
        if (!unit.isEmpty())
            label = tr("%1（%2）").arg(label, unit);
        QWidget *editor = nullptr;
        if (m_attributes->value(r, kType).toString() == QLatin1String("enum")) {
            auto *combo = new QComboBox;
            combo->addItem(QString());
            combo->addItems(m_attributes->value(r, QStringLiteral("enum_values"))
                                .toString()
                                .split(QLatin1Char('\n'), Qt::SkipEmptyParts));
            connect(combo, &QComboBox::activated, this,
                    [this, key, combo] { commit(key, combo->currentText()); });
            editor = combo;
        } else {
            auto *edit = new QLineEdit;
            connect(edit, &QLineEdit::editingFinished, this,
                    [this, key, edit] { commit(key, edit->text()); });
            editor = edit;
        }
        editor->setObjectName(key);
        editor->setToolTip(key);
        m_editors.insert(key, editor);
        m_form->addRow(label, editor);
    }
    refresh();
}

void CustomerDetailPane::setCustomer(qint64 id)
{
    m_id = id;
    refresh();
}

void CustomerDetailPane::refresh()
{
    const QVariantMap values = m_id > 0 ? m_customers->customer(m_id) : QVariantMap();
    if (values.isEmpty())
        m_id = 0;
    m_title->setText(m_id > 0 ? values.value(QStringLiteral("name")).toString() : tr("未选择客户"));
    m_subtitle->setText(m_id > 0 ? tr("户号 %1").arg(values.value(QStringLiteral("customer_no")).toString())
                                 : tr("在左侧表格中选择一位客户，这里显示并可修改他的全部属性。"));
    m_filling = true;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QString text = ValueParser::toText(values.value(it.key()));
        if (auto *combo = qobject_cast<QComboBox *>(it.value())) {
            if (combo->findText(text) < 0)
                combo->addItem(text); // a stored value outside the enumeration stays visible
            combo->setCurrentText(text);
        } else if (auto *edit = qobject_cast<QLineEdit *>(it.value()); edit->text() != text) {
            edit->setText(text);
        }
        it.value()->setEnabled(m_id > 0);
    }
    m_filling = false;
    showClassification();
}

QString CustomerDetailPane::classificationText() const
{
    return m_classification->text();
}

void CustomerDetailPane::showClassification()
{
    m_override->setEnabled(m_id > 0);
    if (m_id <= 0) {
        m_classification->clear();
        m_explanation->setCustomer(0);
        return;
    }
    Database &db = m_attributes->workspace()->db();
    Statement st(db, "SELECT k.category, t.name_zh, k.category_rule, k.stage, s.name_zh, k.stage_rule, k.credit "
                     "FROM customer_classifications k LEFT JOIN taxonomy t ON t.code = k.category "
                     "LEFT JOIN stages s ON s.code = k.stage WHERE k.customer_id = ?");
    st.bind(1, m_id);
    if (!st.step()) {
        m_classification->setText(tr("尚未分类"));
    } else {
        const QString rule = st.text(2) == QLatin1String("manual") ? tr("人工指定") : tr("规则 %1").arg(st.text(2));
        QString line = tr("主类 %1 %2（%3）").arg(st.text(0), st.text(1), rule);
        if (!st.text(3).isEmpty())
            line += tr(" · 阶段 %1%2").arg(st.text(4), st.text(5) == QLatin1String("manual") ? tr("（人工指定）") : QString());
        if (!st.text(6).isEmpty())
            line += tr(" · 信用 %1").arg(st.text(6));
        m_classification->setText(line);
    }
    // The explanation runs the engine for this customer: only when its tab is shown.
    if (m_tabs->currentIndex() == 1 && m_explanation->customer() != m_id)
        m_explanation->setCustomer(m_id);
}

void CustomerDetailPane::overrideClassification()
{
    if (m_id <= 0)
        return;
    OverrideDialog dialog(m_attributes->workspace(), m_id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!dialog.apply(&error) && !error.isEmpty())
        emit editFailed(error);
    showClassification();
}

void CustomerDetailPane::commit(const QString &key, const QString &text)
{
    if (m_filling || m_id <= 0)
        return;
    if (ValueParser::toText(m_customers->customer(m_id).value(key)) == text)
        return;
    QString error;
    if (!m_customers->setAttribute(m_id, key, text, &error)) {
        if (!error.isEmpty())
            emit editFailed(error);
        refresh();
    }
}

} // namespace portrait
