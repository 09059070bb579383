// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/CustomerDetailPane.h"

#include "core/Language.h"
#include "core/ValueParser.h"
#include "models/CustomerTableModel.h"
#include "models/TableModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace portrait {

namespace {
const QString kType = QStringLiteral("type");
}

CustomerDetailPane::CustomerDetailPane(CustomerTableModel *customers, TableModel *attributes,
                                       QWidget *parent)
    : QWidget(parent), m_customers(customers), m_attributes(attributes),
      m_title(new QLabel(this)), m_subtitle(new QLabel(this))
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(6);
    layout->addWidget(scroll, 1);

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
            label += QStringLiteral("（%1）").arg(unit);
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
