// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QByteArray>

namespace portrait {

struct PortraitData;

// The binary form of a block of the customer columns the portraits read (ids, filled masks,
// numbers, enumerations with their dictionary, labels), as PortraitCustomerReader keeps it in
// the column cache: raw arrays in the machine's byte order (the format name says which), then
// the dictionaries. Decoding checks every size, offset and dictionary id, so a damaged blob is
// refused (and read from the rows again), never trusted. Storage-internal.
namespace PortraitBlockCodec {

QByteArray encode(const PortraitData &block);
// Fills the customer columns of an empty `block` (outcomes unknown: profile -1, no missing
// data); false when the bytes are not a well-formed block.
bool decode(const QByteArray &bytes, PortraitData &block);

} // namespace PortraitBlockCodec
} // namespace portrait
