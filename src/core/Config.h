// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace portrait {

// The configuration of a workspace as plain values: everything except customers, import history,
// workshops and snapshots. It is what `config export/import` reads and writes, and what the
// default content seeds a new workspace with. Lists keep the order in which items are shown.

struct ValueGoal
{
    QString code, nameZh, nameEn, descriptionZh, descriptionEn;
};

struct NeedGroup
{
    QString code, nameZh, nameEn, kind;
};

struct Need
{
    QString code, nameZh, nameEn, group;
    QStringList goals, stages;
};

struct Resource
{
    QString code, nameZh, nameEn, roleZh, roleEn, offeringsZh, offeringsEn;
};

struct Stage
{
    QString code, nameZh, nameEn, situationZh, situationEn, companionshipZh, companionshipEn;
    QStringList aliases;
};

struct TaxonomyNode
{
    QString code, parent, nameZh, nameEn, kind, definitionZh, definitionEn;
    QStringList coreNeeds, scenariosZh, scenariosEn;
};

struct Attribute
{
    QString key, nameZh, nameEn, type, unit;
    QStringList values, synonyms;
    std::optional<double> min, max;
    bool required = false;
    QString descriptionZh, descriptionEn;
};

struct Label
{
    QString name, nameEn;
};

// Which segment a position serves (岗位级定位, domain.md §10.3): role "lead" 主责 or "support" 协同;
// evidence "workshop" when a workshop's adoption set it, else "manual".
struct PositionNode
{
    QString node;
    QString role = QStringLiteral("lead");
    QString evidence = QStringLiteral("manual");
};

struct Position
{
    QString nameZh, nameEn;
    QList<PositionNode> nodes;
};

struct ScopeEntry
{
    QString node;
    int priority = 1;
    QString evidence = QStringLiteral("manual"); // or "workshop"
};

struct Department
{
    QString code, nameZh, nameEn, type, parent;
    QList<Position> positions;
    QList<ScopeEntry> scope;
};

struct ToolkitStep
{
    QString textZh, textEn;
};

struct Service
{
    QString code, department, nameZh, nameEn, kind, descriptionZh, descriptionEn;
    QStringList needs, stages, targets, resources;
    QString ownerPosition; // name_zh of a position of the department, or empty
    QList<ToolkitStep> steps;
};

struct Rule
{
    QString id, group, nameZh, nameEn;
    QString whenJson; // the condition tree, compact JSON (domain.md §8.1)
    std::optional<QString> outcome;
    QStringList deptTypes;
    bool enabled = true;
    QString why;
};

struct Settings
{
    QString dataDate; // ISO date or empty
    QStringList gridUnitCreditCodes;
};

struct Config
{
    Settings settings;
    QList<ValueGoal> valueGoals;
    QList<NeedGroup> needGroups;
    QList<Need> needs;
    QList<Resource> resources;
    QList<Stage> stages;
    QList<TaxonomyNode> taxonomy;
    QList<Attribute> attributes;
    QList<Label> labels;
    QList<Department> departments;
    QList<Service> services;
    QList<Rule> rules;
};

} // namespace portrait
