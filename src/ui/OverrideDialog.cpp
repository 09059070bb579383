// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/OverrideDialog.h"

#include "commands/SetOverrideCommand.h"
#include "core/Workspace.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace portrait {

OverrideDialog::OverrideDialog(Workspace *workspace, qint64 customerId, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_customer(customerId), m_field(new QComboBox),
      m_value(new QComboBox), m_reason(new QLineEdit)
{
    setWindowTitle(tr("人工指定分类"));
    m_field->addItem(tr("主类"), QStringLiteral("category"));
    m_field->addItem(tr("生命周期阶段"), QStringLiteral("stage"));
    m_reason->setPlaceholderText(tr("例如：现场核实为储能电站（必填）"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("保存"));
    auto *hint = new QLabel(tr("人工指定的值优先于规则，重新分类后仍然保留，并在解释中注明。"
                               "选择「按规则（取消人工指定）」可恢复由规则判定。"));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *form = new QFormLayout;
    form->addRow(tr("指定项"), m_field);
    form->addRow(tr("值"), m_value);
    form->addRow(tr("原因"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_field, &QComboBox::currentIndexChanged, this, &OverrideDialog::fillValues);
    connect(m_value, &QComboBox::currentIndexChanged, this, &OverrideDialog::updateState);
    connect(m_reason, &QLineEdit::textChanged, this, &OverrideDialog::updateState);
    fillValues();
    resize(440, sizeHint().height());
}

void OverrideDialog::fillValues()
{
    const QString field = m_field->currentData().toString();
    m_value->clear();
    m_value->addItem(tr("按规则（取消人工指定）"), QString());
    // Categories a customer can have as its primary: every node that is not only a role.
    Statement st(m_workspace->db(), field == QLatin1String("category")
                                        ? "SELECT code, name_zh FROM taxonomy WHERE kind <> 'role' ORDER BY ord, rowid"
                                        : "SELECT code, name_zh FROM stages ORDER BY ord, rowid");
    while (st.step())
        m_value->addItem(QStringLiteral("%1  %2").arg(st.text(0), st.text(1)), st.text(0));
    const auto pin = SetOverrideCommand::read(m_workspace, m_customer, field);
    m_value->setCurrentIndex(pin ? qMax(0, m_value->findData(pin->value)) : 0);
    m_reason->setText(pin ? pin->reason : QString());
    updateState();
}

void OverrideDialog::updateState()
{
    const bool unpin = m_value->currentData().toString().isEmpty();
    m_reason->setEnabled(!unpin);
    m_ok->setEnabled(unpin || !m_reason->text().trimmed().isEmpty());
}

bool OverrideDialog::apply(QString *error)
{
    const QString field = m_field->currentData().toString();
    const QString value = m_value->currentData().toString();
    std::optional<SetOverrideCommand::Pin> pin;
    if (!value.isEmpty())
        pin = SetOverrideCommand::Pin{value, m_reason->text().trimmed(), QDate::currentDate().toString(Qt::ISODate)};
    const QString what = m_field->currentText();
    return m_workspace->execute(new SetOverrideCommand(m_workspace, m_customer, field, pin,
                                                       pin ? tr("人工指定%1").arg(what) : tr("取消人工指定%1").arg(what)),
                                error);
}

} // namespace portrait
