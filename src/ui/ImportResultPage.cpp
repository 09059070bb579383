// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/ImportResultPage.h"

#include "core/Error.h"
#include "models/ImportIssueModel.h"
#include "ui/ImportWizard.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace portrait {

ImportResultPage::ImportResultPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_headline(new QLabel), m_summary(new QLabel),
      m_notes(new QLabel), m_issues(new ImportIssueModel(this)), m_view(new QTableView),
      m_save(new QPushButton(tr("保存问题列表…"))), m_import(new QPushButton(tr("正式导入"))),
      m_change(new QPushButton(tr("修改选项")))
{
    setTitle(tr("导入结果"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setWordWrap(true);
    m_notes->setForegroundRole(QPalette::PlaceholderText);
    m_view->setModel(m_issues);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ImportIssueModel::ReasonColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(ImportIssueModel::LineColumn, 70);
    m_view->setColumnWidth(ImportIssueModel::ColumnColumn, 120);
    m_view->setColumnWidth(ImportIssueModel::ValueColumn, 160);
    m_view->setColumnWidth(ImportIssueModel::LevelColumn, 60);
    m_import->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, [this] { saveIssues(); });
    connect(m_import, &QPushButton::clicked, this, [this] {
        m_wizard->requestRun(false);
        m_wizard->back(); // the run page starts the real import
    });
    connect(m_change, &QPushButton::clicked, m_wizard, &ImportWizard::backToOptions);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(m_change);
    buttons->addWidget(m_import);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_summary);
    layout->addWidget(m_notes);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
}

void ImportResultPage::initializePage()
{
    const ImportReport &r = m_wizard->report();
    const bool dry = m_wizard->lastRunWasDry();
    const QString error = m_wizard->runError();
    bool clean = false;
    if (!error.isEmpty()) {
        m_headline->setText(tr("没有导入：%1").arg(error));
    } else if (r.cancelled) {
        m_headline->setText(tr("已取消，没有写入任何数据。"));
    } else if (!r.refusal.isEmpty()) {
        m_headline->setText(tr("没有导入：%1").arg(r.refusal));
    } else if (dry) {
        m_headline->setText(tr("试运行完成，没有写入任何数据。"));
        clean = true;
    } else {
        m_headline->setText(tr("导入完成（批次 %1）。").arg(r.batchId));
    }
    m_headline->setStyleSheet(clean || (r.written && error.isEmpty())
                                  ? QString()
                                  : QStringLiteral("color: #c0392b;"));
    m_summary->setText(error.isEmpty() ? (dry ? tr("试运行：%1").arg(r.summary()) : r.summary())
                                       : QString());
    m_summary->setVisible(error.isEmpty());
    QStringList notes = r.notes;
    if (r.issues.size() < r.rejected + r.warnings)
        notes << tr("只列出前 %n 个问题", nullptr, int(r.issues.size()));
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
    m_issues->setIssues(r.issues);
    m_view->setVisible(!r.issues.isEmpty());
    m_save->setVisible(!r.issues.isEmpty());
    m_import->setVisible(clean);
    m_import->setText(r.rejected > 0 ? tr("正式导入有效的行") : tr("正式导入"));
    m_change->setVisible(!r.written || dry);
    if (r.written && !dry)
        setSubTitle(tr("可以在“工具 → 导入历史”里撤销这次导入。"));
    else if (clean)
        setSubTitle(tr("检查了整个文件。确认无误后点“正式导入”，或修改选项后再试。"));
    else
        setSubTitle(tr("工作区没有改变。可以保存问题列表，修正文件或修改选项后再导入。"));
    m_wizard->setButtonText(QWizard::FinishButton, r.written && !dry ? tr("完成") : tr("关闭"));
}

void ImportResultPage::saveIssues(const QString &given)
{
    QString path = given;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("保存问题列表"),
                                            QFileInfo(m_wizard->filePath()).completeBaseName() +
                                                QStringLiteral("-问题.csv"),
                                            tr("CSV 文件 (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        m_issues->writeCsv(path);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("保存问题列表"), e.message());
    }
}

} // namespace portrait
