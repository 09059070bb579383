// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "storage/PortraitBlockCodec.h"

#include "portrait/PortraitData.h"
#include "storage/BlobIo.h"

#include <limits>

namespace portrait::PortraitBlockCodec {

namespace {

constexpr quint32 kMagic = 0x31435750; // "PWC1"

using BlobIo::put;
using BlobIo::putArray;

void putNames(QByteArray &out, const QStringList &names)
{
    put(out, quint32(names.size()));
    for (const QString &n : names) {
        const QByteArray utf8 = n.toUtf8();
        BlobIo::putString(out, std::string_view(utf8.constData(), size_t(utf8.size())));
    }
}

// The dictionary of an enumeration or of the labels.
bool getNames(BlobIo::Reader &in, QStringList &names)
{
    quint32 count = 0;
    if (!in.get(count) || count > quint32(std::numeric_limits<qint16>::max()))
        return false;
    for (quint32 i = 0; i < count; ++i) {
        std::string_view s;
        if (!in.getString(s))
            return false;
        names << QString::fromUtf8(s.data(), qsizetype(s.size()));
    }
    return true;
}

bool validIds(const std::vector<qint16> &ids, qsizetype dictionary, bool allowEmpty)
{
    for (qint16 v : ids) {
        if (v >= dictionary || v < (allowEmpty ? -1 : 0))
            return false;
    }
    return true;
}

} // namespace

QByteArray encode(const PortraitData &block)
{
    QByteArray out;
    const size_t rows = block.ids.size();
    out.reserve(qsizetype(rows * 64 + 4096));
    put(out, kMagic);
    put(out, quint32(rows));
    put(out, quint32(block.labelItems.size()));
    putArray(out, block.ids);
    putArray(out, block.filled);
    for (const auto &v : block.numbers)
        putArray(out, v);
    for (const auto &v : block.enums)
        putArray(out, v);
    putArray(out, block.labelOffsets);
    putArray(out, block.labelItems);
    for (const QStringList &names : block.enumValues)
        putNames(out, names);
    putNames(out, block.labelNames);
    return out;
}

bool decode(const QByteArray &bytes, PortraitData &block)
{
    BlobIo::Reader in(bytes);
    quint32 magic = 0, rows = 0, items = 0;
    if (!in.get(magic) || magic != kMagic || !in.get(rows) || !in.get(items))
        return false;
    if (!in.getArray(block.ids, rows) || !in.getArray(block.filled, rows))
        return false;
    for (auto &v : block.numbers) {
        if (!in.getArray(v, rows))
            return false;
    }
    for (auto &v : block.enums) {
        if (!in.getArray(v, rows))
            return false;
    }
    if (!in.getArray(block.labelOffsets, size_t(rows) + 1) || !in.getArray(block.labelItems, items))
        return false;
    for (QStringList &names : block.enumValues) {
        if (!getNames(in, names))
            return false;
    }
    if (!getNames(in, block.labelNames) || !in.atEnd())
        return false;
    // Ids ascending, offsets from 0 to the item count without going back, every dictionary id
    // inside its dictionary.
    for (size_t r = 1; r < block.ids.size(); ++r) {
        if (block.ids[r] <= block.ids[r - 1])
            return false;
    }
    if (block.labelOffsets.front() != 0 || block.labelOffsets.back() != items)
        return false;
    for (size_t r = 1; r < block.labelOffsets.size(); ++r) {
        if (block.labelOffsets[r] < block.labelOffsets[r - 1])
            return false;
    }
    for (int e = 0; e < PortraitData::EnumCount; ++e) {
        if (!validIds(block.enums[size_t(e)], block.enumValues[size_t(e)].size(), true))
            return false;
    }
    if (!validIds(block.labelItems, block.labelNames.size(), false))
        return false;
    block.profile.assign(rows, -1);
    block.missingData.assign(rows, 0);
    return true;
}

} // namespace portrait::PortraitBlockCodec
