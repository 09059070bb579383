// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// The binary form of the engine's frame in the column cache: every value comes back exactly
// (numbers bit for bit), blocks are small, and damaged bytes are refused without reading past
// them (the sanitizer build runs this too).
#include "storage/FrameBlockCodec.h"

#include "storage/BlobIo.h"

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

TEST_CASE("decimals are narrow and exact; a column with -0.0 keeps its sign")
{
    CustomerFrame f;
    const int dec = f.addColumn(QStringLiteral("dec"), AttributeType::Number);
    const int zero = f.addColumn(QStringLiteral("zero"), AttributeType::Number);
    const double decimals[] = {0.1 + 0.2, -12.3456, 1e-5, 0.1, 2.5, -7.0, 1234.5678};
    for (size_t r = 0; r < 7000; ++r) {
        f.appendRow(kFirst + qint64(r));
        f.column(dec).appendNumber(decimals[r % std::size(decimals)]);
        f.column(zero).appendNumber(r == 11 ? -0.0 : decimals[r % std::size(decimals)]);
    }
    // 0.1 + 0.2 is no decimal of four places: the column cannot be narrow with it.
    CHECK(FrameBlockCodec::encodeColumn(f.column(dec)).size() > qsizetype(7000 * sizeof(double)));
    CustomerFrame g;
    const int exact = g.addColumn(QStringLiteral("exact"), AttributeType::Number);
    const int signedZero = g.addColumn(QStringLiteral("signed zero"), AttributeType::Number);
    const double places[] = {-12.3456, 1e-4, 0.1, 2.5, -7.0, 1234.5678, 0.0};
    for (size_t r = 0; r < 7000; ++r) {
        g.appendRow(kFirst + qint64(r));
        g.column(exact).appendNumber(places[r % std::size(places)]);
        g.column(signedZero).appendNumber(r == 11 ? -0.0 : places[r % std::size(places)]);
    }
    const QByteArray narrow = FrameBlockCodec::encodeColumn(g.column(exact));
    CHECK(narrow.size() < qsizetype(7000 * 4 + 7000 / 8 + 64)); // four bytes a value at scale 10^4
    CHECK(FrameBlockCodec::encodeColumn(g.column(signedZero)).size() > qsizetype(7000 * sizeof(double)));
    for (const CustomerFrame *frame : {&f, &g}) {
        const CustomerFrame back = roundTrip(*frame);
        for (int c = 0; c < frame->columnCount(); ++c)
            checkSameColumn(*frame, back, c);
    }
    CHECK(std::signbit(roundTrip(g).column(signedZero).number(11)));
}

TEST_CASE("hostile sizes in a frame block are refused before anything is allocated for them")
{
    auto header = [](AttributeType type, quint8 encoding, quint32 rows) {
        QByteArray b;
        BlobIo::put(b, quint32(0x31465750)); // "PWF1"
        BlobIo::put(b, quint8(type));
        BlobIo::put(b, encoding);
        BlobIo::put(b, rows);
        return b;
    };
    CustomerFrame f;
    const int list = f.addColumn(QStringLiteral("l"), AttributeType::List);
    const int text = f.addColumn(QStringLiteral("t"), AttributeType::Text);
    const int num = f.addColumn(QStringLiteral("n"), AttributeType::Number);
    // A list of one row claiming 0xF0000000 items of 4-byte ids, with none present.
    QByteArray items = header(AttributeType::List, 1, 1);
    BlobIo::put(items, quint32(1));
    BlobIo::putString(items, std::string("甲"));
    BlobIo::put(items, quint8(1));       // id width
    BlobIo::put(items, quint8(4));       // count width
    BlobIo::put(items, quint32(0xF0000000u));
    BlobIo::put(items, quint32(0xF0000000u));
    CHECK_FALSE(FrameBlockCodec::decodeColumn(items, 1, f.column(list)));
    // A dictionary of 0xFFFFFFF0 entries in a few bytes.
    QByteArray dictionary = header(AttributeType::Text, 1, 2);
    BlobIo::put(dictionary, quint32(0xFFFFFFF0u));
    BlobIo::putString(dictionary, std::string("乙"));
    CustomerFrame g = f.emptyCopy();
    CHECK_FALSE(FrameBlockCodec::decodeColumn(dictionary, 2, g.column(text)));
    // A base no double holds exactly (INT64_MIN: also no undefined negation).
    QByteArray base = header(AttributeType::Number, 1, 1);
    BlobIo::put(base, quint8(0));
    BlobIo::put(base, quint8(1));
    BlobIo::put(base, std::numeric_limits<qint64>::min());
    BlobIo::put(base, quint32(1));
    BlobIo::put(base, quint8(1));
    BlobIo::put(base, quint8(0));
    CHECK_FALSE(FrameBlockCodec::decodeColumn(base, 1, g.column(num)));
}

TEST_CASE("a list block may hold more distinct values than 64 a row")
{
    CustomerFrame f;
    const int list = f.addColumn(QStringLiteral("labels"), AttributeType::List);
    for (int r = 0; r < 2; ++r) {
        f.appendRow(kFirst + r);
        QByteArray labels;
        for (int i = 0; i < 100; ++i)
            labels += (i ? ";" : "") + QByteArray("标签") + QByteArray::number(r * 100 + i);
        f.column(list).appendList(labels);
    }
    checkSameColumn(f, roundTrip(f), list);
}
