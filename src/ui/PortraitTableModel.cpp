// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/PortraitTableModel.h"

#include "ui/PortraitEvidenceMark.h"

#include <QBrush>
#include <QLocale>

namespace portrait {

namespace {
QString percent(double fraction)
{
    return QStringLiteral("%1%").arg(QLocale().toString(fraction * 100, 'f', 0));
}
} // namespace

PortraitTableModel::PortraitTableModel(Kind kind, QObject *parent)
    : QAbstractTableModel(parent), m_kind(kind)
{
}

void PortraitTableModel::setPortrait(const Portrait &portrait)
{
    beginResetModel();
    m_columns.clear();
    m_rows.clear();
    m_columnTips.clear();
    m_evidence.clear();
    m_cells.clear();
    switch (m_kind) {
    case Kind::Coverage:
        fillCoverage(portrait);
        break;
    case Kind::Lifecycle:
        fillLifecycle(portrait);
        break;
    case Kind::MatchBySegment:
        fillMatchBySegment(portrait);
        break;
    case Kind::MatchByGoal:
        fillMatchByGoal(portrait);
        break;
    case Kind::Resources:
        fillResources(portrait);
        break;
    }
    endResetModel();
}

void PortraitTableModel::fillCoverage(const Portrait &p)
{
    for (const CoverageColumn &c : p.columns) {
        m_columns << c.service;
        m_columnTips << c.name + QStringLiteral("\n") +
                            (c.partner ? tr("%1 的服务（协同，不计分）").arg(c.department)
                                       : tr("覆盖 %Ln 户", nullptr, int(c.reached))) +
                            (c.retire ? tr("；范围内无人使用") : QString());
    }
    for (int c = 0; c < p.columns.size(); ++c)
        m_evidence << PortraitEvidence::services();
    m_columns << tr("需求量") << tr("匹配度");
    m_columnTips << tr("D = Σ 客户群规模 × 需求比例") << tr("按需求量加权的匹配度");
    m_evidence << PortraitEvidence::segmentCount(p) << PortraitEvidence::match();
    for (const CoverageRow &r : p.rows) {
        m_rows << QStringLiteral("%1 %2").arg(r.need, r.name);
        QList<Cell> row;
        for (int c = 0; c < p.columns.size(); ++c) {
            Cell cell{r.cells.value(c), {}, r.gap};
            if (!cell.text.isEmpty()) {
                cell.drill = DrillDown{p.department, {}, {r.need}, p.columns[c].service, {},
                                       tr("%1 · 需求 %2 %3 · 服务 %4")
                                           .arg(p.department, r.need, r.name, p.columns[c].service)};
                cell.tip = tr("服务 %1 答此需求的客户；点击查看").arg(p.columns[c].service);
            }
            row << cell;
        }
        const QString partners =
            r.partners.isEmpty() ? QString()
                                 : tr("协同服务：%1").arg(r.partners.join(tr("、")));
        row << Cell{QLocale().toString(r.demand, 'f', 0), partners, r.gap,
                    DrillDown{p.department, {}, {r.need}, {}, {},
                              tr("%1 · 需求 %2 %3").arg(p.department, r.need, r.name)}};
        row << Cell{percent(r.match), r.gap ? tr("缺口：需求较多而无相应服务") : QString(), r.gap};
        m_cells << row;
    }
}

void PortraitTableModel::fillLifecycle(const Portrait &p)
{
    QStringList stages;
    for (const Segment &s : p.segments)
        for (const StageCell &c : s.stages)
            if (!stages.contains(c.stage))
                stages << c.stage;
    for (const QString &stage : std::as_const(stages)) {
        m_columns << (stage.isEmpty() ? tr("未知") : stage);
        m_evidence << PortraitEvidence::Mark{Evidence::Rule, PortraitEvidence::segmentCount(p).source + QLatin1Char('\n') +
                                                                 PortraitEvidence::services().source};
    }
    for (const Segment &s : p.segments) {
        m_rows << QStringLiteral("%1 %2").arg(s.node, s.name);
        QList<Cell> row;
        for (const QString &stage : std::as_const(stages)) {
            Cell cell;
            for (const StageCell &c : s.stages) {
                if (c.stage != stage)
                    continue;
                cell.text = c.count == 0
                                ? QString()
                                : QStringLiteral("%1 户 (%2)").arg(c.count).arg(percent(c.share));
                if (!c.services.isEmpty())
                    cell.text += (cell.text.isEmpty() ? QString() : QStringLiteral(" · ")) +
                                 c.services.join(QStringLiteral(" · "));
                cell.gap = c.gap;
                if (c.count > 0)
                    cell.drill = DrillDown{p.department, s.node, {}, {}, c.stage,
                                           tr("%1 · %2 %3 · 阶段 %4")
                                               .arg(p.department, s.node, s.name,
                                                    c.stage.isEmpty() ? tr("未知") : c.stage)};
                cell.tip = c.gap ? tr("陪伴缺口：此阶段有客户而无服务")
                                 : c.services.join(tr("、"));
            }
            row << cell;
        }
        m_cells << row;
    }
}

void PortraitTableModel::fillMatchBySegment(const Portrait &p)
{
    m_columns << tr("客户数") << tr("占范围") << tr("匹配度") << tr("缺口需求");
    m_evidence << PortraitEvidence::segmentCount(p) << PortraitEvidence::segmentCount(p)
               << PortraitEvidence::match() << PortraitEvidence::match();
    for (const Segment &s : p.segments) {
        m_rows << QStringLiteral("%1 %2").arg(s.node, s.name);
        const bool low = s.count > 0 && Portrait::band(s.match) == Portrait::Band::Misaligned;
        const QString label = QStringLiteral("%1 · %2 %3").arg(p.department, s.node, s.name);
        std::optional<DrillDown> all, gaps;
        if (s.count > 0)
            all = DrillDown{p.department, s.node, {}, {}, {}, label};
        if (!s.gapNeeds.isEmpty())
            gaps = DrillDown{p.department, s.node, s.gapNeeds, {}, {}, tr("%1 · 缺口需求").arg(label)};
        m_cells << QList<Cell>{{QLocale().toString(s.count), {}, false, all},
                               {percent(s.shareOfScope), {}, false, all},
                               {s.count ? percent(s.match) : QString(), {}, low},
                               {s.gapNeeds.join(tr("、")), {}, !s.gapNeeds.isEmpty(), gaps}};
    }
}

void PortraitTableModel::fillMatchByGoal(const Portrait &p)
{
    m_columns << tr("匹配度");
    m_evidence << PortraitEvidence::match();
    for (const ValueShare &g : p.matchByGoal) {
        m_rows << QStringLiteral("%1 %2").arg(g.code, g.name);
        m_cells << QList<Cell>{
            {percent(g.share), {}, Portrait::band(g.share) == Portrait::Band::Misaligned}};
    }
}

void PortraitTableModel::fillResources(const Portrait &p)
{
    m_columns << tr("利用率");
    m_evidence << PortraitEvidence::match();
    for (const ResourceUse &r : p.resources) {
        m_rows << QStringLiteral("%1 %2").arg(r.code, r.name);
        m_cells << QList<Cell>{{percent(r.utilisation), {}, r.utilisation < 0.2}};
    }
}

std::optional<DrillDown> PortraitTableModel::drillDownAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return std::nullopt;
    return m_cells[index.row()][index.column()].drill;
}

