// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/WorkshopNewSessionDialog.h"

#include "io/WorkshopReader.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>

namespace portrait {

namespace {

enum PeopleColumn { NameColumn, PositionColumn, RoleColumn };

void fillRoles(QComboBox *combo)
{
    combo->addItem(WorkshopNewSessionDialog::tr("成员"), QStringLiteral("member"));
    combo->addItem(WorkshopNewSessionDialog::tr("主持"), QStringLiteral("facilitator"));
    combo->addItem(WorkshopNewSessionDialog::tr("观察"), QStringLiteral("observer"));
}

} // namespace

WorkshopNewSessionDialog::Choices WorkshopNewSessionDialog::choices(Database &db)
{
    WorkshopRepository repository(db);
    Choices c;
    c.departments = repository.departments();
    c.taxonomy = repository.taxonomy();
    for (const WorkshopRepository::Named &d : std::as_const(c.departments))
        c.positions.insert(d.code, repository.positions(d.code));
    c.scopes = WorkshopReader::vocabulary(db).scopes;
    return c;
}

WorkshopNewSessionDialog::WorkshopNewSessionDialog(Choices choices, QWidget *parent)
    : QDialog(parent), m_choices(std::move(choices)), m_title(new QLineEdit(this)),
      m_place(new QLineEdit(this)), m_facilitator(new QLineEdit(this)),
      m_date(new QDateEdit(QDate::currentDate(), this)), m_department(new QComboBox(this)),
      m_votes(new QSpinBox(this)), m_people(new QTableWidget(0, 3, this)),
      m_offered(new QListWidget(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("新建共创会"));
    m_title->setObjectName(QStringLiteral("title"));
    connect(m_title, &QLineEdit::textEdited, this, [this] { m_titleTyped = true; });
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_place->setPlaceholderText(tr("会议室或线上"));
    m_votes->setRange(1, 20);
    m_votes->setValue(3);
    m_votes->setSuffix(tr(" 票"));
    for (const WorkshopRepository::Named &d : std::as_const(m_choices.departments))
        m_department->addItem(d.code + QLatin1Char(' ') + d.name, d.code);
    auto *form = new QFormLayout;
    form->addRow(tr("标题"), m_title);
    form->addRow(tr("部门"), m_department);
    form->addRow(tr("日期"), m_date);
    form->addRow(tr("地点或形式"), m_place);
    form->addRow(tr("主持人"), m_facilitator);
    form->addRow(tr("痛点投票每人"), m_votes);

    m_people->setObjectName(QStringLiteral("participants"));
    m_people->setHorizontalHeaderLabels({tr("姓名"), tr("岗位（可输入新岗位）"), tr("角色")});
    m_people->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_people->verticalHeader()->hide();
    auto *add = new QPushButton(tr("添加参与者"), this);
    auto *remove = new QPushButton(tr("删除参与者"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = addParticipant({}, {});
        m_people->setCurrentCell(row, NameColumn);
        m_people->editItem(m_people->item(row, NameColumn));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_people->currentRow() >= 0)
            m_people->removeRow(m_people->currentRow());
    });
    auto *peopleButtons = new QHBoxLayout;
    peopleButtons->addWidget(add);
    peopleButtons->addWidget(remove);
    peopleButtons->addStretch(1);
    auto *people = new QVBoxLayout;
    people->addWidget(new QLabel(tr("参与者与岗位"), this));
    people->addWidget(m_people, 1);
    people->addLayout(peopleButtons);

    m_offered->setObjectName(QStringLiteral("offered"));
    auto *offered = new QVBoxLayout;
    offered->addWidget(new QLabel(tr("提供的客户分类（默认：部门现有范围）"), this));
    offered->addWidget(m_offered, 1);
    auto *lists = new QHBoxLayout;
    lists->addLayout(people, 3);
    lists->addLayout(offered, 2);

