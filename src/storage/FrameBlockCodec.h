// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QByteArray>

namespace portrait {

class CustomerFrame;

// The binary form of a block of the classification engine's frame (ids and the rule columns),
// as ClassificationRepository keeps it in the column cache: per column its type, raw values in
// the machine's byte order (the format name says which) and its dictionary. Decoding checks
// every size, offset and dictionary id, so a damaged blob is refused (and the rows read again),
// never trusted. Storage-internal.
namespace FrameBlockCodec {

QByteArray encode(const CustomerFrame &block);
// Fills `block`, which has the columns of the encoded frame and no rows; false when the bytes
// are not a well-formed block of such a frame.
bool decode(const QByteArray &bytes, CustomerFrame &block);

} // namespace FrameBlockCodec
} // namespace portrait
