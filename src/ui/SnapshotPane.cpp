// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/SnapshotPane.h"

#include "commands/SnapshotCommands.h"
#include "core/Error.h"
#include "core/Workspace.h"
#include "ui/SnapshotCompareModel.h"
#include "ui/SnapshotListModel.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace portrait {

SnapshotPane::SnapshotPane(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_list(new SnapshotListModel(workspace, this)),
      m_comparison(new SnapshotCompareModel(this))
{
    m_save = new QPushButton(tr("保存当前画像为快照…"), this);
    m_rename = new QPushButton(tr("重命名"), this);
    m_remove = new QPushButton(tr("删除"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    m_listView = new QTableView(this);
    m_listView->setModel(m_list);
    m_listView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_listView->verticalHeader()->hide();
    m_listView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_listView->horizontalHeader()->setSectionResizeMode(SnapshotListModel::Title, QHeaderView::Stretch);

    m_before = new QComboBox(this);
    m_after = new QComboBox(this);
    for (QComboBox *c : {m_before, m_after})
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_summary = new QLabel(this);
    auto *sides = new QHBoxLayout;
    sides->addWidget(new QLabel(tr("比较"), this));
    sides->addWidget(m_before);
    sides->addWidget(new QLabel(QStringLiteral("→"), this));
    sides->addWidget(m_after);
    sides->addStretch();
    sides->addWidget(m_summary);
    m_compareView = new QTableView(this);
    m_compareView->setModel(m_comparison);
    m_compareView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_compareView->verticalHeader()->hide();
    m_compareView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_compareView->horizontalHeader()->setSectionResizeMode(SnapshotCompareModel::Change,
                                                            QHeaderView::ResizeToContents);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(sides);
    rightLayout->addWidget(m_compareView, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_listView);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_save, &QPushButton::clicked, this, &SnapshotPane::saveClicked);
    connect(m_remove, &QPushButton::clicked, this, &SnapshotPane::removeClicked);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_listView->currentIndex();
        if (current.isValid())
            m_listView->edit(m_list->index(current.row(), SnapshotListModel::Title));
    });
    connect(m_list, &SnapshotListModel::editFailed, this, &SnapshotPane::editFailed);
    connect(m_list, &QAbstractItemModel::modelReset, this, &SnapshotPane::fillSides);
    connect(m_listView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SnapshotPane::selectionChanged);
    for (QComboBox *c : {m_before, m_after})
        connect(c, &QComboBox::currentIndexChanged, this, &SnapshotPane::sidesChanged);
    selectionChanged();
}

void SnapshotPane::setPortrait(const Portrait &portrait)
{
    m_current = portrait;
    m_save->setEnabled(!portrait.department.isEmpty());
    m_list->setDepartment(portrait.department); // resets the list, which refills the sides
}

bool SnapshotPane::save(const QString &title, const QString &date, QString *error)
{
    if (m_current.department.isEmpty() || title.trimmed().isEmpty())
        return false;
    return m_workspace->execute(
        new AddSnapshotCommand(m_workspace, PortraitSnapshot::freeze(m_current, title.trimmed(), date)), error);
}

bool SnapshotPane::remove(qint64 id, QString *error)
{
    try {
        return m_workspace->execute(new RemoveSnapshotCommand(m_workspace, id), error);
    } catch (const Error &e) { // the snapshot is gone already
        if (error)
            *error = e.message();
        return false;
    }
}

void SnapshotPane::saveClicked()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("保存画像快照"));
    const QDate today = QDate::currentDate();
    auto *title = new QLineEdit(tr("%1 客户画像 %2").arg(m_current.departmentName, today.toString(Qt::ISODate)));
    title->setMinimumWidth(320);
    auto *date = new QDateEdit(today);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("冻结当前部门画像的全部数字，以后可与新的画像比较。")));
    form->addRow(tr("标题"), title);
    form->addRow(tr("日期"), date);
    form->addRow(box);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!save(title->text(), date->date().toString(Qt::ISODate), &error) && !error.isEmpty())
        emit editFailed(error);
}

void SnapshotPane::removeClicked()
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_listView->selectionModel()->selectedRows())
        ids << m_list->snapshot(row.row()).id;
    for (qint64 id : std::as_const(ids)) {
        QString error;
        if (!remove(id, &error))
            emit editFailed(error);
    }
}

void SnapshotPane::fillSides()
{
    const qint64 before = m_before->currentData().toLongLong(), after = m_after->currentData().toLongLong();
    const bool first = m_before->count() == 0;
    for (QComboBox *c : {m_before, m_after}) {
        QSignalBlocker block(c);
        c->clear();
        c->addItem(tr("当前画像"), qint64(0));
        for (int r = 0; r < m_list->rowCount(); ++r) {
            const PortraitSnapshot &s = m_list->snapshot(r);
            c->addItem(tr("%1（%2）").arg(s.title, s.createdAt), s.id);
        }
    }
    // Keep the chosen sides while they exist; otherwise the newest snapshot → the current portrait.
    const int b = first ? -1 : m_before->findData(before);
    m_before->setCurrentIndex(b >= 0 && before != 0 ? b : (m_list->rowCount() > 0 ? 1 : 0));
    const int a = first ? -1 : m_after->findData(after);
    m_after->setCurrentIndex(a >= 0 ? a : 0);
    sidesChanged();
    selectionChanged();
}

void SnapshotPane::selectionChanged()
{
    const QModelIndexList rows = m_listView->selectionModel()->selectedRows();
    m_remove->setEnabled(!rows.isEmpty());
    m_rename->setEnabled(rows.size() == 1);
    if (rows.size() == 1) {
        compare(m_list->snapshot(rows[0].row()).id, 0);
    } else if (rows.size() == 2) { // newest first: the lower row is the earlier snapshot
        const int early = qMax(rows[0].row(), rows[1].row()), late = qMin(rows[0].row(), rows[1].row());
        compare(m_list->snapshot(early).id, m_list->snapshot(late).id);
    }
}

void SnapshotPane::compare(qint64 before, qint64 after)
{
    QSignalBlocker b(m_before), a(m_after);
    m_before->setCurrentIndex(qMax(0, m_before->findData(before)));
    m_after->setCurrentIndex(qMax(0, m_after->findData(after)));
    sidesChanged();
}

bool SnapshotPane::portraitOf(qint64 id, Portrait *portrait, QString *title)
{
    if (id == 0) {
        *portrait = m_current;
        *title = tr("当前画像");
        return !m_current.department.isEmpty();
    }
    try {
        *portrait = SnapshotRepository(m_workspace->db()).load(id);
        const int row = m_list->rowOfId(id);
        *title = row >= 0 ? m_list->snapshot(row).title : QString();
        return true;
    } catch (const Error &e) {
        emit editFailed(e.message());
        return false;
    }
}

void SnapshotPane::sidesChanged()
{
    Portrait before, after;
    QString beforeTitle, afterTitle;
    if (m_list->rowCount() == 0 || !portraitOf(m_before->currentData().toLongLong(), &before, &beforeTitle) ||
        !portraitOf(m_after->currentData().toLongLong(), &after, &afterTitle)) {
        m_comparison->clear();
        m_summary->setText(m_current.department.isEmpty() ? QString()
                                                          : tr("还没有快照：先保存当前画像，以后再比较。"));
        return;
    }
    m_comparison->compare(before, beforeTitle, after, afterTitle);
    m_summary->setText(tr("%n 项有变化", nullptr, m_comparison->changedCount()));
}

} // namespace portrait
