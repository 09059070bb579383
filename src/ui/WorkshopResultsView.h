// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "workshop/AgreementResult.h"

#include <QWidget>

class QLabel;
class QListView;
class QStringListModel;
class QTableView;

namespace portrait {

class AgreementHeatMapModel;

// The outcome of a workshop round: 一致度 (κ and AC1, with the gain of the re-vote), the heat map
// positions × nodes and the disagreements to discuss first. Shared by the 共创会 panel and the
// presentation window, which shows it in large type.
class WorkshopResultsView : public QWidget
{
    Q_OBJECT
public:
    explicit WorkshopResultsView(QWidget *parent = nullptr);

    // `initial` is always shown; `revote`, when given, is the round shown in the map.
    void setResults(const AgreementResult &initial, const std::optional<AgreementResult> &revote,
                    const QHash<QString, QString> &names);
    void setPointSize(int points);

    AgreementHeatMapModel *heatMap() const { return m_heatMap; }
    QStringListModel *disagreements() const { return m_disagreements; }
    QString metricsText() const;

private:
    QLabel *m_metrics;
    QTableView *m_table;
    QListView *m_list;
    AgreementHeatMapModel *m_heatMap;
    QStringListModel *m_disagreements;
};

} // namespace portrait
