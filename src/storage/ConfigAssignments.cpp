// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// ConfigRepository::droppedAssignments: which positions' assignments a new configuration removes.
#include "storage/ConfigRepository.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSet>

namespace portrait::ConfigRepository {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::ConfigRepository)
};

QString key(const QString &department, const QString &position, const QString &node,
            const QString &role)
{
    return department + QLatin1Char('\n') + position + QLatin1Char('\n') + node +
           QLatin1Char('\n') + role;
}
} // namespace

QStringList droppedAssignments(Database &db, const Config &config)
{
    QSet<QString> kept;
    for (const Department &d : config.departments) {
        for (const Position &p : d.positions) {
            for (const PositionNode &n : p.nodes)
                kept.insert(key(d.code, p.nameZh, n.node, n.role));
        }
    }
    QStringList result;
    Statement st(db, "SELECT p.dept_code, p.name_zh, n.node_code, n.role, n.evidence FROM "
                     "position_nodes n JOIN positions p ON p.id = n.position_id "
                     "ORDER BY p.dept_code, p.ord, p.id, n.ord");
    while (st.step()) {
        if (kept.contains(key(st.text(0), st.text(1), st.text(2), st.text(3))))
            continue;
        result << Tr::tr("部门 %1 岗位「%2」：%3（%4，%5）")
                      .arg(st.text(0), st.text(1), st.text(2),
                           st.text(3) == QLatin1String("lead") ? Tr::tr("主责") : Tr::tr("协同"),
                           st.text(4) == QLatin1String("workshop") ? Tr::tr("共创")
                                                                   : Tr::tr("人工"));
    }
    return result;
}

} // namespace portrait::ConfigRepository
