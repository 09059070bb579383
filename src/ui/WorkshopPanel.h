// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "ui/Panel.h"
#include "workshop/Workshop.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QSpinBox;

namespace portrait {

class WorkshopPainPointView;
class WorkshopPresentation;
class WorkshopResultsView;
class WorkshopSessionModel;

// The 共创会 panel: the workspace's sessions on the left, a new one prepared in a dialog or
// imported; for the selected one its 一致度, the heat map positions × nodes and the
// disagreements, the presentation mode for the projector (round, anonymous, minutes per round)
// where answers are entered in turn, the pain-point round, and the head's adoption of the draft
// list as the department's scope and position assignments. Import and export use the
// portrait-workshop JSON file; every change is an undo step.
class WorkshopPanel : public Panel
{
    Q_OBJECT
public:
    explicit WorkshopPanel(Workspace *workspace, QWidget *parent = nullptr);

    void focusSearch() override;

    qint64 currentSession() const;
    void selectSession(qint64 id);
    // The actions behind the buttons, without their file dialogs and confirmation, for tests.
    bool importFile(const QString &path, QString *error = nullptr);
    bool exportFile(const QString &path, QString *error = nullptr);
    bool adoptDraft(bool askHead = true);
    WorkshopPresentation *openPresentation(bool fullScreen = true);
    // Stores a session prepared in the new-session dialog (one undo step) and selects it.
    bool createSession(const WorkshopSession &session, QString *error = nullptr);
    // The pain-point round in a window of its own, for the facilitator's machine.
    WorkshopPainPointView *openPainPoints();

    WorkshopResultsView *results() const { return m_results; }
    WorkshopSessionModel *sessions() const { return m_sessions; }

private:
    QWidget *buildDetail();
    void refresh();

    WorkshopSessionModel *m_sessions;
    QListView *m_list;
    QLabel *m_header;
    QComboBox *m_round;
    QCheckBox *m_anonymous;
    QSpinBox *m_minutes;
    QPushButton *m_present, *m_painPoints, *m_adopt, *m_export;
    WorkshopResultsView *m_results;
    qint64 m_keep = 0; // the selected session across a reload of the list
};

} // namespace portrait
