// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/ImportRunPage.h"

#include "ui/ImportWizard.h"

#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace portrait {

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_status(new QLabel), m_bar(new QProgressBar),
      m_cancel(new QPushButton(tr("取消导入")))
{
    setTitle(tr("正在导入"));
    m_bar->setRange(0, 1000);
    m_bar->setMinimumWidth(420);
    m_cancel->setToolTip(tr("停止导入；已读的部分全部撤回，工作区保持导入前的样子"));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_status->setText(tr("正在取消…"));
        m_wizard->cancelImport();
    });
    connect(wizard, &QWizard::currentIdChanged, this, &ImportRunPage::pageShown);
    connect(wizard, &ImportWizard::progressChanged, this, &ImportRunPage::showProgress);
    connect(wizard, &ImportWizard::importFinished, this, &ImportRunPage::finished);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_status);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel, 0, Qt::AlignRight);
    layout->addStretch(2);
}

bool ImportRunPage::isComplete() const
{
    return false; // the wizard moves on by itself
}

void ImportRunPage::pageShown(int id)
{
    if (id != ImportWizard::RunPage || !m_wizard->takeRunRequest())
        return;
    const bool dry = m_wizard->lastRunWasDry();
    setTitle(dry ? tr("正在试运行") : tr("正在导入"));
    setSubTitle(dry ? tr("检查整个文件，不写入任何数据。")
                    : tr("导入在后台进行，可以随时取消；取消后工作区保持导入前的样子。"));
    m_status->setText(tr("正在读取 %1…").arg(QFileInfo(m_wizard->filePath()).fileName()));
    m_bar->setValue(0);
    m_cancel->setEnabled(true);
    m_clock.start();
    m_wizard->startImport(dry);
}

void ImportRunPage::showProgress(qint64 done, qint64 total)
{
    if (total <= 0 || !m_cancel->isEnabled())
        return;
    m_bar->setValue(int(done * 1000 / total));
    const double seconds = m_clock.elapsed() / 1000.0;
    const QLocale locale;
    m_status->setText(tr("已读取 %1 / %2%3")
                          .arg(locale.formattedDataSize(done), locale.formattedDataSize(total),
                               seconds > 1 ? tr("（%1/秒）").arg(locale.formattedDataSize(qint64(done / seconds)))
                                           : QString()));
}

void ImportRunPage::finished()
{
    if (m_wizard->currentId() != ImportWizard::RunPage)
        return;
    m_bar->setValue(m_bar->maximum());
    m_wizard->next();
}

} // namespace portrait
