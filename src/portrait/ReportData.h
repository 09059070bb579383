// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace portrait {

// The report 《部门客户画像报告》 as data (ux.md): sections of blocks with every text already
// worded and every number already formatted, in the report's language. The report library only
// lays it out; the same data can feed a preview. Texts are plain text and render literally.

struct KpiTile
{
    QString label, value, note, evidence;
    enum class Tone { Neutral, Good, Partial, Bad } tone = Tone::Neutral;
};

struct ReportChart // one series of values, drawn as horizontal bars (vector, Qt Charts)
{
    QString title, unit;   // unit "%": values are fractions shown as percentages
    QStringList categories;
    QList<double> values;
    QList<bool> flagged;   // drawn in the warning colour (gaps)
};

struct ReportTable
{
    QString caption;
    QStringList header;
    QList<QStringList> rows;
    QList<double> widths;          // relative column widths (empty: equal)
    QList<QPair<int, int>> flagged; // (row, column) cells shown as gaps; column -1: whole row
    bool wide = false;             // wants a landscape page
};

// A persona card (ux.md "画像卡"): title line, lines of label and text, bars for the needs and
// the lifecycle distribution.
struct ReportCard
{
    QString title, badge, subtitle, definition;
    QList<QPair<QString, QString>> lines;  // label, text
    struct Bar { QString label; double share = 0; bool flagged = false; };
    QList<Bar> needs, stages, goals;
    QStringList warnings;
};

struct ReportBlock
{
    enum class Kind { Heading, Paragraph, Bullets, Kpis, Chart, Table, Card, PageBreak } kind = Kind::Paragraph;
    QString text;           // Heading, Paragraph
    QStringList items;      // Bullets
    QList<KpiTile> kpis;
    ReportChart chart;
    ReportTable table;
    ReportCard card;

    static ReportBlock paragraph(const QString &text);
    static ReportBlock heading(const QString &text);
    static ReportBlock bullets(const QStringList &items);
};

struct ReportSection
{
    QString number, title;  // "一", "总体概况"; number empty for 附录
    QList<ReportBlock> blocks;
};

struct ReportData
{
    QString title, department, departmentCode, workspace, dataDate, generated;
    QString tocTitle, pageFormat; // "目录", "第 %1 页 / 共 %2 页"
    QList<QPair<QString, QString>> coverLines;
    QList<ReportSection> sections;
    bool maskedNames = false;

    static QString sectionTitle(const ReportSection &section);
};

} // namespace portrait
