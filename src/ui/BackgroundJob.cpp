// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/BackgroundJob.h"

#include "core/Error.h"
#include "core/Workspace.h"
#include "io/ImportOptions.h"

#include <QThread>

namespace portrait {

class BackgroundJob::Sink : public ProgressSink
{
public:
    explicit Sink(BackgroundJob *job) : m_job(job) {}
    bool progress(qint64 done, qint64 total) override
    {
        m_job->m_done = done;
        m_job->m_total = total;
        return !m_job->m_cancel;
    }

private:
    BackgroundJob *m_job;
};

BackgroundJob::BackgroundJob(QString path, Database::Mode mode, Work work, QObject *parent)
    : QObject(parent), m_path(std::move(path)), m_mode(mode), m_work(std::move(work))
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &BackgroundJob::poll);
}

BackgroundJob::~BackgroundJob()
{
    // The work captures this object (progress, error): never let it outlive us.
    cancel();
    wait();
    delete m_thread;
}

void BackgroundJob::start()
{
    if (isRunning())
        return;
    m_error.clear();
    m_done = 0;
    m_total = 0;
    m_cancel = false;
    m_poll.start();
    m_thread = QThread::create([this] {
        try {
            Sink sink(this);
            if (m_mode == Database::Mode::ReadOnly) {
                auto db = Database::open(m_path, m_mode);
                m_work(*db, &sink);
            } else {
                // Workspace::open configures the connection as the window's (foreign keys, WAL).
                auto workspace = Workspace::open(m_path);
                m_work(workspace->db(), &sink);
            }
        } catch (const Error &e) {
            m_error = e.message();
        } catch (const std::exception &e) {
            m_error = QString::fromUtf8(e.what());
        }
    });
    // Owned by the job as well, so a thread whose deleteLater() never ran (the application quit
    // first) is still deleted with the job.
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_poll.stop();
        poll();
        emit finished(m_error);
    });
    m_thread->start();
}

bool BackgroundJob::isRunning() const
{
    return m_thread != nullptr;
}

void BackgroundJob::cancel()
{
    m_cancel = true;
}

void BackgroundJob::wait()
{
    if (m_thread)
        m_thread->wait();
}

void BackgroundJob::poll()
{
    emit progressChanged(m_done, m_total);
}

} // namespace portrait
