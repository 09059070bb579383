// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "cli/WorkshopSummaryPrinter.h"

#include "core/Language.h"
#include "storage/Database.h"
#include "storage/WorkshopRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::WorkshopSummaryPrinter)
};

QJsonValue orNull(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QString number(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 2) : Tr::tr("无法计算");
}

QString percent(double share)
{
    return QString::number(qRound(share * 100)) + QLatin1Char('%');
}

QString bandCode(AdoptionDraft::Band band)
{
    switch (band) {
    case AdoptionDraft::Band::Adopted:
        return QStringLiteral("adopted");
    case AdoptionDraft::Band::Discussion:
        return QStringLiteral("discussion");
    default:
        return QStringLiteral("dropped");
    }
}

QString bandName(AdoptionDraft::Band band)
{
    switch (band) {
    case AdoptionDraft::Band::Adopted:
        return Tr::tr("采纳");
    case AdoptionDraft::Band::Discussion:
        return Tr::tr("讨论");
    default:
        return Tr::tr("不纳入");
    }
}

} // namespace

WorkshopSummaryPrinter::WorkshopSummaryPrinter(Database &db, qint64 session)
{
    WorkshopRepository repository(db);
    m_session = repository.load(session);
    Statement names(db, "SELECT code, name_zh, name_en FROM taxonomy");
    while (names.step())
        m_names.insert(names.text(0), localized(names.text(1), names.text(2)));
    Statement dept(db, "SELECT name_zh, name_en FROM departments WHERE code = ?");
    dept.bind(1, m_session.department);
    m_department = dept.step() ? localized(dept.text(0), dept.text(1)) : m_session.department;
    m_initial = AgreementMetrics::measure(m_session, WorkshopRound::Initial);
    if (m_session.hasRevote())
        m_revote = AgreementMetrics::measure(m_session, WorkshopRound::Revote);
    m_draft.emplace(m_session, m_revote ? WorkshopRound::Revote : WorkshopRound::Initial,
                    repository.positions(m_session.department));
}

QString WorkshopSummaryPrinter::nodeName(const QString &code) const
{
    return m_names.contains(code) ? code + QLatin1Char(' ') + m_names.value(code) : code;
}

QString WorkshopSummaryPrinter::nodeNames(const QStringList &codes) const
{
    QStringList list;
    for (const QString &code : codes)
        list << nodeName(code);
    return list.join(Tr::tr("、"));
}

QString WorkshopSummaryPrinter::statusName(const QString &status)
{
    if (status == QLatin1String("adopted"))
        return Tr::tr("已采纳");
    if (status == QLatin1String("running"))
        return Tr::tr("进行中");
    return Tr::tr("准备");
}

QString WorkshopSummaryPrinter::reading(const std::optional<double> &kappa)
{
    if (!kappa)
        return Tr::tr("全体答案相同，只看一致度");
    if (*kappa < 0.4)
        return Tr::tr("明显错位");
    if (*kappa >= 0.6)
        return Tr::tr("基本一致");
    return Tr::tr("部分一致");
}

QJsonObject WorkshopSummaryPrinter::measuresJson(const AgreementResult &r) const
{
    return QJsonObject{{QStringLiteral("kappa"), orNull(r.kappa)},
                       {QStringLiteral("ac1"), orNull(r.ac1)},
                       {QStringLiteral("mean_agreement"), r.meanAgreement},
                       {QStringLiteral("inclusion"), r.inclusion},
                       {QStringLiteral("chance"), r.chance}};
}

