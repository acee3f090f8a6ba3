// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces of an agreement table made on two threads: handed on in order, each once, never
// more than four made and waiting, whatever each piece takes to make.
#include "core/agreement/inorder.h"

#include <QList>

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <mutex>
#include <random>
#include <set>
#include <thread>

using namespace situate;

TEST_CASE("Pieces made on two threads are handed on in order", "[agreement]") {
    for (const qsizetype count : {qsizetype(0), qsizetype(1), qsizetype(3), qsizetype(500)}) {
        std::atomic<int> waiting{0}, mostWaiting{0};
        std::mutex threadsLock;
        std::set<std::thread::id> threads;
        const std::thread::id caller = std::this_thread::get_id();
        const auto make = [&](qsizetype k, QByteArray& out, int thread) {
            CHECK((thread == 0) == (std::this_thread::get_id() == caller));
            CHECK(out.isEmpty());
            // Uneven work, so the two threads finish out of order.
            std::this_thread::sleep_for(std::chrono::microseconds((k * 7919) % 300));
            out = QByteArray::number(k) + ':' + QByteArray(int(k % 50), 'x');
            const int now = ++waiting;
            int seen = mostWaiting.load();
            while (now > seen && !mostWaiting.compare_exchange_weak(seen, now)) {
            }
            const std::lock_guard<std::mutex> lock(threadsLock);
            threads.insert(std::this_thread::get_id());
        };
        QList<QByteArray> handed;
        makeInOrder(count, make, [&](const QByteArray& piece) {
            --waiting;
            handed << piece;
        });
        REQUIRE(handed.size() == count);
        for (qsizetype k = 0; k < count; ++k)
            CHECK(handed[k] == QByteArray::number(k) + ':' + QByteArray(int(k % 50), 'x'));
        CHECK(mostWaiting.load() <= 4);
        if (count == 500)
            CHECK(threads.size() == 2);
    }
}

TEST_CASE("A job runs once on each of two threads", "[agreement]") {
    std::atomic<int> ran[2] = {0, 0};
    std::thread::id ids[2];
    runOnTwoThreads([&](int i) {
        ++ran[i];
        ids[i] = std::this_thread::get_id();
    });
    CHECK(ran[0] == 1);
    CHECK(ran[1] == 1);
    CHECK(ids[0] != ids[1]);
    CHECK(ids[1] == std::this_thread::get_id());
}
