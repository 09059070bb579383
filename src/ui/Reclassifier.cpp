// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/Reclassifier.h"

#include "core/AttributeDictionary.h"
#include "core/Error.h"
#include "core/Workspace.h"
#include "engine/ClassificationEngine.h"
#include "engine/Progress.h"
#include "io/ImportOptions.h"
#include "storage/ClassificationRepository.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"
#include "ui/BackgroundJob.h"

namespace portrait {

namespace {

// The engine's progress interface over the job's sink: progress and cancel in one.
class JobProgress : public Progress
{
public:
    explicit JobProgress(ProgressSink *sink) : m_sink(sink) {}
    void setProgress(qint64 done, qint64 total) override { m_go = m_sink->progress(done, total); }
    bool isCancelled() const override { return !m_go; }

private:
    ProgressSink *m_sink;
    bool m_go = true;
};

QDate dataDate(Database &db)
{
    Statement st(db, "SELECT value FROM settings WHERE key = 'data_date'");
    const QDate d = st.step() ? QDate::fromString(st.text(0), Qt::ISODate) : QDate();
    return d.isValid() ? d : QDate::currentDate();
}

// Classifies the given customer (or all) and stores the result.
bool classify(Database &db, std::optional<qint64> only, Progress *progress)
{
    const Config config = ConfigRepository::load(db);
    const AttributeDictionary dictionary = AttributeDictionary::load(db);
    CustomerFrame frame = ClassificationRepository::loadFrame(
        db, dictionary, ClassificationRepository::attributesUsed(config.rules), only);
    const ClassificationEngine engine(
        frame, ClassificationSetup::fromConfig(config, dataDate(db), ClassificationRepository::overrides(db)));
    const std::optional<ClassificationResult> result = engine.run(progress);
    if (!result)
        return false;
    frame.dropValues(); // the engine is done with them
    if (only) {
        std::vector<size_t> rows;
        for (size_t r = 0; r < frame.rowCount(); ++r)
            rows.push_back(r);
        ClassificationRepository::storeRows(db, frame, *result, rows);
    } else {
        ClassificationRepository::store(db, frame, *result);
    }
    return true;
}

} // namespace

Reclassifier *Reclassifier::of(Workspace *workspace)
{
    if (auto *existing = workspace->findChild<Reclassifier *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new Reclassifier(workspace);
}

Reclassifier::Reclassifier(Workspace *workspace) : QObject(workspace), m_workspace(workspace)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(1500);
    connect(&m_delay, &QTimer::timeout, this, &Reclassifier::classifyAll);
    connect(workspace, &Workspace::tableChanged, this, [this](const QString &table) {
        static const QStringList inputs{QStringLiteral("rules"), QStringLiteral("taxonomy"),
                                        QStringLiteral("customers"), QStringLiteral("settings"),
                                        QStringLiteral("needs"), QStringLiteral("stages")};
        if (inputs.contains(table))
            scheduleAll();
    });
    connect(workspace, &Workspace::reloaded, this, &Reclassifier::scheduleAll);
    connect(workspace, &Workspace::customerChanged, this, [this](qint64 id) { classifyCustomer(id); });
}

bool Reclassifier::isRunning() const
{
    return m_job && m_job->isRunning();
}

bool Reclassifier::classifyCustomer(qint64 id, QString *error)
{
    if (m_workspace->isReadOnly())
        return false;
    try {
        classify(m_workspace->db(), id, nullptr);
    } catch (const Error &e) {
        if (error)
            *error = e.message();
        return false;
    }
    emit customerClassified(id);
    return true;
}

void Reclassifier::scheduleAll()
{
    if (!m_workspace->isReadOnly())
        m_delay.start();
}

void Reclassifier::cancel()
{
    m_delay.stop();
    m_again = false;
    if (m_job)
        m_job->cancel();
}

void Reclassifier::classifyAll()
{
    m_delay.stop();
    if (isRunning()) {
        // The running job works on what was there when it began: stop it and start over.
        m_again = true;
        m_job->cancel();
        return;
    }
    if (m_job)
        m_job->deleteLater(); // may be the sender of the signal that brought us here
    m_job = new BackgroundJob(m_workspace->path(), Database::Mode::ReadWrite,
                              [](Database &db, ProgressSink *sink) {
                                  JobProgress progress(sink);
                                  classify(db, std::nullopt, &progress);
                              },
                              this);
    connect(m_job, &BackgroundJob::progressChanged, this, &Reclassifier::progressChanged);
    connect(m_job, &BackgroundJob::finished, this, [this](const QString &error) {
        const bool cancelled = m_job->isCancelled();
        if (m_again) {
            m_again = false;
            classifyAll();
            return;
        }
        if (error.isEmpty() && !cancelled)
            m_workspace->notifyChanged(QStringLiteral("classifications"));
        emit finished(error.isEmpty() && !cancelled, error);
    });
    emit started();
    m_job->start();
}

} // namespace portrait
