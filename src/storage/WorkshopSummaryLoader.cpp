// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "storage/WorkshopSummaryLoader.h"

#include "storage/Database.h"

#include <QCoreApplication>

namespace portrait::WorkshopSummaryLoader {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::WorkshopSummaryLoader)
};
} // namespace

std::optional<WorkshopSummary> load(Database &db, const QString &department)
{
    Statement tables(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                         "('workshop_sessions', 'workshop_decisions', 'workshop_decision_nodes', "
                         "'workshop_participants', 'workshop_pain_points', 'workshop_votes', "
                         "'workshop_decision_positions')");
    if (!tables.step() || tables.integer(0) < 7)
        return std::nullopt;
    Statement latest(db, "SELECT d.id, s.id, s.title, d.date, s.facilitator, d.approver FROM workshop_decisions d "
                         "JOIN workshop_sessions s ON s.id = d.session_id WHERE d.dept_code = ? "
                         "ORDER BY d.date DESC, d.id DESC LIMIT 1");
    latest.bind(1, department);
    if (!latest.step())
        return std::nullopt;
    const qint64 decision = latest.integer(0), session = latest.integer(1);
    WorkshopSummary w;
    w.title = latest.text(2);
    w.date = latest.text(3);
    w.facilitator = latest.text(4);
    w.approver = latest.text(5);
    Statement people(db, "SELECT name, position FROM workshop_participants WHERE session_id = ? ORDER BY ord, id");
    people.bind(1, session);
    while (people.step())
        w.participants << Tr::tr("%1（%2）").arg(people.text(0), people.text(1));
    Statement nodes(db, "SELECT node_code, outcome, priority, reason FROM workshop_decision_nodes "
                        "WHERE decision_id = ? ORDER BY ord");
    nodes.bind(1, decision);
    Statement positions(db, "SELECT position, role FROM workshop_decision_positions "
                            "WHERE decision_id = ? AND node_code = ? ORDER BY position");
    while (nodes.step()) {
        if (nodes.text(1) != QLatin1String("adopted")) {
            w.rejected << Tr::tr("%1：%2").arg(nodes.text(0), nodes.text(3));
            continue;
        }
        WorkshopSummary::Node n{nodes.text(0), nodes.isNull(2) ? 1 : int(nodes.integer(2)), {}, {}};
        positions.bindAll(decision, n.code);
        while (positions.step())
            (positions.text(1) == QLatin1String("lead") ? n.leads : n.supports) << positions.text(0);
        positions.reset();
        w.adopted << n;
    }
    Statement points(db, "SELECT p.text, coalesce(p.segment_code, ''), coalesce(p.need_code, ''), "
                         "coalesce((SELECT sum(dots) FROM workshop_votes v WHERE v.pain_point_id = p.id), 0) AS votes "
                         "FROM workshop_pain_points p WHERE p.session_id = ? ORDER BY votes DESC, p.ord LIMIT 10");
    points.bind(1, session);
    while (points.step())
        w.painPoints << WorkshopSummary::PainPoint{points.text(0), points.text(1), points.text(2), int(points.integer(3))};
    return w;
}

} // namespace portrait::WorkshopSummaryLoader
