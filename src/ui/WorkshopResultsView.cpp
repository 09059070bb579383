// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/WorkshopResultsView.h"

#include "models/AgreementHeatMapModel.h"
#include "workshop/AgreementMetrics.h"

#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

namespace portrait {

namespace {

QString number(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 2) : QStringLiteral("—");
}

QString signedNumber(const std::optional<double> &v)
{
    return v ? (*v >= 0 ? QStringLiteral("+") : QString()) + QString::number(*v, 'f', 2)
             : QStringLiteral("—");
}

} // namespace

WorkshopResultsView::WorkshopResultsView(QWidget *parent)
    : QWidget(parent), m_metrics(new QLabel(this)), m_table(new QTableView(this)),
      m_list(new QListView(this)), m_heatMap(new AgreementHeatMapModel(this)),
      m_disagreements(new QStringListModel(this))
{
    m_metrics->setObjectName(QStringLiteral("workshopMetrics"));
    m_metrics->setWordWrap(true);
    m_table->setModel(m_heatMap);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setModel(m_disagreements);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *disagreementsTitle =
        new QLabel(tr("优先讨论的分歧（一致度低于 75%，最分裂的在前）"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_metrics);
    layout->addWidget(m_table, 3);
    layout->addWidget(disagreementsTitle);
    layout->addWidget(m_list, 1);
}

void WorkshopResultsView::setResults(const AgreementResult &initial,
                                     const std::optional<AgreementResult> &revote,
                                     const QHash<QString, QString> &names)
{
    QString text = tr("初评一致度：κ = %1 · AC1 = %2 · %3 位参与者 · %4 个分类")
                       .arg(number(initial.kappa), number(initial.ac1))
                       .arg(initial.raters)
                       .arg(initial.subjects);
    if (!initial.kappa && initial.raters >= 2 && initial.subjects > 0)
        text += tr("（答案完全相同，κ 无法计算）");
    if (revote) {
        const AgreementGain gain = AgreementMetrics::gain(initial, *revote);
        text += QLatin1Char('\n') + tr("复评一致度：κ = %1（%2）· AC1 = %3（%4）")
                                        .arg(number(revote->kappa), signedNumber(gain.kappa),
                                             number(revote->ac1), signedNumber(gain.ac1));
    }
    m_metrics->setText(text);
    const AgreementResult &shown = revote ? *revote : initial;
    m_heatMap->setResult(shown, names);
    QStringList lines;
    for (const QString &code : shown.disagreements) {
        const NodeAgreement *n = shown.node(code);
        lines << tr("%1 %2 — %3/%4 选择，一致度 %5%")
                     .arg(code, names.value(code))
                     .arg(n->included)
                     .arg(n->raters)
                     .arg(qRound(n->agreement * 100));
    }
    m_disagreements->setStringList(lines);
}

QString WorkshopResultsView::metricsText() const
{
    return m_metrics->text();
}

void WorkshopResultsView::setPointSize(int points)
{
    QFont f = font();
    f.setPointSize(points);
    setFont(f);
    QFont bold = f;
    bold.setBold(true);
    m_metrics->setFont(bold);
}

} // namespace portrait
