// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "cli/PortraitSource.h"

#include "cli/Commands.h"
#include "core/Config.h"
#include "core/Workspace.h"
#include "storage/PortraitDataLoader.h"
#include "storage/Reclassification.h"

#include <QCoreApplication>

namespace portrait::PortraitSource {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::PortraitCommands)
};
} // namespace

QString departmentType(const Config &config, const QString &code)
{
    for (const Department &d : config.departments) {
        if (d.code == code)
            return d.type;
    }
    return {};
}

void ensureClassified(const CommandContext &c, Workspace &workspace)
{
    if (PortraitDataLoader::hasClassifications(workspace.db()))
        return;
    c.err << Tr::tr("工作区还没有分类结果，先分类全部客户…") << '\n';
    c.err.flush();
    Reclassification::run(workspace);
}

} // namespace portrait::PortraitSource
