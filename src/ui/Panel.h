// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QWidget>

namespace portrait {

class Workspace;

// One page of the main window's sidebar: an editor over the open workspace, with a title line
// that says what the page is for. Panels report edits that failed (editFailed), never swallow
// them, and can ask the window to show another panel.
class Panel : public QWidget
{
    Q_OBJECT
public:
    explicit Panel(Workspace *workspace, QWidget *parent = nullptr);

    Workspace *workspace() const { return m_workspace; }
    // Moves the keyboard focus to the panel's search box (Ctrl+F).
    virtual void focusSearch() = 0;

signals:
    void editFailed(const QString &message);
    void panelRequested(int index);

protected:
    // Lays out the page: title, one line of explanation, then the content.
    void setContent(const QString &title, const QString &description, QWidget *content);

    // Forwards a model's or pane's editFailed signal.
    template<typename Source>
    void forwardErrors(Source *source)
    {
        connect(source, &Source::editFailed, this, &Panel::editFailed);
    }

private:
    Workspace *m_workspace;
};

} // namespace portrait