bool PortraitTableModel::isGap(int row, int column) const
{
    return m_cells.value(row).value(column).gap;
}

int PortraitTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PortraitTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant PortraitTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cell &cell = m_cells[index.row()][index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case Qt::ToolTipRole: {
        QStringList tip;
        if (!cell.tip.isEmpty())
            tip << cell.tip;
        if (cell.drill && cell.tip.isEmpty())
            tip << tr("点击查看这些客户");
        if (index.column() < m_evidence.size())
            tip << PortraitEvidenceMark::tooltip(m_evidence[index.column()]);
        return tip.isEmpty() ? QVariant() : QVariant(tip.join(QLatin1Char('\n')));
    }
    case Qt::BackgroundRole:
        return cell.gap ? QVariant(QBrush(QColor(0xfd, 0xe2, 0xe1))) : QVariant();
    case Qt::ForegroundRole:
        return cell.gap ? QVariant(QBrush(QColor(0xb0, 0x1e, 0x1e))) : QVariant();
    case Qt::TextAlignmentRole:
        return m_kind == Kind::Coverage && index.column() < m_columns.size() - 2
                   ? QVariant(Qt::AlignCenter)
                   : QVariant();
    default:
        return {};
    }
}

QVariant PortraitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const QStringList &names = orientation == Qt::Horizontal ? m_columns : m_rows;
    if (section < 0 || section >= names.size())
        return {};
    if (role == Qt::DisplayRole)
        return names[section];
    if (orientation == Qt::Horizontal && section < m_evidence.size()) {
        const PortraitEvidence::Mark &mark = m_evidence[section];
        if (role == Qt::DecorationRole)
            return PortraitEvidenceMark::icon(mark.evidence);
        if (role == Qt::ToolTipRole)
            return (section < m_columnTips.size() ? m_columnTips[section] + QLatin1Char('\n') : QString()) +
                   PortraitEvidenceMark::tooltip(mark);
    }
    return {};
}

} // namespace portrait
