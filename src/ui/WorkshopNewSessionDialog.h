// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "storage/WorkshopRepository.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace portrait {

// Prepares a workshop session at the facilitator's machine (domain.md §10.1): title, date,
// place, facilitator, department, votes per participant, the nodes offered (the department's
// scope ticked by default) and the participants with their positions, picked from the
// department's positions or typed new. Accepting checks the entries and keeps the session for
// the caller to store (ImportWorkshopCommand, which creates the new positions).
class WorkshopNewSessionDialog : public QDialog
{
    Q_OBJECT
public:
    // What the dialog offers to choose from, read by the caller from the workspace.
    struct Choices
    {
        QList<WorkshopRepository::Named> departments, taxonomy;
        QHash<QString, QStringList> positions, scopes; // department → names, nodes
    };
    static Choices choices(Database &db);

    explicit WorkshopNewSessionDialog(Choices choices, QWidget *parent = nullptr);

    const WorkshopSession &session() const { return m_session; }

    // For tests and the caller: fill the form as a user would.
    void setDepartment(const QString &code);
    void setTitle(const QString &title);
    int addParticipant(const QString &name, const QString &position,
                       const QString &role = QStringLiteral("member"));
    QComboBox *positionEditor(int row) const;
    QListWidget *offeredList() const { return m_offered; }

public slots:
    void accept() override;

private:
    void departmentChanged();
    QString checkEntries();

    Choices m_choices;
    QLineEdit *m_title, *m_place, *m_facilitator;
    QDateEdit *m_date;
    QComboBox *m_department;
    QSpinBox *m_votes;
    QTableWidget *m_people;
    QListWidget *m_offered;
    QLabel *m_error;
    bool m_titleTyped = false; // until then the title follows the department
    WorkshopSession m_session;
};

} // namespace portrait
