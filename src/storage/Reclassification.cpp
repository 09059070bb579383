// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "storage/Reclassification.h"

#include "core/AttributeDictionary.h"
#include "core/Workspace.h"
#include "engine/ClassificationEngine.h"
#include "engine/ClassificationResult.h"
#include "engine/CustomerFrame.h"
#include "storage/ClassificationRepository.h"
#include "storage/ConfigRepository.h"

namespace portrait::Reclassification {

QDate dataDate(Workspace &workspace, bool *today)
{
    const QDate d = QDate::fromString(workspace.setting(QStringLiteral("data_date")), Qt::ISODate);
    if (today)
        *today = !d.isValid();
    return d.isValid() ? d : QDate::currentDate();
}

qint64 run(Workspace &workspace)
{
    const Config config = ConfigRepository::load(workspace.db());
    const AttributeDictionary dictionary = AttributeDictionary::load(workspace.db());
    CustomerFrame frame = ClassificationRepository::loadFrame(
        workspace.db(), dictionary, ClassificationRepository::attributesUsed(config.rules));
    const ClassificationEngine engine(
        frame, ClassificationSetup::fromConfig(config, dataDate(workspace),
                                               ClassificationRepository::overrides(workspace.db())));
    const ClassificationResult result = *engine.run();
    frame.dropValues(); // the engine is done with them
    ClassificationRepository::store(workspace.db(), frame, result);
    return qint64(frame.rowCount());
}

} // namespace portrait::Reclassification
