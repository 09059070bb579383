// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/ClassificationStatus.h"

#include "ui/Reclassifier.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTime>
#include <QTimer>
#include <QToolButton>

namespace portrait {

ClassificationStatus::ClassificationStatus(Reclassifier *reclassifier, QWidget *parent)
    : QWidget(parent), m_text(new QLabel), m_bar(new QProgressBar), m_cancel(new QToolButton)
{
    setObjectName(QStringLiteral("classificationStatus"));
    m_bar->setMaximumWidth(160);
    m_bar->setMaximumHeight(14);
    m_bar->setTextVisible(false);
    m_cancel->setText(tr("取消"));
    m_cancel->setToolTip(tr("停止这次重新分类；已存的分类结果保持不变"));
    m_cancel->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->hide();
    m_cancel->hide();

    auto *hide = new QTimer(this);
    hide->setSingleShot(true);
    hide->setInterval(6000);
    connect(hide, &QTimer::timeout, m_text, &QLabel::clear);
    connect(m_cancel, &QToolButton::clicked, reclassifier, &Reclassifier::cancel);
    connect(reclassifier, &Reclassifier::started, this, [this, hide] {
        hide->stop();
        m_text->setText(tr("正在重新分类…"));
        m_bar->setRange(0, 0);
        m_bar->show();
        m_cancel->show();
    });
    connect(reclassifier, &Reclassifier::progressChanged, this, [this](qint64 done, qint64 total) {
        if (total <= 0)
            return;
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(1000 * done / total));
        m_text->setText(tr("正在重新分类 %1 / %2 户").arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(reclassifier, &Reclassifier::finished, this, [this, hide](bool completed, const QString &error) {
        m_bar->hide();
        m_cancel->hide();
        if (completed)
            m_text->setText(tr("分类已更新 %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm"))));
        else
            m_text->setText(error.isEmpty() ? tr("已取消重新分类") : tr("重新分类失败：%1").arg(error));
        hide->start();
    });
    connect(reclassifier, &QObject::destroyed, this, &QObject::deleteLater);
}

} // namespace portrait
