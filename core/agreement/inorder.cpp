// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/inorder.h"

#include <array>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace situate {

namespace {

constexpr qsizetype kSlots = 4;

class Pieces {
public:
    Pieces(qsizetype count, const MakePiece& make)
        : m_count(count)
        , m_make(make) {
        m_ready.fill(-1);
    }

    // The helper: makes whichever piece is next while a slot is free.
    void help() {
        std::unique_lock<std::mutex> lock(m_lock);
        for (;;) {
            m_changed.wait(lock, [&] { return m_claimed >= m_count || canClaim(); });
            if (m_claimed >= m_count)
                return;
            makeNext(lock, 1);
        }
    }

    // The caller: piece k once made, making pieces itself while it waits.
    void sinkAll(const std::function<void(const QByteArray&)>& sink) {
        for (qsizetype k = 0; k < m_count; ++k) {
            std::unique_lock<std::mutex> lock(m_lock);
            while (m_ready[size_t(k % kSlots)] != k) {
                if (canClaim())
                    makeNext(lock, 0);
                else
                    m_changed.wait(lock);
            }
            lock.unlock();
            QByteArray& piece = m_slots[size_t(k % kSlots)];
            sink(piece);
            piece.resize(0); // keeps its room (if the sink kept no copy)
            lock.lock();
            m_ready[size_t(k % kSlots)] = -1;
            ++m_sunk;
            m_changed.notify_all();
        }
    }

private:
    // A piece may be made once the piece kSlots before it, in the same slot, is handed on.
    bool canClaim() const { return m_claimed < m_count && m_claimed < m_sunk + kSlots; }

    void makeNext(std::unique_lock<std::mutex>& lock, int thread) {
        const qsizetype k = m_claimed++;
        lock.unlock();
        m_make(k, m_slots[size_t(k % kSlots)], thread);
        lock.lock();
        m_ready[size_t(k % kSlots)] = k;
        m_changed.notify_all();
    }

    const qsizetype m_count;
    const MakePiece& m_make;
    std::mutex m_lock;
    std::condition_variable m_changed;
    qsizetype m_claimed = 0;               // pieces given to a thread to make
    qsizetype m_sunk = 0;                  // pieces handed on
    std::array<qsizetype, kSlots> m_ready; // the piece each slot holds, made; -1 for none
    std::array<QByteArray, kSlots> m_slots;
};

} // namespace

void makeInOrder(qsizetype count, const MakePiece& make,
                 const std::function<void(const QByteArray&)>& sink) {
    Pieces pieces(count, make);
    std::thread helper([&] { pieces.help(); });
    pieces.sinkAll(sink);
    helper.join();
}

void runOnTwoThreads(const std::function<void(int)>& job) {
    std::thread other([&] { job(0); });
    job(1);
    other.join();
}

} // namespace situate
