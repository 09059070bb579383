// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/WorkshopPanel.h"

#include "commands/AdoptWorkshopCommand.h"
#include "commands/ImportWorkshopCommand.h"
#include "core/Error.h"
#include "core/Workspace.h"
#include "io/WorkshopReader.h"
#include "io/WorkshopWriter.h"
#include "models/WorkshopPainPointModel.h"
#include "models/WorkshopSessionModel.h"
#include "storage/WorkshopRepository.h"
#include "ui/WorkshopAdoptDialog.h"
#include "ui/WorkshopNewSessionDialog.h"
#include "ui/WorkshopPainPointView.h"
#include "ui/WorkshopPresentation.h"
#include "ui/WorkshopResultsView.h"
#include "workshop/AdoptionDraft.h"
#include "workshop/AgreementMetrics.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialog>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>

namespace portrait {

WorkshopPanel::WorkshopPanel(Workspace *workspace, QWidget *parent)
    : Panel(workspace, parent), m_sessions(new WorkshopSessionModel(workspace, this)),
      m_list(new QListView(this)), m_results(new WorkshopResultsView(this))
{
    m_list->setModel(m_sessions);
    m_list->setObjectName(QStringLiteral("workshopSessions"));
    auto *newButton = new QPushButton(tr("新建…"), this);
    newButton->setObjectName(QStringLiteral("newSession"));
    connect(newButton, &QPushButton::clicked, this, [this] {
        WorkshopNewSessionDialog dialog(WorkshopNewSessionDialog::choices(this->workspace()->db()),
                                        this);
        QString error;
        if (dialog.exec() == QDialog::Accepted && !createSession(dialog.session(), &error))
            QMessageBox::warning(this, tr("新建共创会"), error);
    });
    auto *importButton = new QPushButton(tr("导入…"), this);
    m_export = new QPushButton(tr("导出…"), this);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("导入共创会"), QString(),
                                                          tr("共创会文件 (*.json)"));
        QString error;
        if (!path.isEmpty() && !importFile(path, &error))
            QMessageBox::warning(this, tr("导入共创会"), error);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("导出共创会"), QString(),
                                                          tr("共创会文件 (*.json)"));
        QString error;
        if (!path.isEmpty() && !exportFile(path, &error))
            QMessageBox::warning(this, tr("导出共创会"), error);
    });
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(newButton);
    fileButtons->addWidget(importButton);
    fileButtons->addWidget(m_export);
    leftLayout->addLayout(fileButtons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(buildDetail());
    splitter->setStretchFactor(1, 3);
    setContent(tr("共创会"),
               tr("团队一起回答“谁是我们的客户？”：度量认知错位（一致度 κ 与 AC1、岗位分歧），"
                  "在投影上演示，采纳结果为部门客户清单与岗位定位（证据：共创）。"),
               splitter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &WorkshopPanel::refresh);
    connect(m_sessions, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keep = currentSession(); });
    connect(m_sessions, &QAbstractItemModel::modelReset, this, [this] {
        if (m_keep > 0 && m_sessions->rowOf(m_keep) >= 0)
            selectSession(m_keep);
        refresh();
    });
    connect(workspace, &Workspace::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("workshop_answers"))
            refresh();
    });
    if (m_sessions->rowCount() > 0)
        m_list->setCurrentIndex(m_sessions->index(m_sessions->rowCount() - 1));
    refresh();
}

QWidget *WorkshopPanel::buildDetail()
{
    auto *detail = new QWidget(this);
    m_header = new QLabel(detail);
    m_header->setObjectName(QStringLiteral("workshopHeader"));
    m_header->setWordWrap(true);
    m_round = new QComboBox(detail);
    m_round->addItem(tr("初评"), int(WorkshopRound::Initial));
    m_round->addItem(tr("复评"), int(WorkshopRound::Revote));
    m_anonymous = new QCheckBox(tr("匿名"), detail);
    m_minutes = new QSpinBox(detail);
    m_minutes->setRange(1, 120);
    m_minutes->setValue(10);
    m_minutes->setSuffix(tr(" 分钟"));
    m_present = new QPushButton(tr("演示模式"), detail);
    m_painPoints = new QPushButton(tr("痛点环节…"), detail);
    m_adopt = new QPushButton(tr("采纳草案…"), detail);
    connect(m_present, &QPushButton::clicked, this, [this] { openPresentation(); });
    connect(m_painPoints, &QPushButton::clicked, this, [this] { openPainPoints(); });
    connect(m_adopt, &QPushButton::clicked, this, [this] { adoptDraft(); });
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("轮次"), detail));
    bar->addWidget(m_round);
    bar->addWidget(m_anonymous);
    bar->addWidget(new QLabel(tr("每轮"), detail));
    bar->addWidget(m_minutes);
    bar->addWidget(m_present);
    bar->addWidget(m_painPoints);
    bar->addStretch(1);
    bar->addWidget(m_adopt);
    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addLayout(bar);
    layout->addWidget(m_results, 1);
    return detail;
}

void WorkshopPanel::focusSearch()
{
    m_list->setFocus();
}