    m_error->setObjectName(QStringLiteral("newSessionError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("创建"));
    connect(buttons, &QDialogButtonBox::accepted, this, &WorkshopNewSessionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(lists, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_department, &QComboBox::currentIndexChanged, this,
            &WorkshopNewSessionDialog::departmentChanged);
    departmentChanged();
    resize(960, 640);
}

void WorkshopNewSessionDialog::setDepartment(const QString &code)
{
    m_department->setCurrentIndex(m_department->findData(code));
}

void WorkshopNewSessionDialog::setTitle(const QString &title)
{
    m_title->setText(title);
    m_titleTyped = true;
}

void WorkshopNewSessionDialog::departmentChanged()
{
    const QString code = m_department->currentData().toString();
    const QStringList scope = m_choices.scopes.value(code);
    m_offered->clear();
    for (const WorkshopRepository::Named &n : std::as_const(m_choices.taxonomy)) {
        // Indented by depth (E2.2 under E2), so the tree reads as one.
        const QString indent(int(n.code.count(u'.')) * 4, u' ');
        auto *item = new QListWidgetItem(indent + n.code + QLatin1Char(' ') + n.name, m_offered);
        item->setData(Qt::UserRole, n.code);
        item->setCheckState(scope.contains(n.code) ? Qt::Checked : Qt::Unchecked);
    }
    // The positions offered follow the department; what was typed stays.
    for (int row = 0; row < m_people->rowCount(); ++row) {
        QComboBox *combo = positionEditor(row);
        const QString typed = combo->currentText();
        combo->clear();
        combo->addItems(m_choices.positions.value(code));
        combo->setCurrentText(typed);
    }
    if (!m_titleTyped)
        m_title->setText(tr("%1客户共创会").arg(m_department->currentText().section(u' ', 1)));
}

int WorkshopNewSessionDialog::addParticipant(const QString &name, const QString &position,
                                             const QString &role)
{
    const int row = m_people->rowCount();
    m_people->insertRow(row);
    m_people->setItem(row, NameColumn, new QTableWidgetItem(name));
    auto *positionCombo = new QComboBox(m_people);
    positionCombo->setEditable(true);
    positionCombo->addItems(m_choices.positions.value(m_department->currentData().toString()));
    positionCombo->setCurrentText(position);
    m_people->setCellWidget(row, PositionColumn, positionCombo);
    auto *roleCombo = new QComboBox(m_people);
    fillRoles(roleCombo);
    roleCombo->setCurrentIndex(std::max(0, roleCombo->findData(role)));
    m_people->setCellWidget(row, RoleColumn, roleCombo);
    return row;
}

QComboBox *WorkshopNewSessionDialog::positionEditor(int row) const
{
    return qobject_cast<QComboBox *>(m_people->cellWidget(row, PositionColumn));
}

QString WorkshopNewSessionDialog::checkEntries()
{
    WorkshopSession s;
    s.department = m_department->currentData().toString();
    s.title = m_title->text().trimmed();
    s.date = m_date->date().toString(Qt::ISODate);
    s.place = m_place->text().trimmed();
    s.facilitator = m_facilitator->text().trimmed();
    s.votesPerParticipant = m_votes->value();
    s.status = QStringLiteral("prepared");
    s.source = QStringLiteral("live");
    if (s.department.isEmpty())
        return tr("请选择部门");
    if (s.title.isEmpty())
        return tr("请填写标题");
    QSet<QString> names;
    for (int row = 0; row < m_people->rowCount(); ++row) {
        WorkshopParticipant p;
        p.name = m_people->item(row, NameColumn) ? m_people->item(row, NameColumn)->text().trimmed()
                                                 : QString();
        p.position = positionEditor(row)->currentText().trimmed();
        p.role = qobject_cast<QComboBox *>(m_people->cellWidget(row, RoleColumn))
                     ->currentData()
                     .toString();
        if (p.name.isEmpty() && p.position.isEmpty())
            continue; // an empty row added by mistake
        if (p.name.isEmpty())
            return tr("第 %1 位参与者没有姓名").arg(row + 1);
        if (p.position.isEmpty())
            return tr("参与者「%1」没有岗位").arg(p.name);
        if (names.contains(p.name))
            return tr("参与者「%1」重复").arg(p.name);
        names.insert(p.name);
        s.participants << p;
    }
    if (s.raters().isEmpty())
        return tr("至少需要一位回答问题的参与者（成员或主持）");
    for (int i = 0; i < m_offered->count(); ++i) {
        if (m_offered->item(i)->checkState() == Qt::Checked)
            s.offered << m_offered->item(i)->data(Qt::UserRole).toString();
    }
    if (s.offered.isEmpty())
        return tr("至少提供一个客户分类");
    m_session = s;
    return {};
}

void WorkshopNewSessionDialog::accept()
{
    const QString error = checkEntries();
    m_error->setText(error);
    if (error.isEmpty())
        QDialog::accept();
}

} // namespace portrait
