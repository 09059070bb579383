// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// The binary form of the engine's frame in the column cache: every value comes back exactly
// (numbers bit for bit), blocks are small, and damaged bytes are refused without reading past
// them (the sanitizer build runs this too).
#include "storage/FrameBlockCodec.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <cmath>
#include <cstring>
#include <limits>

using namespace portrait;

namespace {

constexpr qint64 kFirst = qint64(3) << 16; // a block's first id

bool sameNumber(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0 || (std::isnan(a) && std::isnan(b));
}

// Every value of column c of two frames is the same, read as the engine reads it.
void checkSameColumn(const CustomerFrame &a, const CustomerFrame &b, int c)
{
    const CustomerFrame::Column &x = a.column(c), &y = b.column(c);
    INFO(x.key().toStdString());
    REQUIRE(a.rowCount() == b.rowCount());
    for (size_t r = 0; r < a.rowCount(); ++r) {
        INFO("row " << r);
        REQUIRE(x.isEmpty(r) == y.isEmpty(r));
        if (x.type() == AttributeType::Number)
            CHECK(sameNumber(x.number(r), y.number(r)));
        else
            CHECK(x.text(r) == y.text(r)); // dates, texts and lists as users read them
    }
}

// A block's frame with one column of each type and awkward values.
CustomerFrame sample(size_t rows)
{
    CustomerFrame f;
    const int num = f.addColumn(QStringLiteral("n"), AttributeType::Number);
    const int date = f.addColumn(QStringLiteral("d"), AttributeType::Date);
    const int text = f.addColumn(QStringLiteral("t"), AttributeType::Text);
    const int list = f.addColumn(QStringLiteral("l"), AttributeType::List);
    const double awkward[] = {0.0, -0.0, 0.1, 0.1 + 0.2, 1.5, -12.3456, 1e-5, 1e300, -1e300,
                              std::numeric_limits<double>::infinity(), 9007199254740993.0, 123456.789, 2.0 / 3};
    for (size_t r = 0; r < rows; ++r) {
        f.appendRow(kFirst + qint64(r) * 3);
        if (r % 4 == 3)
            f.column(num).appendEmpty();
        else
            f.column(num).appendNumber(awkward[r % std::size(awkward)]);
        if (r % 5 == 0)
            f.column(date).appendEmpty();
        else
            f.column(date).appendDate(qint32(QDate(1990 + int(r % 40), 1 + int(r % 12), 1).toJulianDay()));
        f.column(text).appendText(r % 7 == 0 ? QByteArray() : QByteArray("值") + QByteArray::number(qint64(r % 300)));
        f.column(list).appendList(r % 3 == 0 ? QByteArray() : "甲;乙" + QByteArray::number(qint64(r % 4)) + ";甲");
    }
    return f;
}

CustomerFrame roundTrip(const CustomerFrame &f)
{
    CustomerFrame back = f.emptyCopy();
    REQUIRE(FrameBlockCodec::decodeIds(FrameBlockCodec::encodeIds(f, kFirst), kFirst, back));
    for (int c = 0; c < f.columnCount(); ++c)
        REQUIRE(FrameBlockCodec::decodeColumn(FrameBlockCodec::encodeColumn(f.column(c)), back.rowCount(), back.column(c)));
    return back;
}

} // namespace

TEST_CASE("a frame block comes back from its binary form exactly")
{
    const CustomerFrame f = sample(5000);
    const CustomerFrame back = roundTrip(f);
    CHECK(back.ids() == f.ids());
    for (int c = 0; c < f.columnCount(); ++c)
        checkSameColumn(f, back, c);
    // -0.0 keeps its sign and 0.1 + 0.2 stays what it is (not 0.3).
    CHECK(std::signbit(back.column(0).number(1)));
    CHECK(back.column(0).number(16) == 0.1 + 0.2); // row 16: awkward[3]
}

TEST_CASE("numbers that are decimals are stored as narrow integers, empty columns as a header")
{
    CustomerFrame f;
    const int kw = f.addColumn(QStringLiteral("kw"), AttributeType::Number);
    const int rare = f.addColumn(QStringLiteral("rare"), AttributeType::Number);
    const int none = f.addColumn(QStringLiteral("none"), AttributeType::Text);
    for (int r = 0; r < 10000; ++r) {
        f.appendRow(kFirst + r);
        f.column(kw).appendNumber(r % 50 * 0.5); // 0 … 24.5: one byte at scale 10
        if (r == 4321)
            f.column(rare).appendNumber(7.5);
        else
            f.column(rare).appendEmpty();
        f.column(none).appendEmpty();
    }
    const QByteArray dense = FrameBlockCodec::encodeColumn(f.column(kw));
    const QByteArray sparse = FrameBlockCodec::encodeColumn(f.column(rare));
    const QByteArray empty = FrameBlockCodec::encodeColumn(f.column(none));
    CHECK(dense.size() < 10000 + 10000 / 8 + 64);   // a byte per value, a bit for being filled
    CHECK(sparse.size() < 10000 / 8 + 64);          // the bitmap and one value
    CHECK(empty.size() < 16);
    CHECK(FrameBlockCodec::encodeIds(f, kFirst).size() < 65536 / 8 + 16); // a bit per id
    const CustomerFrame back = roundTrip(f);
    for (int c = 0; c < f.columnCount(); ++c)
        checkSameColumn(f, back, c);
}

TEST_CASE("a damaged frame block is refused, never read past its end")
{
    const CustomerFrame f = sample(300);
    std::vector<QByteArray> blobs{FrameBlockCodec::encodeIds(f, kFirst)};
    for (int c = 0; c < f.columnCount(); ++c)
        blobs.push_back(FrameBlockCodec::encodeColumn(f.column(c)));
    for (size_t b = 0; b < blobs.size(); ++b) {
        INFO("blob " << b);
        auto decodes = [&](const QByteArray &bytes) {
            CustomerFrame into = f.emptyCopy();
            if (b == 0)
                return FrameBlockCodec::decodeIds(bytes, kFirst, into);
            return FrameBlockCodec::decodeColumn(bytes, f.rowCount(), into.column(int(b) - 1));
        };
        REQUIRE(decodes(blobs[b]));
        size_t refused = 0;
        for (qsizetype cut = 0; cut < blobs[b].size(); ++cut) // every truncation
            refused += decodes(blobs[b].left(cut)) ? 0 : 1;
        CHECK(refused == size_t(blobs[b].size()));
        CHECK_FALSE(decodes(blobs[b] + QByteArray(1, '\0'))); // trailing bytes
        for (qsizetype at = 0; at < blobs[b].size(); ++at) { // every byte changed: refused or well-formed
            QByteArray bad = blobs[b];
            bad[at] = char(~bad[at]);
            decodes(bad);
        }
    }
    // A column of another type or length is not taken.
    CustomerFrame other = f.emptyCopy();
    CHECK_FALSE(FrameBlockCodec::decodeColumn(FrameBlockCodec::encodeColumn(f.column(0)), f.rowCount(), other.column(1)));
    CHECK_FALSE(FrameBlockCodec::decodeColumn(FrameBlockCodec::encodeColumn(f.column(0)), f.rowCount() + 1, other.column(0)));
}
