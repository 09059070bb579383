// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "models/AdoptionDecisionModel.h"

#include <QColor>

#include <algorithm>

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
    : QAbstractTableModel(parent), m_session(session), m_draft(draft), m_names(std::move(names)),
      m_positions(m_draft.positions())
{
    for (qsizetype i = 0; i < m_draft.nodes().size(); ++i) {
        const AdoptionDraft::Node &n = m_draft.nodes()[i];
        Row row;
        row.node = i;
        row.adopt = n.band == AdoptionDraft::Band::Adopted;
        row.priority = n.priority ? n.priority : 1;
        row.lead = n.lead;
        row.support = n.support;
        m_rows << row;
    }
    for (qsizetype i = 0; i < m_session.proposals.size(); ++i) {
        Row row;
        row.proposal = i;
        row.parent = m_session.proposals[i].parent;
        // The author's position serves the new kind first.
        for (const WorkshopParticipant &p : m_session.participants) {
            if (p.name == m_session.proposals[i].author && !row.lead.contains(p.position))
                row.lead << p.position;
        }
        m_rows << row;
    }
    for (const Row &row : std::as_const(m_rows)) { // positions named only by the draft
        for (const QString &g : row.lead + row.support) {
            if (!m_positions.contains(g))
                m_positions << g;
        }
    }
}

int AdoptionDecisionModel::positionColumn(const QString &position) const
{
    const qsizetype i = m_positions.indexOf(position);
    return i < 0 ? -1 : ColumnCount + int(i);
}

QString AdoptionDecisionModel::roleOf(const Row &row, const QString &position) const
{
    return row.lead.contains(position)      ? kLead
           : row.support.contains(position) ? kSupport
                                            : QString();
}

bool AdoptionDecisionModel::setRole(Row &row, const QString &position, const QString &role)
{
    if (!role.isEmpty() && role != kLead && role != kSupport)
        return false;
    row.lead.removeAll(position);
    row.support.removeAll(position);
    if (role == kLead)
        row.lead << position;
    else if (role == kSupport)
        row.support << position;
    return true;
}

QString AdoptionDecisionModel::rowName(const Row &row) const
{
    if (const AdoptionDraft::Node *n = node(row))
        return n->node + QLatin1Char(' ') + m_names.value(n->node);
    return tr("新类型：%1").arg(proposal(row)->name);
}

QStringList AdoptionDecisionModel::positionsWithoutNode() const
{
    QStringList result;
    for (const QString &g : m_positions) {
        const bool serves = std::any_of(m_rows.cbegin(), m_rows.cend(), [&](const Row &r) {
            return r.adopt && (r.lead.contains(g) || r.support.contains(g));
        });
        if (!serves)
            result << g;
    }
    return result;
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
    return parent.isValid() ? 0 : ColumnCount + int(m_positions.size());
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
    if (index.column() >= ColumnCount)
        return positionData(r, m_positions[index.column() - ColumnCount], role);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Node:
        return rowName(r);
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

QVariant AdoptionDecisionModel::positionData(const Row &r, const QString &position, int role) const
{
    const QString value = roleOf(r, position);
    switch (role) {
    case Qt::EditRole:
        return value;
    case Qt::DisplayRole:
        return value == kLead ? tr("主责") : value == kSupport ? tr("协同") : QString();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (!r.adopt || value.isEmpty())
            return {};
        return value == kLead ? QColor(0xc9, 0xdd, 0xf5) : QColor(0xe3, 0xf1, 0xdc);
    case Qt::ToolTipRole:
        return tr("%1 对「%2」：%3")
            .arg(position, rowName(r),
                 value == kLead      ? tr("主责")
                 : value == kSupport ? tr("协同")
                                     : tr("不负责"));
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
        (index.column() == Parent && r.proposal >= 0) || (index.column() >= ColumnCount && r.adopt))
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
        // The row's position cells change their look and editability with it.
        emit dataChanged(index, this->index(index.row(), columnCount() - 1));
        emitPositionsFlagged();
        return true;
    } else if (role != Qt::EditRole || index.column() == Adopt) {
        return false;
    } else if (index.column() >= ColumnCount) {
        if (!setRole(r, m_positions[index.column() - ColumnCount], value.toString()))
            return false;
        emit dataChanged(index, index);
        emitPositionsFlagged();
        return true;
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

void AdoptionDecisionModel::emitPositionsFlagged()
{
    if (!m_positions.isEmpty())
        emit headerDataChanged(Qt::Horizontal, ColumnCount, columnCount() - 1);
}

QVariant AdoptionDecisionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= ColumnCount && section < columnCount()) {
        const QString &g = m_positions[section - ColumnCount];
        const bool flagged = positionsWithoutNode().contains(g);
        if (role == Qt::DisplayRole)
            return flagged ? g + QStringLiteral(" ⚠") : g;
        if (role == Qt::ForegroundRole && flagged)
            return QColor(0xb0, 0x00, 0x20);
        if (role == Qt::ToolTipRole)
            return flagged ? tr("岗位「%1」还没有负责的客户分类（每个岗位都应有客户）").arg(g)
                           : tr("岗位「%1」：主责或协同的客户分类").arg(g);
        return {};
    }
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
            if (!m_positions.isEmpty() && r.lead.isEmpty()) {
                *error = tr("新类型「%1」需要至少一个主责岗位").arg(k->name);
                return std::nullopt;
            }
            d.newKinds.append(
                {k->id, k->name, k->description, r.parent, r.priority, r.lead, r.support});
            continue;
        }
        const AdoptionDraft::Node &n = *node(r);
        if (r.adopt) {
            // Below 1/3 the draft drops a node; the head may keep it, with a recorded reason.
            if (n.band == AdoptionDraft::Band::Dropped && r.reason.isEmpty()) {
                *error = tr("保留 %1 需要填写理由（不足三分之一的参与者选择）").arg(n.node);
                return std::nullopt;
            }
            if (!m_positions.isEmpty() && r.lead.isEmpty()) {
                *error = tr("%1 需要至少一个主责岗位（在岗位定位中指定）").arg(n.node);
                return std::nullopt;
            }
            d.adopted.append({n.node, r.priority, r.reason});
            for (const QString &g : r.lead)
                d.assignments.append({g, n.node, true});
            for (const QString &g : r.support)
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
