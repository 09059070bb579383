// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "storage/AdoptionRepository.h"

#include "core/Error.h"
#include "storage/Database.h"
#include "storage/WorkshopRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QSet>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::AdoptionRepository)
};

bool exists(Database &db, const char *sql, const QVariant &value)
{
    Statement st(db, sql);
    st.bind(1, value);
    return st.step();
}

QList<QVariantList> rows(Database &db, const char *sql, const QString &department)
{
    Statement st(db, sql);
    st.bind(1, department);
    QList<QVariantList> result;
    while (st.step()) {
        QVariantList row;
        for (int c = 0; c < st.columnCount(); ++c)
            row << st.value(c);
        result << row;
    }
    return result;
}

constexpr const char *kDeletePositionNodes = "DELETE FROM position_nodes WHERE position_id IN "
                                             "(SELECT id FROM positions WHERE dept_code = ?)";

} // namespace

void AdoptionRepository::check(const WorkshopDecision &d) const
{
    if (!exists(m_db, "SELECT 1 FROM departments WHERE code = ?", d.department))
        throw Error(Tr::tr("未知的部门代码 %1").arg(d.department));
    if (!exists(m_db, "SELECT 1 FROM workshop_sessions WHERE id = ?", d.session))
        throw Error(Tr::tr("没有编号为 %1 的共创会").arg(d.session));
    if (!QDate::fromString(d.date, Qt::ISODate).isValid())
        throw Error(Tr::tr("决议日期「%1」不是有效日期（YYYY-MM-DD）").arg(d.date));
    QSet<QString> adopted;
    for (const WorkshopDecision::Node &n : d.adopted) {
        if (!exists(m_db, "SELECT 1 FROM taxonomy WHERE code = ?", n.node))
            throw Error(Tr::tr("未知的分类代码 %1").arg(n.node));
        if (n.priority < 1 || n.priority > 3)
            throw Error(Tr::tr("分类 %1 的优先级 %2 不在 1–3 之间").arg(n.node).arg(n.priority));
        if (adopted.contains(n.node))
            throw Error(Tr::tr("分类 %1 重复采纳").arg(n.node));
        adopted.insert(n.node);
    }
    for (const WorkshopDecision::Rejected &r : d.rejected) {
        if (adopted.contains(r.node))
            throw Error(Tr::tr("分类 %1 既被采纳又被否决").arg(r.node));
    }
    for (const WorkshopDecision::Assignment &a : d.assignments) {
        if (!adopted.contains(a.node))
            throw Error(Tr::tr("岗位「%1」被分配到未采纳的分类 %2").arg(a.position, a.node));
        if (a.position.trimmed().isEmpty())
            throw Error(Tr::tr("分类 %1 的岗位名称为空").arg(a.node));
    }
    for (const WorkshopDecision::NewKind &k : d.newKinds) {
        if (k.name.trimmed().isEmpty())
            throw Error(Tr::tr("新类型的名称为空"));
        if (!exists(m_db, "SELECT 1 FROM taxonomy WHERE code = ?", k.parent))
            throw Error(Tr::tr("新类型「%1」的上级分类 %2 不存在").arg(k.name, k.parent));
        if (k.priority < 1 || k.priority > 3)
            throw Error(
                Tr::tr("新类型「%1」的优先级 %2 不在 1–3 之间").arg(k.name).arg(k.priority));
    }
}

QString AdoptionRepository::nextLocalCode(const QString &parent) const
{
    const QRegularExpression local(QStringLiteral("^") + QRegularExpression::escape(parent) +
                                   QStringLiteral("\\.L(\\d+)$"));
    Statement st(m_db, "SELECT code FROM taxonomy WHERE parent_code = ?");
    st.bind(1, parent);
    int last = 0;
    while (st.step()) {
        const auto m = local.match(st.text(0));
        if (m.hasMatch())
            last = std::max(last, m.captured(1).toInt());
    }
    return parent + QStringLiteral(".L%1").arg(last + 1);
}

