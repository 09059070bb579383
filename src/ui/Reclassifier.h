// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QObject>
#include <QTimer>

namespace portrait {

class BackgroundJob;
class Workspace;

// Keeps a workspace's stored classification current. One per workspace (a child of it):
// after rules, the taxonomy, the data date or the customer set change, every customer is
// re-classified in the background on a connection of its own, with progress and cancel; an
// edited customer (or a new manual override) is re-classified at once on the window's
// connection. Views learn of new results through tableChanged("classifications") or
// customerClassified().
class Reclassifier : public QObject
{
    Q_OBJECT
public:
    static Reclassifier *of(Workspace *workspace);

    Workspace *workspace() const { return m_workspace; }
    bool isRunning() const;
    // Re-classifies a single customer now; false with a message on failure.
    bool classifyCustomer(qint64 id, QString *error = nullptr);

public slots:
    void classifyAll();
    // Runs classifyAll() after a short pause, so a burst of edits costs one run.
    void scheduleAll();
    void cancel();

signals:
    void started();
    void progressChanged(qint64 done, qint64 total);
    // completed is false when cancelled or failed (error then says why).
    void finished(bool completed, const QString &error);
    void customerClassified(qint64 id);

private:
    explicit Reclassifier(Workspace *workspace);

    Workspace *m_workspace;
    BackgroundJob *m_job = nullptr;
    bool m_again = false;
    QTimer m_delay;
};

} // namespace portrait
