// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "storage/Database.h"

#include <QObject>
#include <QTimer>
#include <atomic>
#include <functional>

class QThread;

namespace portrait {

class ProgressSink;

// Runs long work (import, export, duplicate search, revert) in a thread of its own on its OWN
// connection to the workspace file, because a SQLite connection belongs to one thread at a time.
// The window stays responsive: progress is polled from atomics ten times a second rather than
// sent per row, and cancel() makes the work's ProgressSink return false. The work reports its
// result through whatever it captured; finished() says whether it threw, with the message.
class BackgroundJob : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<void(Database &db, ProgressSink *progress)>;

    // mode: ReadOnly, or ReadWrite for work that writes (opened as a Workspace would be).
    BackgroundJob(QString path, Database::Mode mode, Work work, QObject *parent = nullptr);
    ~BackgroundJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    bool isCancelled() const { return m_cancel; }
    // Blocks until the work is done (used when a dialog closes while it runs).
    void wait();

signals:
    void progressChanged(qint64 done, qint64 total);
    // error is empty when the work completed (or stopped early after cancel()).
    void finished(const QString &error);

private:
    class Sink;
    void poll();

    QString m_path;
    Database::Mode m_mode;
    Work m_work;
    QString m_error;
    std::atomic<qint64> m_done{0}, m_total{0};
    std::atomic<bool> m_cancel{false};
    QThread *m_thread = nullptr;
    QTimer m_poll;
};

} // namespace portrait
