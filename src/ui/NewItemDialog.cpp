// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/NewItemDialog.h"

#include "ui_NewItemDialog.h"

#include <QPushButton>
#include <QRegularExpression>

namespace portrait {

NewItemDialog::NewItemDialog(const QString &title, const QStringList &existingCodes,
                             QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NewItemDialog>()), m_existing(existingCodes)
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewItemDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NewItemDialog::reject);
    setWindowTitle(title);
    m_ui->introLabel->hide();
    m_ui->errorLabel->hide();
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_ui->kindCaption->hide();
    m_ui->kindCombo->hide();
    m_ui->codeEdit->setMaxLength(32);
    setMinimumWidth(380);
}

NewItemDialog::~NewItemDialog() = default;

void NewItemDialog::setIntro(const QString &text)
{
    m_ui->introLabel->setText(text);
    m_ui->introLabel->setVisible(!text.isEmpty());
}

void NewItemDialog::setSuggestedCode(const QString &code)
{
    m_ui->codeEdit->setText(code);
    m_ui->nameEdit->setFocus();
}

void NewItemDialog::setCodeStyle(CodeStyle style)
{
    m_style = style;
    m_ui->codeCaption->setText(style == CodeStyle::AttributeKey ? tr("键") : tr("代码"));
}

void NewItemDialog::setCaptions(const QString &code, const QString &name)
{
    m_ui->codeCaption->setText(code);
    m_ui->nameCaption->setText(name);
}

void NewItemDialog::setKinds(const QString &label, const QList<Choice> &kinds)
{
    m_ui->kindCaption->setText(label);
    ChoiceLists::fill(m_ui->kindCombo, kinds);
    m_ui->kindCaption->show();
    m_ui->kindCombo->show();
}

void NewItemDialog::setKind(const QString &value)
{
    m_ui->kindCombo->setCurrentIndex(qMax(0, m_ui->kindCombo->findData(value)));
}

QString NewItemDialog::code() const
{
    return m_ui->codeEdit->text().trimmed();
}

QString NewItemDialog::name() const
{
    return m_ui->nameEdit->text().trimmed();
}

QString NewItemDialog::kind() const
{
    return m_ui->kindCombo->currentData().toString();
}

QString NewItemDialog::problem() const
{
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    const QString c = code();
    if (c.isEmpty())
        return tr("请填写%1。").arg(m_ui->codeCaption->text());
    if (m_style == CodeStyle::AttributeKey && !keyPattern.match(c).hasMatch())
        return tr("键只能由小写字母、数字和下划线组成，并以字母开头。");
    if (m_style == CodeStyle::Code && !codePattern.match(c).hasMatch())
        return tr("代码只能由字母、数字和 . _ - 组成，并以字母或数字开头。");
    if (m_existing.contains(c, Qt::CaseInsensitive))
        return tr("%1 已存在，请换一个。").arg(c);
    if (name().isEmpty())
        return tr("请填写名称。");
    return {};
}

void NewItemDialog::accept()
{
    const QString message = problem();
    if (!message.isEmpty()) {
        m_ui->errorLabel->setText(message);
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace portrait
