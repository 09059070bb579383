// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "io/ImportOptions.h"

#include <QCoreApplication>

namespace portrait {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::ImportReport)
};
} // namespace

QString ImportOptions::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Create: return QStringLiteral("create");
    case Mode::Update: return QStringLiteral("update");
    case Mode::Upsert: break;
    }
    return QStringLiteral("upsert");
}

bool ImportOptions::parseMode(const QString &name, Mode *mode)
{
    for (Mode m : {Mode::Create, Mode::Update, Mode::Upsert}) {
        if (name == modeName(m)) {
            *mode = m;
            return true;
        }
    }
    return false;
}

void ImportReport::addIssue(ImportIssue issue)
{
    if (issues.size() < kMaxIssues)
        issues << std::move(issue);
}

QString ImportReport::summary() const
{
    return Tr::tr("新建 %1，更新 %2，未变 %3，拒绝 %4，警告 %5")
        .arg(created)
        .arg(updated)
        .arg(unchanged)
        .arg(rejected)
        .arg(warnings);
}

} // namespace portrait
