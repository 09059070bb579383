// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "engine/Parallel.h"

#include "engine/Progress.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace portrait::Parallel {

bool forChunks(size_t count, const std::function<void(size_t)> &work, Progress *progress,
               size_t maxThreads)
{
    std::atomic<size_t> next{0}, done{0};
    std::atomic<bool> cancelled{false};
    auto loop = [&](bool reporter) {
        for (;;) {
            if (cancelled.load(std::memory_order_relaxed))
                return;
            const size_t chunk = next.fetch_add(1);
            if (chunk >= count)
                return;
            work(chunk);
            const size_t finished = done.fetch_add(1) + 1;
            if (reporter && progress) {
                progress->setProgress(qint64(finished), qint64(count));
                if (progress->isCancelled())
                    cancelled = true;
            }
        }
    };
    size_t threads = maxThreads ? maxThreads : std::max(1u, std::thread::hardware_concurrency());
    threads = std::min(threads, std::max<size_t>(count, 1));
    std::vector<std::thread> helpers;
    for (size_t i = 1; i < threads; ++i)
        helpers.emplace_back(loop, false);
    loop(true);
    for (std::thread &t : helpers)
        t.join();
    if (progress && !cancelled)
        progress->setProgress(qint64(count), qint64(count));
    return !cancelled;
}

} // namespace portrait::Parallel
