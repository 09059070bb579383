// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "core/AttributeDictionary.h"
#include "core/Workspace.h"
#include "engine/ClassificationEngine.h"
#include "storage/ClassificationRepository.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"

#include <QVariantMap>

// Golden customers for portrait tests: inserted with exactly the attributes given, then
// classified through the engine with the data date fixed.
inline void addCustomer(portrait::Workspace &ws, const QVariantMap &values)
{
    QStringList columns, marks;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        columns << it.key();
        marks << QStringLiteral("?");
    }
    portrait::Statement st(ws.db(), QStringLiteral("INSERT INTO customers (%1) VALUES (%2)")
                                        .arg(columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')))
                                        .toStdString());
    int i = 0;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        st.bind(++i, it.value());
    st.run();
}

inline void classifyAll(portrait::Workspace &ws)
{
    using namespace portrait;
    ws.setSetting(QStringLiteral("data_date"), QStringLiteral("2026-01-01"));
    const Config config = ConfigRepository::load(ws.db());
    const CustomerFrame frame = ClassificationRepository::loadFrame(
        ws.db(), AttributeDictionary::load(ws.db()), ClassificationRepository::attributesUsed(config.rules));
    const ClassificationEngine engine(frame, ClassificationSetup::fromConfig(config, QDate(2026, 1, 1)));
    ClassificationRepository::store(ws.db(), frame, *engine.run());
}
