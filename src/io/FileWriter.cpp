// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "io/FileWriter.h"

#include "core/Error.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace portrait::FileWriter {

void write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error(QCoreApplication::translate("portrait::FileWriter", "%1：无法写入：%2")
                        .arg(path, file.errorString()));
}

} // namespace portrait::FileWriter
