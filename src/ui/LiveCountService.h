// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "core/AttributeDictionary.h"
#include "engine/LiveCounter.h"

#include <QDate>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <memory>

class QThread;

namespace portrait {

class BackgroundJob;
class CustomerFrame;
class Workspace;

// The rule editor's counts, never on the UI thread: the customers are loaded once into a frame
// (on a connection of its own, again after customers change), and each request runs the engine's
// LiveCounter on a worker thread. Requests are debounced; while one runs, newer ones replace the
// waiting one, so the editor always ends with the counts of what it shows now and never with an
// older answer. Attributes that a condition names and the frame lacks are loaded on demand.
class LiveCountService : public QObject
{
    Q_OBJECT
public:
    explicit LiveCountService(Workspace *workspace, QObject *parent = nullptr);
    ~LiveCountService() override;

    // Loads the customers on first use only: a workspace of a million customers opens without
    // reading them until the rule editor is shown. Later changes reload only once active.
    void activate();

    // Counts per node of this condition (compact JSON).
    void requestNodes(const QString &whenJson);
    // How many each rule of the group takes and how many are left, in the stored order.
    void requestWaterfall(const QString &group);
    bool isReady() const { return m_state != nullptr; }
    bool isBusy() const;
    qint64 customers() const;
    QDate dataDate() const { return m_dataDate; }
    // The workspace's 数据日期, or today when none is set.
    static QDate dataDate(Workspace *workspace);

signals:
    void nodesCounted(const QString &whenJson, const std::vector<qint64> &counts,
                      const QStringList &problems);
    void waterfallCounted(const QString &group, const QList<portrait::LiveCounter::Step> &steps);
    void loaded(qint64 customers);

private:
    struct State;
    struct Answer;
    void scheduleReload();
    void load();
    void run();
    QList<Rule> rules(const QString &group) const;

    Workspace *m_workspace;
    AttributeDictionary m_dictionary;
    QDate m_dataDate;
    std::shared_ptr<State> m_state;
    BackgroundJob *m_loader = nullptr;
    bool m_reloadAgain = false;
    bool m_active = false;
    QSet<QString> m_keys; // attributes the frame holds or should hold
    QThread *m_worker = nullptr;
    std::shared_ptr<Answer> m_answer;
    QTimer m_debounce, m_reloadDelay;
    QString m_json, m_group;
    bool m_nodesWanted = false, m_waterfallWanted = false;
};

} // namespace portrait
