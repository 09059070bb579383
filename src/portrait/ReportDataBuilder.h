// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "portrait/Portrait.h"
#include "portrait/ReportData.h"

namespace portrait {

// Words and arranges a Portrait as the report of ux.md: cover, 一 overview, 二 one persona card
// per segment (most important first; empty segments are listed, not given a page), 三 service
// coverage, 四 lifecycle companionship, 五 resource match, 六 workshop results (only when the
// department has an adopted workshop), 七 recommended actions, 附录 largest customers, data
// quality and glossary. In the current interface language; pure (no widgets, no SQL).
class ReportDataBuilder
{
public:
    struct Options
    {
        QString workspace;       // shown on the cover
        bool maskNames = false;  // customer names through NameMasker
        QString generated;       // ISO date; today when empty
    };

    static ReportData build(const Portrait &portrait, const Config &config, const Options &options);

private:
    ReportDataBuilder(const Portrait &portrait, const Config &config, const Options &options);
    ReportSection overview() const;
    ReportSection cards() const;
    ReportCard card(const Segment &segment) const;
    ReportSection coverage() const;
    ReportSection lifecycle() const;
    ReportSection resourceMatch() const;
    ReportSection workshop() const;
    ReportSection appendix() const;
    QString nodeName(const QString &code) const;

    const Portrait &m_p;
    const Config &m_config;
    Options m_options;
};

// The concrete next steps of section 七, derived from the gaps (ux.md): a need without a service
// → a proposed service backed by the least-used resource advantage that backs such offerings;
// a stage without presence → a companionship action taken from the stage's description.
namespace ReportRecommendations {
QStringList actions(const Portrait &portrait, const Config &config);
}

} // namespace portrait