qint64 WorkshopPanel::currentSession() const
{
    return m_list->currentIndex().data(WorkshopSessionModel::IdRole).toLongLong();
}

void WorkshopPanel::selectSession(qint64 id)
{
    m_list->setCurrentIndex(m_sessions->index(m_sessions->rowOf(id)));
}

void WorkshopPanel::refresh()
{
    const qint64 id = currentSession();
    for (QWidget *w : {static_cast<QWidget *>(m_present), static_cast<QWidget *>(m_painPoints),
                       static_cast<QWidget *>(m_adopt), static_cast<QWidget *>(m_export)})
        w->setEnabled(id > 0);
    if (id <= 0) {
        m_header->setText(
            tr("还没有共创会 — 新建一场（在主持人电脑上轮流录入答案），或导入参与者事先填写的"
               "共创会文件（portrait-workshop JSON）。"));
        m_results->setResults({}, std::nullopt, {});
        return;
    }
    WorkshopRepository repository(workspace()->db());
    const WorkshopSession s = repository.load(id);
    m_header->setText(tr("%1 · 部门 %2 · %3 · 主持 %4 · %5 位参与者")
                          .arg(s.title, s.department, s.date,
                               s.facilitator.isEmpty() ? tr("未填") : s.facilitator)
                          .arg(s.participants.size()));
    std::optional<AgreementResult> revote;
    if (s.hasRevote())
        revote = AgreementMetrics::measure(s, WorkshopRound::Revote);
    m_results->setResults(AgreementMetrics::measure(s, WorkshopRound::Initial), revote,
                          repository.nodeNames());
}

bool WorkshopPanel::importFile(const QString &path, QString *error)
{
    try {
        WorkshopSession s =
            WorkshopReader::readFile(path, WorkshopReader::vocabulary(workspace()->db()));
        auto *command =
            new ImportWorkshopCommand(workspace(), s, tr("导入共创会「%1」").arg(s.title));
        if (!workspace()->execute(command, error))
            return false;
        selectSession(command->sessionId());
        return true;
    } catch (const Error &e) {
        if (error)
            *error = e.message();
        return false;
    }
}

bool WorkshopPanel::createSession(const WorkshopSession &session, QString *error)
{
    auto *command =
        new ImportWorkshopCommand(workspace(), session, tr("新建共创会「%1」").arg(session.title));
    if (!workspace()->execute(command, error))
        return false;
    selectSession(command->sessionId());
    return true;
}

WorkshopPainPointView *WorkshopPanel::openPainPoints()
{
    const qint64 id = currentSession();
    if (id <= 0)
        return nullptr;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *view = new WorkshopPainPointView(workspace(), id, m_anonymous->isChecked(), dialog);
    dialog->setWindowTitle(tr("痛点环节 — %1").arg(view->model()->session().title));
    connect(view, &WorkshopPainPointView::editFailed, this, &Panel::editFailed);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view);
    dialog->resize(1000, 600);
    dialog->show();
    return view;
}

bool WorkshopPanel::exportFile(const QString &path, QString *error)
{
    try {
        WorkshopWriter::writeFile(WorkshopRepository(workspace()->db()).load(currentSession()),
                                  path);
        return true;
    } catch (const Error &e) {
        if (error)
            *error = e.message();
        return false;
    }
}

bool WorkshopPanel::adoptDraft(bool askHead)
{
    const qint64 id = currentSession();
    if (id <= 0)
        return false;
    try {
        WorkshopRepository repository(workspace()->db());
        const WorkshopSession s = repository.load(id);
        const AdoptionDraft draft(s, s.hasRevote() ? WorkshopRound::Revote : WorkshopRound::Initial,
                                  repository.positions(s.department));
        WorkshopDecision decision = draft.decision(QDate::currentDate().toString(Qt::ISODate), {});
        if (askHead) {
            WorkshopAdoptDialog dialog(s, draft, repository.nodeNames(), this);
            if (dialog.exec() != QDialog::Accepted)
                return false;
            decision = dialog.decision();
        }
        QString error;
        auto *command =
            new AdoptWorkshopCommand(workspace(), decision, tr("采纳共创会「%1」").arg(s.title));
        if (!workspace()->execute(command, &error)) {
            emit editFailed(error);
            return false;
        }
        return true;
    } catch (const Error &e) {
        emit editFailed(e.message());
        return false;
    }
}

WorkshopPresentation *WorkshopPanel::openPresentation(bool fullScreen)
{
    const qint64 id = currentSession();
    if (id <= 0)
        return nullptr;
    try {
        WorkshopPresentation::Options options;
        options.round = WorkshopRound(m_round->currentData().toInt());
        options.anonymous = m_anonymous->isChecked();
        options.secondsPerRound = m_minutes->value() * 60;
        auto *window = new WorkshopPresentation(workspace(), id, options, this);
        connect(window, &WorkshopPresentation::editFailed, this, &Panel::editFailed);
        if (fullScreen)
            window->showFullScreen();
        else
            window->show();
        return window;
    } catch (const Error &e) {
        emit editFailed(e.message());
        return nullptr;
    }
}

} // namespace portrait
