// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "workshop/WorkshopDecision.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace portrait {

class AdoptionDecisionModel;
class AdoptionDraft;

// The department head confirms the workshop's outcome (domain.md §10.3): the draft list with a
// tick per node, priorities, reasons, accepted new kinds with their parent, date and approver.
// Accepting checks the head's choices and keeps the decision for the caller to apply.
class WorkshopAdoptDialog : public QDialog
{
    Q_OBJECT
public:
    WorkshopAdoptDialog(const WorkshopSession &session, const AdoptionDraft &draft,
                        const QHash<QString, QString> &names, QWidget *parent = nullptr);

    AdoptionDecisionModel *model() const { return m_model; }
    const WorkshopDecision &decision() const { return m_decision; }

public slots:
    void accept() override;

private:
    AdoptionDecisionModel *m_model;
    QTableView *m_table;
    QLineEdit *m_approver;
    QDateEdit *m_date;
    QLabel *m_error;
    WorkshopDecision m_decision;
};

} // namespace portrait
