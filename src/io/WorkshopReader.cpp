// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "io/WorkshopReader.h"

#include "io/JsonSource.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>

namespace portrait {

namespace {

using json = nlohmann::ordered_json;
using S = JsonSource;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::WorkshopReader)
};

class Parser
{
public:
    Parser(const JsonSource &src, const WorkshopReader::Vocabulary &known)
        : m_src(src), m_known(known)
    {
    }

    WorkshopSession parse(const json &doc);

private:
    QString node(const json &parent, const std::string &path, const char *key, bool required);
    QMap<QString, int> choices(const json &participant, const std::string &path, const char *key,
                               const QStringList &offered);
    void participants(const json &doc, WorkshopSession &s);
    void painPoints(const json &doc, WorkshopSession &s);
    const json &objectAt(const json &items, const std::string &path)
    {
        if (!items.is_object())
            m_src.fail(path, Tr::tr("应为对象"));
        return items;
    }

    const JsonSource &m_src;
    const WorkshopReader::Vocabulary &m_known;
};

QString Parser::node(const json &parent, const std::string &path, const char *key, bool required)
{
    const QString code = m_src.text(parent, path, key, required).trimmed();
    if (!code.isEmpty() && !m_known.nodes.contains(code))
        m_src.fail(S::at(path, key), Tr::tr("未知的分类代码 %1").arg(code));
    return code;
}

QMap<QString, int> Parser::choices(const json &participant, const std::string &path,
                                   const char *key, const QStringList &offered)
{
    QMap<QString, int> result;
    const json &items = m_src.array(participant, path, key, false);
    for (size_t i = 0; i < items.size(); ++i) {
        const std::string p = S::at(S::at(path, key), i);
        const json &o = objectAt(items[i], p);
        const QString code = node(o, p, "node", true);
        if (!offered.isEmpty() && !offered.contains(code))
            m_src.fail(S::at(p, "node"), Tr::tr("分类 %1 不在本次共创会提供的分类中").arg(code));
        if (result.contains(code))
            m_src.fail(S::at(p, "node"), Tr::tr("分类 %1 重复选择").arg(code));
        if (o.find("priority") == o.end())
            m_src.fail(S::at(p, "priority"), Tr::tr("缺少必填字段"));
        const int priority = m_src.integer(o, p, "priority", 0);
        if (priority < 1 || priority > 3)
            m_src.fail(S::at(p, "priority"),
                       Tr::tr("优先级应为 1（高）、2 或 3，实际是 %1").arg(priority));
        result.insert(code, priority);
    }
    return result;
}

void Parser::participants(const json &doc, WorkshopSession &s)
{
    const json &items = m_src.array(doc, "$", "participants");
    if (items.empty())
        m_src.fail("$.participants", Tr::tr("至少需要一位参与者"));
    QHash<QString, std::string> seen; // name → path of its first entry
    for (size_t i = 0; i < items.size(); ++i) {
        const std::string p = S::at("$.participants", i);
        const json &o = objectAt(items[i], p);
        WorkshopParticipant w;
        w.name = m_src.text(o, p, "name").trimmed();
        if (seen.contains(w.name))
            m_src.fail(S::at(p, "name"),
                       Tr::tr("参与者「%1」重复（已在 %2）")
                           .arg(w.name, QString::fromStdString(seen.value(w.name))));
        seen.insert(w.name, p);
        w.position = m_src.text(o, p, "position").trimmed();
        w.years = m_src.number(o, p, "years");
        if (w.years && *w.years < 0)
            m_src.fail(S::at(p, "years"), Tr::tr("在岗年限不能为负数"));
        w.role = m_src.text(o, p, "role", false);
        if (w.role.isEmpty())
            w.role = QStringLiteral("member");
        if (!QStringList{QStringLiteral("facilitator"), QStringLiteral("member"),
                         QStringLiteral("observer")}
                 .contains(w.role))
            m_src.fail(S::at(p, "role"),
                       Tr::tr("应为 facilitator、member 或 observer，实际是 %1").arg(w.role));
        w.initial = choices(o, p, "choices", s.offered);
        w.revote = choices(o, p, "revote", s.offered);
        const json &proposals = m_src.array(o, p, "proposals", false);
        for (size_t k = 0; k < proposals.size(); ++k) {
            const std::string pp = S::at(S::at(p, "proposals"), k);
            WorkshopProposal proposal;
            proposal.author = w.name;
            if (proposals[k].is_string()) {
                proposal.name = QString::fromStdString(proposals[k].get<std::string>()).trimmed();
            } else {
                const json &po = objectAt(proposals[k], pp);
                proposal.name = m_src.text(po, pp, "name").trimmed();
                proposal.description = m_src.text(po, pp, "description", false);
                proposal.parent = node(po, pp, "parent", false);
            }
            if (proposal.name.isEmpty())
                m_src.fail(pp, Tr::tr("新类型的名称不能为空"));
            s.proposals << proposal;
        }
        s.participants << w;
    }
}

