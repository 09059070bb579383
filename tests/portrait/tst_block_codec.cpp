// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// The column cache's blobs are read back from a file anyone can edit: every damaged form must be
// refused (and the rows read instead), none may crash or be half taken.
#include "TestWorkspace.h"
#include "portrait/PortraitData.h"
#include "storage/PortraitBlockCodec.h"

#include <algorithm>
#include <cmath>
#include <random>

using namespace portrait;

namespace {

PortraitData sampleBlock()
{
    PortraitData b;
    for (qint64 id = 100; id < 160; ++id) {
        b.ids.push_back(id);
        b.filled.push_back(quint64(id) * 2654435761u);
        for (auto &v : b.numbers)
            v.push_back(id % 3 ? float(id) * 1.5f : std::numeric_limits<float>::quiet_NaN());
        for (int e = 0; e < PortraitData::EnumCount; ++e)
            b.enums[size_t(e)].push_back(id % 4 == 0 ? qint16(-1) : qint16(id % 3));
        if (id % 2)
            b.labelItems.push_back(qint16(id % 2));
        b.labelOffsets.push_back(quint32(b.labelItems.size()));
    }
    for (auto &names : b.enumValues)
        names = {QStringLiteral("甲"), QStringLiteral("乙"), QStringLiteral("丙")};
    b.labelNames = {QStringLiteral("高耗能企业"), QStringLiteral("重点用能单位")};
    return b;
}

} // namespace

TEST_CASE("a block of portrait columns survives encoding, and damaged blobs are refused")
{
    const PortraitData block = sampleBlock();
    const QByteArray bytes = PortraitBlockCodec::encode(block);
    PortraitData back;
    REQUIRE(PortraitBlockCodec::decode(bytes, back));
    CHECK(back.ids == block.ids);
    CHECK(back.filled == block.filled);
    CHECK(back.enums == block.enums);
    CHECK(back.enumValues == block.enumValues);
    CHECK(back.labelOffsets == block.labelOffsets);
    CHECK(back.labelItems == block.labelItems);
    CHECK(back.labelNames == block.labelNames);
    size_t differing = 0;
    for (int n = 0; n < PortraitData::NumberCount; ++n)
        for (size_t r = 0; r < block.ids.size(); ++r)
            differing += (std::isnan(block.numbers[size_t(n)][r]) ? !std::isnan(back.numbers[size_t(n)][r])
                                                                  : back.numbers[size_t(n)][r] != block.numbers[size_t(n)][r])
                             ? 1 : 0;
    CHECK(differing == 0);
    CHECK(back.profile == std::vector<qint32>(block.ids.size(), -1));

    // Every truncation, and bytes appended.
    size_t accepted = 0;
    for (qsizetype n = 0; n < bytes.size(); ++n) {
        PortraitData d;
        accepted += PortraitBlockCodec::decode(bytes.left(n), d) ? 1 : 0;
    }
    CHECK(accepted == 0);
    PortraitData longer;
    CHECK_FALSE(PortraitBlockCodec::decode(bytes + QByteArray("x"), longer));

    // Random damage: refused or taken whole, never a crash (run under ASan/UBSan in CI); ids out
    // of order, dictionary ids out of range and broken offsets are always refused.
    std::mt19937 random(7);
    size_t taken = 0, inconsistent = 0;
    for (int trial = 0; trial < 2000; ++trial) {
        QByteArray damaged = bytes;
        for (int k = 0; k < 4; ++k)
            damaged[qsizetype(random() % quint32(damaged.size()))] = char(random());
        PortraitData d;
        if (!PortraitBlockCodec::decode(damaged, d))
            continue;
        ++taken; // damage inside the numbers or the texts is not detectable, and harmless
        inconsistent += !std::is_sorted(d.ids.begin(), d.ids.end()) || d.labelOffsets.back() != d.labelItems.size();
        for (int e = 0; e < PortraitData::EnumCount; ++e)
            for (qint16 v : d.enums[size_t(e)])
                inconsistent += v >= d.enumValues[size_t(e)].size() ? 1 : 0;
    }
    CHECK(inconsistent == 0);
    CHECK(taken < 2000); // most damage is caught
}
