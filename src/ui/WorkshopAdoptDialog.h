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
// tick per node, priorities, reasons, accepted new kinds with their parent, date and approver;
// below it the position-level assignment (岗位级定位), a matrix of the adopted rows × the
// positions in which the head confirms or changes which positions are 主责 and 协同 for each
// segment, with the positions left without a segment flagged. Accepting checks the head's
// choices and keeps the decision for the caller to apply.
class WorkshopAdoptDialog : public QDialog
{
    Q_OBJECT
public:
    WorkshopAdoptDialog(const WorkshopSession &session, const AdoptionDraft &draft,
                        const QHash<QString, QString> &names, QWidget *parent = nullptr);

    AdoptionDecisionModel *model() const { return m_model; }
    QTableView *assignmentView() const { return m_assignments; }
    const WorkshopDecision &decision() const { return m_decision; }

public slots:
    void accept() override;

private:
    void updateAssignments();

    AdoptionDecisionModel *m_model;
    QTableView *m_table, *m_assignments;
    QLabel *m_flag;
    QLineEdit *m_approver;
    QDateEdit *m_date;
    QLabel *m_error;
    WorkshopDecision m_decision;
};

} // namespace portrait
