// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "commands/CreateWorkshopToolkitCommand.h"

#include "core/Codes.h"
#include "core/Workspace.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::CreateWorkshopToolkitCommand)
};

// The department's next service code: MKT-05 after MKT-04 (two digits, as the catalogue has).
QString nextCode(Database &db, const QString &department)
{
    const QRegularExpression own(QStringLiteral("^") + QRegularExpression::escape(department) +
                                 QStringLiteral("-(\\d+)$"));
    Statement st(db, "SELECT code FROM services");
    QList<std::pair<qint64, QString>> numbered; // any code the next one could collide with is one of these
    while (st.step()) {
        if (const auto m = own.match(st.text(0)); m.hasMatch())
            numbered.append({m.captured(1).toLongLong(), st.text(0)});
    }
    std::sort(numbered.begin(), numbered.end());
    QStringList codes; // by number, the highest last
    for (const auto &n : std::as_const(numbered))
        codes << n.second;
    return Codes::next(codes, department + QLatin1Char('-'), 2);
}

int nextServiceOrd(Database &db)
{
    Statement st(db, "SELECT coalesce(max(ord), 0) + 1 FROM services");
    return st.step() ? int(st.integer(0)) : 1;
}

} // namespace

QString CreateWorkshopToolkitCommand::toolkitName(const WorkshopPainPoint &p)
{
    return Tr::tr("%1 工具包").arg(p.text.trimmed());
}

QString CreateWorkshopToolkitCommand::existing(Workspace *workspace, const QString &department,
                                               const WorkshopPainPoint &p)
{
    Statement st(workspace->db(), "SELECT code FROM services WHERE dept_code = ? AND name_zh = ?");
    st.bindAll(department, toolkitName(p));
    return st.step() ? st.text(0) : QString();
}

CreateWorkshopToolkitCommand::CreateWorkshopToolkitCommand(Workspace *workspace,
                                                           const WorkshopSession &s,
                                                           const WorkshopPainPoint &p)
    : GroupCommand(workspace, Tr::tr("痛点「%1」成为工具包候选").arg(p.text.trimmed())),
      m_code(nextCode(workspace->db(), s.department))
{
    const QString service = QStringLiteral("service_code");
    new InsertRowCommand(workspace, QStringLiteral("services"),
                         {{QStringLiteral("code"), m_code},
                          {QStringLiteral("dept_code"), s.department},
                          {QStringLiteral("ord"), nextServiceOrd(workspace->db())},
                          {QStringLiteral("name_zh"), toolkitName(p)},
                          {QStringLiteral("kind"), QStringLiteral("toolkit")},
                          {QStringLiteral("description_zh"),
                           Tr::tr("工具包候选：共创会「%1」（%2）票数最高的痛点之一（%3 票）：%4。")
                               .arg(s.title, s.date)
                               .arg(p.votes)
                               .arg(p.text.trimmed())}},
                         text(), this);
    if (!p.need.isEmpty())
        new InsertRowCommand(workspace, QStringLiteral("service_needs"),
                             {{service, m_code}, {QStringLiteral("need_code"), p.need}}, text(),
                             this);
    if (!p.segment.isEmpty())
        new InsertRowCommand(workspace, QStringLiteral("service_targets"),
                             {{service, m_code}, {QStringLiteral("node_code"), p.segment}}, text(),
                             this);
    // The article's path for a toolkit: best practice → standard → tool → practice.
    const QString steps[] = {
        Tr::tr("收集解决“%1”的最佳实践案例。").arg(p.text.trimmed()),
        Tr::tr("把最佳实践固化为标准：流程、清单与时限。"),
        Tr::tr("把标准做成场景化、傻瓜式的工具（模板、清单或表单）。"),
        Tr::tr("在一线业务中试用，收集反馈。"),
        Tr::tr("复盘效果，定期更新。"),
    };
    int ord = 0;
    for (const QString &step : steps)
        new InsertRowCommand(
            workspace, QStringLiteral("toolkit_steps"),
            {{service, m_code}, {QStringLiteral("ord"), ++ord}, {QStringLiteral("text_zh"), step}},
            text(), this);
}

} // namespace portrait