qint64 AdoptionRepository::positionId(const QString &department, const QString &name, Record &r)
{
    Statement find(m_db, "SELECT id FROM positions WHERE dept_code = ? AND name_zh = ?");
    find.bindAll(department, name);
    if (find.step())
        return find.integer(0);
    Statement add(m_db, "INSERT INTO positions (dept_code, ord, name_zh) VALUES (?, (SELECT "
                        "coalesce(max(ord), 0) + 1 FROM positions WHERE dept_code = ?), ?)");
    add.bindAll(department, department, name);
    add.run();
    r.createdPositions << m_db.lastInsertRowId();
    return m_db.lastInsertRowId();
}

AdoptionRepository::Record AdoptionRepository::apply(const WorkshopDecision &d)
{
    return m_db.transaction([&] {
        check(d);
        Record r;
        r.session = d.session;
        r.department = d.department;
        r.oldScope = rows(m_db,
                          "SELECT rowid, node_code, ord, priority, evidence FROM "
                          "dept_scope WHERE dept_code = ? ORDER BY rowid",
                          d.department);
        r.oldAssignments = rows(m_db,
                                "SELECT n.rowid, n.position_id, n.node_code, n.ord, n.role, "
                                "n.evidence FROM position_nodes n JOIN positions p ON "
                                "p.id = n.position_id WHERE p.dept_code = ? ORDER BY n.rowid",
                                d.department);
        r.oldStatus = WorkshopRepository(m_db).setStatus(d.session, QStringLiteral("adopted"));
        writeScope(d, r);
        writeDecision(d, r);
        return r;
    });
}

void AdoptionRepository::writeScope(const WorkshopDecision &d, Record &r)
{
    Statement node(m_db, "INSERT INTO taxonomy (code, parent_code, ord, name_zh, kind, "
                         "definition_zh) VALUES (?, ?, (SELECT coalesce(max(ord), 0) + 1 FROM "
                         "taxonomy WHERE parent_code = ?), ?, 'local', ?)");
    Statement accept(m_db, "UPDATE workshop_new_kinds SET status = 'accepted', node_code = ? "
                           "WHERE id = ? AND session_id = ?");
    QList<WorkshopDecision::Node> scope = d.adopted;
    QList<WorkshopDecision::Assignment> assignments = d.assignments;
    for (const WorkshopDecision::NewKind &k : d.newKinds) {
        const QString code = nextLocalCode(k.parent);
        node.bindAll(code, k.parent, k.parent, k.name.trimmed(), k.description);
        node.run();
        node.reset();
        r.createdNodes << code;
        if (k.proposal) {
            accept.bindAll(code, k.proposal, d.session);
            accept.run();
            accept.reset();
            r.acceptedProposals << k.proposal;
        }
        scope.append({code, k.priority});
        for (const QString &g : k.leadPositions)
            assignments.append({g, code, true});
        for (const QString &g : k.supportPositions)
            assignments.append({g, code, false});
    }

    Statement clear(m_db, "DELETE FROM dept_scope WHERE dept_code = ?");
    clear.bind(1, d.department).run();
    Statement add(m_db, "INSERT INTO dept_scope (dept_code, node_code, ord, priority, evidence) "
                        "VALUES (?, ?, ?, ?, 'workshop')");
    int ord = 0;
    for (const WorkshopDecision::Node &n : std::as_const(scope)) {
        add.bindAll(d.department, n.node, ++ord, n.priority);
        add.run();
        add.reset();
    }

    Statement clearAssignments(m_db, kDeletePositionNodes);
    clearAssignments.bind(1, d.department).run();
    // A position named both 主责 and 协同 for one node is 主责.
    Statement assign(m_db,
                     "INSERT INTO position_nodes (position_id, node_code, ord, role, evidence) "
                     "VALUES (?, ?, ?, ?, 'workshop') ON CONFLICT (position_id, node_code) "
                     "DO UPDATE SET role = CASE WHEN excluded.role = 'lead' THEN 'lead' "
                     "ELSE role END");
    ord = 0;
    for (const WorkshopDecision::Assignment &a : std::as_const(assignments)) {
        assign.bindAll(positionId(d.department, a.position, r), a.node, ++ord,
                       a.lead ? QStringLiteral("lead") : QStringLiteral("support"));
        assign.run();
        assign.reset();
    }
}

