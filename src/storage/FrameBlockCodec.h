// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "engine/CustomerFrame.h"

#include <QByteArray>

namespace portrait {

// The binary form of one block of the classification engine's frame, as ClassificationRepository
// keeps it in the column cache: the block's customer ids in one blob, each column in a blob of
// its own (so that any set of columns the rules read can be served). Values are kept exactly and
// small: numbers as narrow integers with a decimal scale when every value of the block round-trips
// that way (checked value by value, otherwise as doubles), dates as narrow day offsets, texts as
// ids into the block's own dictionary, lists as per-row counts and item ids; a column empty in the
// whole block is a header. Decoding checks every size, width, offset and dictionary id, so a damaged
// blob is refused (and read from the rows again), never trusted. Storage-internal.
struct FrameBlockCodec
{
    // The ids of the frame's rows, all in the block that starts at `first`.
    static QByteArray encodeIds(const CustomerFrame &frame, qint64 first);
    // Appends the ids to an empty frame; false when the bytes are not well-formed.
    static bool decodeIds(const QByteArray &bytes, qint64 first, CustomerFrame &frame);

    static QByteArray encodeColumn(const CustomerFrame::Column &column);
    // Fills an empty column of the column's type with `rows` values; false when the bytes are not
    // a well-formed column of that type and length, the column then partly filled: the caller
    // discards the block's rows (CustomerFrame::clearRows) and reads them from the customers.
    static bool decodeColumn(const QByteArray &bytes, size_t rows, CustomerFrame::Column &column);
};

} // namespace portrait