QJsonObject WorkshopSummaryPrinter::toJson() const
{
    QJsonObject o{{QStringLiteral("session"), m_session.id},
                  {QStringLiteral("department"), m_session.department},
                  {QStringLiteral("title"), m_session.title},
                  {QStringLiteral("date"), m_session.date},
                  {QStringLiteral("status"), m_session.status},
                  {QStringLiteral("participants"), m_initial.raters},
                  {QStringLiteral("nodes_measured"), m_initial.subjects}};
    const QJsonObject initial = measuresJson(m_initial);
    for (auto it = initial.begin(); it != initial.end(); ++it)
        o.insert(it.key(), it.value());
    if (m_revote) {
        QJsonObject revote = measuresJson(*m_revote);
        const AgreementGain gain = AgreementMetrics::gain(m_initial, *m_revote);
        revote.insert(QStringLiteral("kappa_gain"), orNull(gain.kappa));
        revote.insert(QStringLiteral("ac1_gain"), orNull(gain.ac1));
        o.insert(QStringLiteral("revote"), revote);
    } else {
        o.insert(QStringLiteral("revote"), QJsonValue());
    }
    QJsonArray nodes;
    for (qsizetype i = 0; i < m_initial.nodes.size(); ++i) {
        const NodeAgreement &a = m_initial.nodes[i];
        const AdoptionDraft::Node &d = m_draft->nodes()[i];
        QJsonObject byPosition;
        for (auto it = a.byPosition.cbegin(); it != a.byPosition.cend(); ++it)
            byPosition.insert(it.key(), it.value());
        QJsonObject node{
            {QStringLiteral("node"), a.node},
            {QStringLiteral("included"), a.included},
            {QStringLiteral("share"), a.share},
            {QStringLiteral("agreement"), a.agreement},
            {QStringLiteral("flagged"), a.flagged},
            {QStringLiteral("by_position"), byPosition},
            {QStringLiteral("draft"), bandCode(d.band)},
            {QStringLiteral("priority"), d.priority ? QJsonValue(d.priority) : QJsonValue()},
            {QStringLiteral("lead"), QJsonArray::fromStringList(d.lead)},
            {QStringLiteral("support"), QJsonArray::fromStringList(d.support)}};
        if (m_revote)
            node.insert(QStringLiteral("revote_share"), m_revote->nodes[i].share);
        nodes.append(node);
    }
    o.insert(QStringLiteral("nodes"), nodes);
    QJsonArray positions;
    for (const PositionDivergence &p : m_initial.positions) {
        QJsonArray spots;
        for (const BlindSpot &b : p.blindSpots)
            spots.append(QJsonObject{{QStringLiteral("node"), b.node},
                                     {QStringLiteral("kind"),
                                      b.extra ? QStringLiteral("extra") : QStringLiteral("blind")},
                                     {QStringLiteral("position_share"), b.positionShare},
                                     {QStringLiteral("overall_share"), b.overallShare}});
        QJsonObject position{{QStringLiteral("position"), p.position},
                             {QStringLiteral("participants"), p.participants},
                             {QStringLiteral("divergence"), p.divergence},
                             {QStringLiteral("blind_spots"), spots}};
        if (m_revote && m_revote->position(p.position))
            position.insert(QStringLiteral("revote_divergence"),
                            m_revote->position(p.position)->divergence);
        positions.append(position);
    }
    o.insert(QStringLiteral("positions"), positions);
    o.insert(QStringLiteral("flagged_nodes"), QJsonArray::fromStringList(m_initial.flagged));
    QJsonArray disagreements;
    for (const QString &code : m_initial.disagreements)
        disagreements.append(
            QJsonObject{{QStringLiteral("node"), code},
                        {QStringLiteral("share"), m_initial.node(code)->share},
                        {QStringLiteral("agreement"), m_initial.node(code)->agreement}});
    o.insert(QStringLiteral("disagreements"), disagreements);
    o.insert(QStringLiteral("draft_round"),
             m_revote ? QStringLiteral("revote") : QStringLiteral("initial"));
    o.insert(QStringLiteral("positions_without_node"),
             QJsonArray::fromStringList(m_draft->positionsWithoutNode()));
    QJsonArray fits; // per participant: distance to the draft's adopted list, priority spread
    for (const AdoptionDraft::ParticipantFit &f : m_draft->participants())
        fits.append(QJsonObject{{QStringLiteral("name"), f.name},
                                {QStringLiteral("position"), f.position},
                                {QStringLiteral("jaccard_distance"), f.jaccard},
                                {QStringLiteral("best_priority"),
                                 f.bestPriority ? QJsonValue(f.bestPriority) : QJsonValue()},
                                {QStringLiteral("worst_priority"),
                                 f.worstPriority ? QJsonValue(f.worstPriority) : QJsonValue()}});
    o.insert(QStringLiteral("participants_fit"), fits);
    QJsonArray proposals;
    for (const WorkshopProposal &p : m_session.proposals)
        proposals.append(QJsonObject{{QStringLiteral("name"), p.name},
                                     {QStringLiteral("author"), p.author},
                                     {QStringLiteral("status"), p.status}});
    o.insert(QStringLiteral("proposals"), proposals);
    QJsonArray points;
    const auto candidate = m_draft->toolkitCandidate();
    for (const WorkshopPainPoint &p : m_draft->painPointsByVotes())
        points.append(
            QJsonObject{{QStringLiteral("text"), p.text},
                        {QStringLiteral("segment"), p.segment},
                        {QStringLiteral("need"), p.need},
                        {QStringLiteral("votes"), p.votes},
                        {QStringLiteral("toolkit_candidate"), candidate && candidate->id == p.id}});
    o.insert(QStringLiteral("pain_points"), points);
    return o;
}