void AdoptionRepository::writeDecision(const WorkshopDecision &d, Record &r)
{
    Statement decision(m_db,
                       "INSERT INTO workshop_decisions (session_id, dept_code, date, approver, "
                       "round, toolkit_pain_point) VALUES (?, ?, ?, ?, ?, ?)");
    decision.bindAll(d.session, d.department, d.date, d.approver,
                     QString::fromLatin1(WorkshopRepository::roundCode(d.round)),
                     d.toolkitPainPoint ? QVariant(d.toolkitPainPoint) : QVariant());
    decision.run();
    r.decision = m_db.lastInsertRowId();
    Statement node(m_db,
                   "INSERT INTO workshop_decision_nodes (decision_id, node_code, ord, outcome, "
                   "priority, reason) VALUES (?, ?, ?, ?, ?, ?)");
    Statement scope(m_db,
                    "SELECT node_code, priority FROM dept_scope WHERE dept_code = ? ORDER BY ord");
    scope.bind(1, d.department);
    QHash<QString, QString> reasons;
    for (const WorkshopDecision::Node &n : d.adopted)
        reasons.insert(n.node, n.reason);
    int ord = 0;
    while (scope.step()) {
        node.bindAll(r.decision, scope.text(0), ++ord, QStringLiteral("adopted"), scope.integer(1),
                     reasons.value(scope.text(0)));
        node.run();
        node.reset();
    }
    for (const WorkshopDecision::Rejected &x : d.rejected) {
        node.bindAll(r.decision, x.node, ++ord, QStringLiteral("rejected"), QVariant(), x.reason);
        node.run();
        node.reset();
    }
    Statement positions(m_db, "INSERT INTO workshop_decision_positions (decision_id, position, "
                              "node_code, role) SELECT ?, p.name_zh, n.node_code, n.role FROM "
                              "position_nodes n JOIN positions p ON p.id = n.position_id "
                              "WHERE p.dept_code = ?");
    positions.bindAll(r.decision, d.department);
    positions.run();
}

void AdoptionRepository::revert(const Record &r)
{
    m_db.transaction([&] {
        Statement decision(m_db, "DELETE FROM workshop_decisions WHERE id = ?");
        decision.bind(1, r.decision).run();
        Statement clear(m_db, "DELETE FROM dept_scope WHERE dept_code = ?");
        clear.bind(1, r.department).run();
        // With their rowids, so the restored rows are the same rows.
        Statement scope(m_db, "INSERT INTO dept_scope (rowid, dept_code, node_code, ord, priority, "
                              "evidence) VALUES (?, ?, ?, ?, ?, ?)");
        for (const QVariantList &row : r.oldScope) {
            scope.bindAll(row[0], r.department, row[1], row[2], row[3], row[4]);
            scope.run();
            scope.reset();
        }
        Statement clearAssignments(m_db, kDeletePositionNodes);
        clearAssignments.bind(1, r.department).run();
        Statement assign(m_db, "INSERT INTO position_nodes (rowid, position_id, node_code, ord, "
                               "role, evidence) VALUES (?, ?, ?, ?, ?, ?)");
        for (const QVariantList &row : r.oldAssignments) {
            assign.bindAll(row[0], row[1], row[2], row[3], row[4], row[5]);
            assign.run();
            assign.reset();
        }
        Statement proposal(m_db,
                           "UPDATE workshop_new_kinds SET status = 'proposed', node_code = NULL "
                           "WHERE id = ?");
        for (qint64 id : r.acceptedProposals) {
            proposal.bind(1, id).run();
            proposal.reset();
        }
        Statement node(m_db, "DELETE FROM taxonomy WHERE code = ?");
        for (qsizetype i = r.createdNodes.size() - 1; i >= 0; --i) {
            node.bind(1, r.createdNodes[i]).run();
            node.reset();
        }
        Statement position(m_db, "DELETE FROM positions WHERE id = ?");
        for (qint64 id : r.createdPositions) {
            position.bind(1, id).run();
            position.reset();
        }
        WorkshopRepository(m_db).setStatus(r.session, r.oldStatus);
    });
}

} // namespace portrait
