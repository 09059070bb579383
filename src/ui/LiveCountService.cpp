// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/LiveCountService.h"

#include "core/Error.h"
#include "core/Workspace.h"
#include "engine/CustomerFrame.h"
#include "storage/ClassificationRepository.h"
#include "storage/Database.h"
#include "ui/BackgroundJob.h"

#include <QThread>
#include <utility>

namespace portrait {

struct LiveCountService::State
{
    std::shared_ptr<const CustomerFrame> frame;
    std::unique_ptr<LiveCounter> counter;
};

struct LiveCountService::Answer
{
    QString json, group;
    bool nodes = false, waterfall = false;
    std::vector<qint64> counts;
    QStringList problems;
    QList<LiveCounter::Step> steps;
};

LiveCountService::LiveCountService(Workspace *workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace)
{
    m_dictionary = AttributeDictionary::load(workspace->db());
    m_dataDate = dataDate(workspace);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(40);
    connect(&m_debounce, &QTimer::timeout, this, &LiveCountService::run);
    m_reloadDelay.setSingleShot(true);
    m_reloadDelay.setInterval(600);
    connect(&m_reloadDelay, &QTimer::timeout, this, &LiveCountService::load);
    connect(workspace, &Workspace::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("customers") || table == QLatin1String("attributes")) {
            scheduleReload();
        } else if (table == QLatin1String("settings") && dataDate(m_workspace) != m_dataDate) {
            scheduleReload(); // relative dates move with the data date
        }
    });
    connect(workspace, &Workspace::customerChanged, this, &LiveCountService::scheduleReload);
    connect(workspace, &Workspace::reloaded, this, &LiveCountService::scheduleReload);
    Statement st(workspace->db(), "SELECT when_json FROM rules");
    QList<Rule> all;
    while (st.step())
        all.append(Rule{QString(), QString(), QString(), QString(), st.text(0), {}, {}, true, {}});
    for (const QString &key : ClassificationRepository::attributesUsed(all))
        m_keys.insert(key);
}

void LiveCountService::activate()
{
    if (m_active)
        return;
    m_active = true;
    load();
}

LiveCountService::~LiveCountService()
{
    if (m_worker)
        m_worker->wait();
}

QDate LiveCountService::dataDate(Workspace *workspace)
{
    const QDate d = QDate::fromString(workspace->setting(QStringLiteral("data_date")), Qt::ISODate);
    return d.isValid() ? d : QDate::currentDate();
}

bool LiveCountService::isBusy() const
{
    return m_worker || (m_loader && m_loader->isRunning()) || m_debounce.isActive() ||
           m_reloadDelay.isActive();
}

qint64 LiveCountService::customers() const
{
    return m_state ? qint64(m_state->frame->rowCount()) : 0;
}

void LiveCountService::scheduleReload()
{
    if (m_active)
        m_reloadDelay.start();
}

void LiveCountService::load()
{
    if (m_loader && m_loader->isRunning()) {
        m_reloadAgain = true;
        return;
    }
    if (m_loader)
        m_loader->deleteLater(); // may be the sender of the signal that brought us here
    m_dictionary = AttributeDictionary::load(m_workspace->db());
    m_dataDate = dataDate(m_workspace);
    QStringList keys;
    for (const QString &key : std::as_const(m_keys)) {
        if (m_dictionary.find(key))
            keys << key;
    }
    auto frame = std::make_shared<CustomerFrame>();
    const AttributeDictionary dictionary = m_dictionary;
    // Read-write when the workspace is: the loader keeps the blocks it read from the rows in the
    // column cache (a customer edited in the window drops its block).
    m_loader = new BackgroundJob(m_workspace->path(),
                                 m_workspace->isReadOnly() ? Database::Mode::ReadOnly : Database::Mode::ReadWrite,
                                 [frame, dictionary, keys](Database &db, ProgressSink *) {
                                     *frame = ClassificationRepository::loadFrame(db, dictionary, keys);
                                 },
                                 this);
    connect(m_loader, &BackgroundJob::finished, this, [this, frame](const QString &error) {
        if (m_reloadAgain) {
            m_reloadAgain = false;
            load();
            return;
        }
        if (!error.isEmpty())
            return;
        auto state = std::make_shared<State>();
        state->frame = frame;
        state->counter = std::make_unique<LiveCounter>(*frame, m_dataDate);
        m_state = state;
        emit loaded(qint64(frame->rowCount()));
        m_debounce.start();
    });
    m_loader->start();
}

void LiveCountService::requestNodes(const QString &whenJson)
{
    m_json = whenJson;
    m_nodesWanted = true;
    m_debounce.start();
}

void LiveCountService::requestWaterfall(const QString &group)
{
    m_group = group;
    m_waterfallWanted = true;
    m_debounce.start();
}

QList<Rule> LiveCountService::rules(const QString &group) const
{
    Statement st(m_workspace->db(), "SELECT id, grp, when_json, enabled, dept_types FROM rules "
                                    "WHERE grp = ? ORDER BY ord, rowid");
    st.bind(1, group);
    QList<Rule> list;
    while (st.step()) {
        Rule r;
        r.id = st.text(0);
        r.group = st.text(1);
        r.whenJson = st.text(2);
        r.enabled = st.integer(3) != 0;
        r.deptTypes = st.text(4).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        list << r;
    }
    return list;
}

void LiveCountService::run()
{
    if (!m_state || m_worker || (!m_nodesWanted && !m_waterfallWanted))
        return;
    auto answer = std::make_shared<Answer>();
    answer->json = m_json;
    answer->group = m_group;
    answer->nodes = std::exchange(m_nodesWanted, false);
    answer->waterfall = std::exchange(m_waterfallWanted, false);
    const QList<Rule> groupRules = answer->waterfall ? rules(m_group) : QList<Rule>();
    // Attributes named by the edited rules and not yet in the frame: load them first.
    QList<Rule> named = groupRules;
    if (answer->nodes)
        named.append(Rule{QString(), QString(), QString(), QString(), answer->json, {}, {}, true, {}});
    bool missing = false;
    for (const QString &key : ClassificationRepository::attributesUsed(named)) {
        if (m_dictionary.find(key) && m_state->frame->columnIndex(key) < 0 && !m_keys.contains(key)) {
            m_keys.insert(key);
            missing = true;
        }
    }
    if (missing) {
        m_nodesWanted |= answer->nodes;
        m_waterfallWanted |= answer->waterfall;
        load();
        return;
    }
    std::shared_ptr<State> state = m_state;
    m_worker = QThread::create([state, answer, groupRules] {
        if (answer->nodes) {
            try {
                answer->counts = state->counter->nodeCounts(Condition::parse(answer->json), &answer->problems);
            } catch (const Error &e) {
                answer->problems << e.message();
            }
        }
        if (answer->waterfall)
            answer->steps = state->counter->waterfall(groupRules);
    });
    m_worker->setParent(this); // deleted with the service even if deleteLater() never runs
    connect(m_worker, &QThread::finished, this, [this, answer] {
        m_worker->deleteLater();
        m_worker = nullptr;
        // A newer request for the same thing is waiting: this answer is already stale.
        if (answer->nodes && !(m_nodesWanted && m_json != answer->json))
            emit nodesCounted(answer->json, answer->counts, answer->problems);
        if (answer->waterfall && !m_waterfallWanted)
            emit waterfallCounted(answer->group, answer->steps);
        run();
    });
    m_worker->start();
}

} // namespace portrait