void Parser::painPoints(const json &doc, WorkshopSession &s)
{
    const json &items = m_src.array(doc, "$", "pain_points", false);
    qint64 total = 0;
    for (size_t i = 0; i < items.size(); ++i) {
        const std::string p = S::at("$.pain_points", i);
        const json &o = objectAt(items[i], p);
        WorkshopPainPoint pp;
        pp.text = m_src.text(o, p, "text").trimmed();
        pp.segment = node(o, p, "segment", false);
        pp.need = m_src.text(o, p, "need", false).trimmed();
        if (!pp.need.isEmpty() && !m_known.needs.contains(pp.need))
            m_src.fail(S::at(p, "need"), Tr::tr("未知的需求代码 %1").arg(pp.need));
        pp.author = m_src.text(o, p, "author", false).trimmed();
        pp.votes = m_src.integer(o, p, "votes", 0);
        if (pp.votes < 0)
            m_src.fail(S::at(p, "votes"), Tr::tr("票数不能为负数（%1）").arg(pp.votes));
        total += pp.votes;
        s.painPoints << pp;
    }
    const qint64 n = s.participants.size();
    if (doc.contains("votes_per_participant")) {
        if (total > n * s.votesPerParticipant)
            m_src.fail("$.pain_points", Tr::tr("共 %1 票，超过 %2 位参与者 × 每人 %3 票")
                                            .arg(total)
                                            .arg(n)
                                            .arg(s.votesPerParticipant));
    } else if (n > 0) {
        s.votesPerParticipant = int(std::max<qint64>(s.votesPerParticipant, (total + n - 1) / n));
    }
}

WorkshopSession Parser::parse(const json &doc)
{
    m_src.expectFormat(doc, "portrait-workshop", 1);
    WorkshopSession s;
    s.source = QStringLiteral("file");
    s.status = QStringLiteral("running");
    s.department = m_src.text(doc, "$", "department").trimmed();
    if (!m_known.departments.contains(s.department))
        m_src.fail("$.department", Tr::tr("未知的部门代码 %1").arg(s.department));
    s.title = m_src.text(doc, "$", "title").trimmed();
    s.date = m_src.text(doc, "$", "date").trimmed();
    if (!QDate::fromString(s.date, Qt::ISODate).isValid() || s.date.size() != 10)
        m_src.fail("$.date", Tr::tr("应为 YYYY-MM-DD 格式的日期，实际是「%1」").arg(s.date));
    s.place = m_src.text(doc, "$", "place", false);
    s.facilitator = m_src.text(doc, "$", "facilitator", false);
    s.question = m_src.text(doc, "$", "question", false);
    s.votesPerParticipant = m_src.integer(doc, "$", "votes_per_participant", 3);
    if (s.votesPerParticipant < 0)
        m_src.fail("$.votes_per_participant", Tr::tr("每人票数不能为负数"));
    const json &offered = m_src.array(doc, "$", "offered", false);
    for (size_t i = 0; i < offered.size(); ++i) {
        const std::string p = S::at("$.offered", i);
        if (!offered[i].is_string())
            m_src.fail(p, Tr::tr("应为分类代码文本"));
        const QString code = QString::fromStdString(offered[i].get<std::string>()).trimmed();
        if (!m_known.nodes.contains(code))
            m_src.fail(p, Tr::tr("未知的分类代码 %1").arg(code));
        if (s.offered.contains(code))
            m_src.fail(p, Tr::tr("分类 %1 重复").arg(code));
        s.offered << code;
    }
    participants(doc, s);
    painPoints(doc, s);
    // A file without an offer list offers the nodes anyone picked (domain.md §10.2), in the
    // order the file first names them.
    if (s.offered.isEmpty()) {
        const json &people = doc["participants"];
        for (const char *round : {"choices", "revote"}) {
            for (const json &p : people) {
                const auto choices = p.find(round);
                const auto role = p.find("role");
                if (choices == p.end() || (role != p.end() && *role == "observer"))
                    continue;
                for (const json &c : *choices) {
                    const QString code =
                        QString::fromStdString(c["node"].get<std::string>()).trimmed();
                    if (!s.offered.contains(code))
                        s.offered << code;
                }
            }
        }
    }
    if (s.offered.isEmpty())
        s.offered = m_known.scopes.value(s.department);
    return s;
}

} // namespace

WorkshopReader::Vocabulary WorkshopReader::vocabulary(Database &db)
{
    Vocabulary v;
    const std::pair<QSet<QString> *, const char *> queries[] = {
        {&v.departments, "SELECT code FROM departments"},
        {&v.nodes, "SELECT code FROM taxonomy"},
        {&v.needs, "SELECT code FROM needs"}};
    for (const auto &[set, sql] : queries) {
        Statement st(db, sql);
        while (st.step())
            set->insert(st.text(0));
    }
    Statement scope(db, "SELECT dept_code, node_code FROM dept_scope ORDER BY dept_code, ord");
    while (scope.step())
        v.scopes[scope.text(0)] << scope.text(1);
    return v;
}

WorkshopSession WorkshopReader::read(const QByteArray &bytes, const QString &fileName,
                                     const Vocabulary &known)
{
    const JsonSource src(fileName);
    return Parser(src, known).parse(JsonSource::parse(bytes, fileName));
}

WorkshopSession WorkshopReader::readFile(const QString &path, const Vocabulary &known)
{
    const JsonSource src(path);
    return Parser(src, known).parse(JsonSource::parseFile(path));
}

} // namespace portrait
