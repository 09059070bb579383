// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/WorkshopAdoptDialog.h"

#include "models/AdoptionDecisionModel.h"
#include "ui/ChoiceDelegate.h"
#include "workshop/AdoptionDraft.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace portrait {

WorkshopAdoptDialog::WorkshopAdoptDialog(const WorkshopSession &session, const AdoptionDraft &draft,
                                         const QHash<QString, QString> &names, QWidget *parent)
    : QDialog(parent), m_model(new AdoptionDecisionModel(session, draft, names, this)),
      m_table(new QTableView(this)), m_approver(new QLineEdit(this)),
      m_date(new QDateEdit(QDate::currentDate(), this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("采纳共创会结果 — %1").arg(session.title));
    auto *intro =
        new QLabel(tr("按草案：≥ 2/3 的参与者选择的分类已勾选，1/3–2/3 待讨论，不足 1/3 的"
                      "不纳入（保留须填理由）。勾选的新类型在所选上级分类下成为本地分类。采纳后成为"
                      "部门 %1 的客户清单与岗位定位，"
                      "证据为“共创”。")
                       .arg(session.department),
                   this);
    intro->setWordWrap(true);
    m_table->setModel(m_model);
    // The head picks the parent of a new kind from the taxonomy, in code order.
    QStringList codes = names.keys();
    codes.sort();
    QList<Choice> parents;
    for (const QString &code : std::as_const(codes))
        parents.append({code, code + QLatin1Char(' ') + names.value(code)});
    m_table->setItemDelegateForColumn(AdoptionDecisionModel::Parent,
                                      new ChoiceDelegate(parents, m_table));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(AdoptionDecisionModel::Parent,
                                                      QHeaderView::Interactive);
    m_table->setColumnWidth(AdoptionDecisionModel::Parent, 240);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_error->setObjectName(QStringLiteral("adoptError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("批准人"), m_approver);
    form->addRow(tr("决议日期"), m_date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("采纳"));
    connect(buttons, &QDialogButtonBox::accepted, this, &WorkshopAdoptDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(900, 560);
}

void WorkshopAdoptDialog::accept()
{
    QString error;
    const auto decision = m_model->decision(m_date->date().toString(Qt::ISODate),
                                            m_approver->text().trimmed(), &error);
    if (!decision) {
        m_error->setText(error);
        return;
    }
    m_decision = *decision;
    QDialog::accept();
}

} // namespace portrait
