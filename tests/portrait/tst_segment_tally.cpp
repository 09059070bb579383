// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "portrait/SegmentTally.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <random>

using namespace portrait;

namespace {

// The definition: sort, then interpolate linearly between the closest ranks.
double reference(std::vector<float> values, double q)
{
    std::sort(values.begin(), values.end());
    const double pos = q * double(values.size() - 1);
    const size_t lo = size_t(std::floor(pos));
    const float low = values[lo];
    const float high = lo + 1 < values.size() ? values[lo + 1] : low;
    return low + (pos - double(lo)) * (double(high) - double(low));
}

} // namespace

TEST_CASE("quantiles by radix selection equal those of a sorted copy")
{
    std::mt19937 random(11);
    const std::vector<double> qs{0.5, 0.25, 0.75, 0.0, 1.0, 0.9};
    SECTION("small hand-checked sets")
    {
        CHECK(SegmentTally::quantiles({}, {0.5}) == std::vector<double>{0});
        CHECK(SegmentTally::quantiles({7}, {0.25, 0.5, 0.75}) == std::vector<double>{7, 7, 7});
        CHECK(SegmentTally::quantiles({4, 1, 3, 2}, {0.5, 0.25, 0.75}) ==
              std::vector<double>{2.5, 1.75, 3.25});
    }
    SECTION("spread values, negatives, many ties, one bucket, sizes around powers of two")
    {
        std::uniform_real_distribution<float> spread(-1e6f, 1e6f);
        std::uniform_int_distribution<int> few(0, 3);
        std::uniform_real_distribution<float> narrow(1.0f, 1.0001f); // all in one histogram bucket
        for (size_t n : {2u, 3u, 63u, 64u, 65u, 1000u, 4097u, 100000u}) {
            std::vector<float> a, b, c;
            for (size_t i = 0; i < n; ++i) {
                a.push_back(spread(random));
                b.push_back(float(few(random)) * 0.5f - 0.5f);
                c.push_back(narrow(random));
            }
            for (const auto *values : {&a, &b, &c}) {
                const std::vector<double> got = SegmentTally::quantiles(*values, qs);
                for (size_t i = 0; i < qs.size(); ++i)
                    CHECK(got[i] == reference(*values, qs[i]));
            }
        }
    }
}
