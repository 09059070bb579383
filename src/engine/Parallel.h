// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <functional>

namespace portrait {

class Progress;

// Runs work(chunk) for chunk = 0 … count − 1 on all cores; the calling thread takes part and
// reports progress and polls cancellation between its chunks. Chunks write to disjoint places,
// so the outcome does not depend on the schedule. Returns false when cancelled (some chunks may
// then not have run).
namespace Parallel {

bool forChunks(size_t count, const std::function<void(size_t)> &work, Progress *progress = nullptr,
               size_t maxThreads = 0);

} // namespace Parallel
} // namespace portrait
