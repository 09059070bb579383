// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "models/AdoptionDecisionModel.h"

namespace portrait {

namespace {

QString bandName(AdoptionDraft::Band band)
{
    switch (band) {
    case AdoptionDraft::Band::Adopted:
        return AdoptionDecisionModel::tr("采纳（≥ 2/3）");
    case AdoptionDraft::Band::Discussion:
        return AdoptionDecisionModel::tr("讨论（1/3–2/3）");
    default:
        return AdoptionDecisionModel::tr("不纳入（< 1/3）");
    }
}

} // namespace

AdoptionDecisionModel::AdoptionDecisionModel(const WorkshopSession &session,
                                             const AdoptionDraft &draft,
                                             QHash<QString, QString> names, QObject *parent)
    : QAbstractTableModel(parent), m_session(session), m_draft(draft), m_names(std::move(names))
{
    for (qsizetype i = 0; i < m_draft.nodes().size(); ++i) {
        const AdoptionDraft::Node &n = m_draft.nodes()[i];
        Row row;
        row.node = i;
        row.adopt = n.band == AdoptionDraft::Band::Adopted;
        row.priority = n.priority ? n.priority : 1;
        m_rows << row;
    }
    for (qsizetype i = 0; i < m_session.proposals.size(); ++i) {
        Row row;
        row.proposal = i;
        row.parent = m_session.proposals[i].parent;
        m_rows << row;
    }
}

const AdoptionDraft::Node *AdoptionDecisionModel::node(const Row &row) const
{
    return row.node >= 0 ? &m_draft.nodes()[row.node] : nullptr;
}

const WorkshopProposal *AdoptionDecisionModel::proposal(const Row &row) const
{
    return row.proposal >= 0 ? &m_session.proposals[row.proposal] : nullptr;
}

int AdoptionDecisionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AdoptionDecisionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AdoptionDecisionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows[index.row()];
    const AdoptionDraft::Node *n = node(r);
    if (index.column() == Adopt)
        return role == Qt::CheckStateRole ? QVariant(r.adopt ? Qt::Checked : Qt::Unchecked)
                                          : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Node:
        return n ? n->node + QLatin1Char(' ') + m_names.value(n->node)
                 : tr("新类型：%1").arg(proposal(r)->name);
    case Included:
        return n ? QStringLiteral("%1/%2").arg(n->included).arg(n->raters) : QString();
    case Draft:
        return n ? bandName(n->band) : tr("待合并");
    case Priority:
        return r.priority;
    case Parent:
        return r.parent;
    case Reason:
        return r.reason;
    default:
        return {};
    }
}

Qt::ItemFlags AdoptionDecisionModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Row &r = m_rows[index.row()];
    if (index.column() == Adopt)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == Priority || index.column() == Reason ||
        (index.column() == Parent && r.proposal >= 0))
        f |= Qt::ItemIsEditable;
    return f;
}

bool AdoptionDecisionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    Row &r = m_rows[index.row()];
    if (index.column() == Adopt && role == Qt::CheckStateRole) {
        r.adopt = value.toInt() == Qt::Checked;
    } else if (role != Qt::EditRole) {
        return false;
    } else if (index.column() == Priority) {
        const int p = value.toInt();
        if (p < 1 || p > 3)
            return false;
        r.priority = p;
    } else if (index.column() == Parent) {
        const QString code = value.toString().trimmed();
        if (!code.isEmpty() && !m_names.contains(code))
            return false;
        r.parent = code;
    } else {
        r.reason = value.toString().trimmed();
    }
    emit dataChanged(index, index);
    return true;
}

QVariant AdoptionDecisionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const kTitles[] = {
        QT_TR_NOOP("采纳"),   QT_TR_NOOP("分类"),     QT_TR_NOOP("选择"), QT_TR_NOOP("草案"),
        QT_TR_NOOP("优先级"), QT_TR_NOOP("上级分类"), QT_TR_NOOP("理由")};
    return section >= 0 && section < ColumnCount ? tr(kTitles[section]) : QVariant();
}

std::optional<WorkshopDecision>
AdoptionDecisionModel::decision(const QString &date, const QString &approver, QString *error) const
{
    WorkshopDecision d;
    d.session = m_session.id;
    d.department = m_session.department;
    d.date = date;
    d.approver = approver;
    d.round = m_draft.round();
    for (const Row &r : m_rows) {
        if (const WorkshopProposal *k = proposal(r)) {
            if (!r.adopt)
                continue;
            if (r.parent.isEmpty()) {
                *error = tr("新类型「%1」需要上级分类").arg(k->name);
                return std::nullopt;
            }
            QStringList lead; // the author's position serves the new kind first
            for (const WorkshopParticipant &p : m_session.participants) {
                if (p.name == k->author)
                    lead << p.position;
            }
            d.newKinds.append({k->id, k->name, k->description, r.parent, r.priority, lead});
            continue;
        }
        const AdoptionDraft::Node &n = *node(r);
        if (r.adopt) {
            // Below 1/3 the draft drops a node; the head may keep it, with a recorded reason.
            if (n.band == AdoptionDraft::Band::Dropped && r.reason.isEmpty()) {
                *error = tr("保留 %1 需要填写理由（不足三分之一的参与者选择）").arg(n.node);
                return std::nullopt;
            }
            d.adopted.append({n.node, r.priority, r.reason});
            for (const QString &g : n.lead)
                d.assignments.append({g, n.node, true});
            for (const QString &g : n.support)
                d.assignments.append({g, n.node, false});
        } else if (!r.reason.isEmpty()) {
            d.rejected.append({n.node, r.reason});
        } else {
            d.rejected.append(
                {n.node,
                 n.band == AdoptionDraft::Band::Adopted ? tr("部门负责人未采纳")
                 : n.band == AdoptionDraft::Band::Discussion
                     ? tr("讨论后未采纳")
                     : tr("不足三分之一的参与者选择（%1/%2）").arg(n.included).arg(n.raters)});
        }
    }
    if (const auto top = m_draft.toolkitCandidate())
        d.toolkitPainPoint = top->id;
    return d;
}

} // namespace portrait
