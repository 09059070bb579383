// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/WorkshopAdoptDialog.h"

#include "models/AdoptionDecisionModel.h"
#include "ui/ChoiceDelegate.h"
#include "workshop/AdoptionDraft.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace portrait {

WorkshopAdoptDialog::WorkshopAdoptDialog(const WorkshopSession &session, const AdoptionDraft &draft,
                                         const QHash<QString, QString> &names, QWidget *parent)
    : QDialog(parent), m_model(new AdoptionDecisionModel(session, draft, names, this)),
      m_table(new QTableView(this)), m_assignments(new QTableView(this)), m_flag(new QLabel(this)),
      m_approver(new QLineEdit(this)), m_date(new QDateEdit(QDate::currentDate(), this)),
      m_error(new QLabel(this))
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
    m_table->setObjectName(QStringLiteral("adoptDecisions"));
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
    m_table->horizontalHeader()->setSectionResizeMode(AdoptionDecisionModel::Parent,
                                                      QHeaderView::Interactive);
    m_table->setColumnWidth(AdoptionDecisionModel::Parent, 240);
    m_table->horizontalHeader()->setSectionResizeMode(AdoptionDecisionModel::Reason,
                                                      QHeaderView::Stretch);

    // 岗位级定位: the node column and one column per position, only the adopted rows.
    auto *roles = new ChoiceDelegate({{QString(), tr("—")},
                                      {AdoptionDecisionModel::kLead, tr("主责")},
                                      {AdoptionDecisionModel::kSupport, tr("协同")}},
                                     m_assignments);
    m_assignments->setObjectName(QStringLiteral("positionAssignments"));
    m_assignments->setModel(m_model);
    m_assignments->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_assignments->setSelectionMode(QAbstractItemView::SingleSelection);
    m_assignments->verticalHeader()->hide();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (c < AdoptionDecisionModel::ColumnCount) {
            m_assignments->setColumnHidden(c, c != AdoptionDecisionModel::Node);
        } else {
            m_table->setColumnHidden(c, true);
            m_assignments->setItemDelegateForColumn(c, roles);
        }
    }
    m_assignments->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_assignments->horizontalHeader()->setMinimumSectionSize(96);
    m_flag->setObjectName(QStringLiteral("positionFlag"));
    m_flag->setWordWrap(true);
    auto *hint = new QLabel(tr("单击单元格选择该岗位对该分类的定位：主责 / 协同 / —。每个采纳的"
                               "分类至少要有一个主责岗位，协同岗位可以有多个；草案按参与者给出的"
                               "优先级建议了默认定位。"),
                            this);
    hint->setWordWrap(true);
    auto *positionsBox = new QGroupBox(tr("岗位级定位：哪个岗位服务哪些客户分类"), this);
    auto *positionsLayout = new QVBoxLayout(positionsBox);
    positionsLayout->addWidget(hint);
    positionsLayout->addWidget(m_assignments, 1);
    positionsLayout->addWidget(m_flag);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(positionsBox);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({330, 290});
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            &WorkshopAdoptDialog::updateAssignments);
    updateAssignments();

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
    layout->addWidget(splitter, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(980, 720);
}

void WorkshopAdoptDialog::updateAssignments()
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_assignments->setRowHidden(row, !m_model->isAdopted(row));
    const QStringList idle = m_model->positionsWithoutNode();
    if (idle.isEmpty()) {
        m_flag->setStyleSheet(QString());
        m_flag->setText(tr("✓ 每个岗位都有负责的客户分类。"));
    } else {
        m_flag->setStyleSheet(QStringLiteral("color: #8a5300;"));
        m_flag->setText(tr("⚠ 还没有客户分类的岗位：%1。每个岗位都应服务至少一类客户，请确认"
                           "（不阻止采纳）。")
                            .arg(idle.join(tr("、"))));
    }
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
