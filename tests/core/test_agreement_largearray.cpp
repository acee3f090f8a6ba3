// SPDX-License-Identifier: GPL-3.0-or-later
// The agreement's big arrays: LargeArray over platform::allocateLarge, and the groups of a
// table swept in two ranges at once giving what one sweep gives.
#include "core/agreement/inorder.h"
#include "core/agreement/spangroups.h"
#include "core/largearray.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <random>

using namespace situate;

namespace {

struct Record {
    qint64 value = -1;
    int tag = 7;
};

struct Mark {
    qint64 start = 0;
    qint64 end = 0;
    int group = 0;
    unsigned coder = 0;
};

} // namespace

TEST_CASE("Large allocations are zero-filled, and on Linux aligned to huge pages", "[agreement]") {
    for (const std::size_t bytes : {std::size_t(0), std::size_t(1), std::size_t(511) << 10,
                                    std::size_t(512) << 10, (std::size_t(3) << 20) + 1}) {
        CAPTURE(bytes);
        auto* p = static_cast<unsigned char*>(platform::allocateLarge(bytes));
        REQUIRE(p != nullptr);
        bool zero = true;
        for (std::size_t i = 0; i < bytes; ++i)
            zero = zero && p[i] == 0;
        CHECK(zero);
        for (std::size_t i = 0; i < bytes; i += 4096)
            p[i] = 1; // writable to its end
        if (bytes > 0)
            p[bytes - 1] = 1;
#ifdef Q_OS_LINUX
        if (bytes >= (std::size_t(512) << 10))
            CHECK(reinterpret_cast<std::uintptr_t>(p) % (std::uintptr_t(2) << 20) == 0);
#endif
        platform::freeLarge(p, bytes);
    }
    platform::freeLarge(nullptr, 1 << 20); // nothing to give back
}

TEST_CASE("A large array keeps its records through growth, copies and moves", "[agreement]") {
    LargeArray<Record> a;
    CHECK(a.isEmpty());
    for (qint64 i = 0; i < 100000; ++i) // through many reallocations, past 512 KiB
        a.append({i * 3, int(i % 5)});
    REQUIRE(a.size() == 100000);
    bool kept = true;
    for (qint64 i = 0; i < a.size(); ++i)
        kept = kept && a[i].value == i * 3 && a[i].tag == int(i % 5);
    CHECK(kept);

    a.append(a[0]); // a record of its own, appended as it grows
    CHECK(a[a.size() - 1].value == 0);

    LargeArray<Record> copy = a;
    copy[5].value = -5;
    CHECK(a[5].value == 15);
    CHECK(copy.size() == a.size());
    LargeArray<Record> small;
    small.append({1, 1});
    small = copy; // assigned over a smaller one
    CHECK(small.size() == a.size());
    CHECK(small[5].value == -5);

    LargeArray<Record> moved = std::move(copy);
    CHECK(moved.size() == a.size());
    CHECK(moved[99999].value == 99999 * 3);

    LargeArray<Record> grown;
    grown.resize(3);
    CHECK(grown[2].value == -1);
    CHECK(grown[2].tag == 7); // default-constructed
    LargeArray<Record> overwritten;
    overwritten.resizeForOverwrite(200000);
    CHECK(overwritten[199999].value == 0); // fresh memory: zeros until written
    CHECK(overwritten[199999].tag == 0);
    overwritten.clear();
    CHECK(overwritten.isEmpty());

    qint64 sum = 0;
    for (const Record& r : std::as_const(a))
        sum += r.tag;
    CHECK(sum == 200000);
}

TEST_CASE("Two ranges of groups swept at once give what one sweep gives", "[agreement]") {
    std::mt19937 random(17);
    for (const size_t groups : {size_t(0), size_t(1), size_t(5), size_t(3000)}) {
        CAPTURE(groups);
        std::vector<Mark> marks;
        // Uneven: most groups empty or small, a few large.
        for (size_t g = 0; g < groups; ++g) {
            const int count = g % 97 == 0 ? 60 : int(random() % 4);
            for (int i = 0; i < count; ++i) {
                const qint64 start = random() % 500;
                marks.push_back(
                    {start, start + qint64(random() % 40), int(g), unsigned(random() % 2)});
            }
        }
        marks.push_back({0, 10, int(groups) + 3, 0}); // outside every group: left out
        const auto slot = [](const Mark& m) {
            return size_t(m.group);
        };
        const auto parts = {
            std::pair<const Mark*, const Mark*>{marks.data(), marks.data() + marks.size()}};
        using Merged = std::pair<QVector<Span>, QVector<Span>>;
        std::vector<Merged> once(groups), split(groups);
        std::vector<size_t> seen;
        forEachSpanGroup<Mark>(groups, parts, slot,
                               [&](size_t g, const QVector<Span>& a, const QVector<Span>& b) {
                                   once[g] = {a, b};
                                   seen.push_back(g);
                               });
        CHECK(seen.size() == groups);
        CHECK(std::is_sorted(seen.cbegin(), seen.cend()));

        PlacedGroups<Mark> placed(groups, parts, slot);
        REQUIRE(placed.groups() == groups);
        const size_t middle = placed.middle();
        REQUIRE(middle <= groups);
        // The middle halves the work: groups plus marks before it.
        qsizetype total = 0, before = 0;
        for (const Mark& m : marks)
            if (size_t(m.group) < groups) {
                ++total;
                before += size_t(m.group) < middle ? 1 : 0;
            }
        CHECK(2 * (before + qsizetype(middle)) >= total + qsizetype(groups));
        runOnTwoThreads([&](int half) {
            const auto keep = [&](size_t g, const QVector<Span>& a, const QVector<Span>& b) {
                split[g] = {a, b};
            };
            if (half == 0)
                placed.sweep(0, middle, keep);
            else
                placed.sweep(middle, groups, keep);
        });
        CHECK(split == once);
    }
}