void WorkshopSummaryPrinter::print(QTextStream &out) const
{
    out << Tr::tr("共创会 %1「%2」· %3 · %4 · %5 · %6 位参与者 · %7 个分类")
               .arg(m_session.id)
               .arg(m_session.title, m_department, m_session.date, statusName(m_session.status))
               .arg(m_initial.raters)
               .arg(m_initial.subjects)
        << '\n';
    out << Tr::tr("初评一致度：κ = %1（%2）· AC1 = %3")
               .arg(number(m_initial.kappa), reading(m_initial.kappa), number(m_initial.ac1))
        << '\n';
    if (m_revote) {
        const AgreementGain gain = AgreementMetrics::gain(m_initial, *m_revote);
        out << Tr::tr("复评一致度：κ = %1（变化 %2）· AC1 = %3（变化 %4）")
                   .arg(number(m_revote->kappa), number(gain.kappa), number(m_revote->ac1),
                        number(gain.ac1))
            << '\n';
    }
    out << '\n'
        << (m_revote ? Tr::tr("分类（初评选择 · 一致度 · 按复评的草案）")
                     : Tr::tr("分类（初评选择 · 一致度 · 草案）"))
        << '\n';
    for (qsizetype i = 0; i < m_initial.nodes.size(); ++i) {
        const NodeAgreement &a = m_initial.nodes[i];
        const AdoptionDraft::Node &d = m_draft->nodes()[i];
        out << "  " << nodeName(a.node) << "  " << a.included << '/' << a.raters << "  "
            << percent(a.agreement) << (a.flagged ? Tr::tr(" 错位") : QString()) << "  "
            << bandName(d.band)
            << (d.band == AdoptionDraft::Band::Adopted ? Tr::tr("（优先级 %1）").arg(d.priority)
                                                       : QString())
            << '\n';
    }
    out << '\n' << Tr::tr("岗位分歧 D（0 一致，1 相反）") << '\n';
    for (const PositionDivergence &p : m_initial.positions) {
        QStringList blind, extra;
        for (const BlindSpot &b : p.blindSpots)
            (b.extra ? extra : blind) << b.node;
        out << "  " << p.position << Tr::tr("（%1 人）").arg(p.participants)
            << "  D = " << QString::number(p.divergence, 'f', 2);
        if (!blind.isEmpty())
            out << Tr::tr("  盲点：%1").arg(blind.join(Tr::tr("、")));
        if (!extra.isEmpty())
            out << Tr::tr("  额外：%1").arg(extra.join(Tr::tr("、")));
        out << '\n';
    }
    if (!m_initial.disagreements.isEmpty())
        out << '\n' << Tr::tr("优先讨论的分歧：%1").arg(nodeNames(m_initial.disagreements)) << '\n';
    if (!m_draft->positionsWithoutNode().isEmpty())
        out << Tr::tr("还没有客户的岗位：%1")
                   .arg(m_draft->positionsWithoutNode().join(Tr::tr("、")))
            << '\n';
    if (!m_draft->painPointsByVotes().isEmpty()) {
        out << '\n' << Tr::tr("痛点（按票数）") << '\n';
        const auto candidate = m_draft->toolkitCandidate();
        for (const WorkshopPainPoint &p : m_draft->painPointsByVotes())
            out << "  " << Tr::tr("%1 票").arg(p.votes) << "  " << p.text
                << (candidate && candidate->id == p.id ? Tr::tr("  ← 工具包候选") : QString())
                << '\n';
    }
}

} // namespace portrait
