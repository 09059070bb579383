// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "workshop/AdoptionDraft.h"
#include "workshop/AgreementMetrics.h"

#include <QHash>
#include <QJsonObject>

class QTextStream;

namespace portrait {

class Database;

// What `workshop summary` prints for one session: agreement of the first answers (and the gain of
// the re-vote), per node and per position, the disagreements to discuss first, the adoption draft
// and the pain points. JSON with codes and English keys; plain text with names in the interface
// language.
class WorkshopSummaryPrinter
{
public:
    WorkshopSummaryPrinter(Database &db, qint64 session); // throws portrait::Error

    QJsonObject toJson() const;
    void print(QTextStream &out) const;

    QString nodeName(const QString &code) const;
    QString nodeNames(const QStringList &codes) const; // "E2.2 储能运营商、E2.4 …"
    static QString statusName(const QString &status);

private:
    QJsonObject measuresJson(const AgreementResult &r) const;
    static QString reading(const std::optional<double> &kappa);

    WorkshopSession m_session;
    QString m_department;
    QHash<QString, QString> m_names;
    AgreementResult m_initial;
    std::optional<AgreementResult> m_revote;
    std::optional<AdoptionDraft> m_draft;
};

} // namespace portrait
