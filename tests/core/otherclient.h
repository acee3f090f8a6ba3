// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Another client of a server project, racing the test's own: it runs on a thread of its own
// with a connection of its own and holds its transaction open, so the race is the server's
// real one, not a simulation (test_team_races.cpp, test_team_textedits.cpp).

#include "core/project.h"

#include <QSemaphore>
#include <QThread>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

namespace situate::teamtest {

using Make = std::function<Result<qint64>(Editor&)>;

// Another client runs `make` in an edit of its own and keeps that transaction open for a
// moment after its insert, then commits. This returns once its row is inserted (not yet
// committed); join() waits for the commit.
class OtherClient {
public:
    OtherClient(const QString& location, Make make, unsigned long holdMs = 400) {
        m_thread.reset(QThread::create([this, location, make, holdMs] {
            auto p = Project::open(location, Project::Backup::Skip);
            if (!p) {
                m_status = Status::failure(p.error());
                m_inserted.release();
                return;
            }
            m_status = (*p)->edit(QStringLiteral("other"), [&](Editor& e) -> Status {
                Result<qint64> id = make(e);
                if (id)
                    m_id = *id;
                m_inserted.release();
                QThread::msleep(holdMs);
                return Status::from(id);
            });
        }));
        m_thread->start();
        REQUIRE(m_inserted.tryAcquire(1, 20000));
    }
    ~OtherClient() { join(); }
    void join() { m_thread->wait(); }
    const Status& status() const { return m_status; }
    qint64 id() const { return m_id; }

private:
    std::unique_ptr<QThread> m_thread;
    QSemaphore m_inserted;
    Status m_status;
    qint64 m_id = 0;
};

} // namespace situate::teamtest
