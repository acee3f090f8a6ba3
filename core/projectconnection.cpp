// SPDX-License-Identifier: GPL-3.0-or-later
// Project's side of a connection to a server: sending an edit, telling a lost connection
// from a refused change, keeping edits that cannot be sent and sending them when the server
// is back, without applying any of them twice.
#include "core/project.h"

#include "core/commands/editor.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <new>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::project)
};
} // namespace

namespace situate {

QString Project::keptMessage(const QString& text) {
    return Tr::tr("not connected to the server: \"%1\" is kept and will be sent when "
                  "the connection is back")
        .arg(text);
}

QStringList Project::keptEdits() const {
    QStringList out;
    for (const Pending& p : m_kept)
        out << p.text;
    return out;
}

Status Project::editKept(const QString& text, std::function<Status(Editor&)> fn) {
    if (!m_storage->canLoseConnection())
        return edit(text, fn);
    if (m_offline || !m_kept.isEmpty()) {
        // Behind the edits already waiting, so the server sees them in the user's order.
        m_kept.append(Pending{text, std::move(fn)});
        emit keptEditsChanged();
        if (m_offline)
            return Status::failure(keptMessage(text), ErrorKind::Kept);
        if (Status st = reconnect(); !st)
            return Status::failure(keptMessage(text), ErrorKind::Kept);
        return {};
    }
    Pending p{text, std::move(fn)};
    Status error;
    if (std::optional<Status> settled = settle(p, &error))
        return *settled;
    m_kept.append(std::move(p));
    loseConnection(error.error());
    emit keptEditsChanged();
    return Status::failure(keptMessage(text), ErrorKind::Kept);
}

Project::Outcome Project::send(Pending& p, Status* error) {
    Storage& s = *m_storage;
    const auto once = [&]() -> Outcome {
        if (p.unsettled) {
            // The COMMIT went out and its answer did not come back: the server knows
            // whether it took effect. Sending the edit again without asking could apply it
            // twice.
            Result<QString> state = s.transactionStatus(p.transaction);
            if (!state) {
                *error = Status::from(state);
                return s.isConnected() ? Outcome::Failed : Outcome::Lost;
            }
            if (*state == QLatin1String("committed")) {
                p.unsettled = false;
                accept(p, std::move(p.changes));
                return Outcome::Applied;
            }
            if (*state == QLatin1String("in progress")) {
                *error = Status::failure(Tr::tr("the server is still saving \"%1\"").arg(p.text));
                return Outcome::Lost;
            }
            p.unsettled = false;
            p.changes = Changeset();
            if (state->isEmpty()) {
                *error = Status::failure(Tr::tr("the server can no longer tell whether "
                                                "\"%1\" was saved; look for it and make "
                                                "it again if it is missing")
                                             .arg(p.text));
                return Outcome::Failed;
            }
            // "aborted": nothing of it is there; it is sent again below.
        }
        return attempt(p, error);
    };
    Outcome o = once();
    // A server restart or an ended session is back in moments: one more try at once.
    if (o == Outcome::Lost && s.reconnect())
        o = once();
    return o;
}

std::optional<Status> Project::settle(Pending& p, Status* error) {
    switch (send(p, error)) {
    case Outcome::Applied:
        return Status();
    case Outcome::Failed:
        return *error;
    case Outcome::Lost:
        break;
    }
    return std::nullopt;
}

namespace {

// How often an edit that lost a race to another client is run again. Each loss means another
// client's change committed meanwhile, so a few are enough for a handful of clients.
constexpr int conflictAttempts = 8;

QAtomicInt retriesSoFar;

} // namespace

int Project::conflictRetries() {
    return retriesSoFar.loadRelaxed();
}

Project::Outcome Project::attempt(Pending& p, Status* error) {
    // Two clients creating the same code, coder or case at once: the server makes one wait
    // and, when the other commits, refuses its insert (a unique key), or ends a deadlock or
    // serialization failure. Nothing of that attempt is kept: it is run again from the start,
    // in a fresh transaction, and the edit then reads and reuses what the other one made.
    for (int round = 1;; ++round) {
        bool conflict = false;
        const Outcome o = attemptOnce(p, error, &conflict);
        if (o != Outcome::Failed || !conflict || round >= conflictAttempts)
            return o;
        retriesSoFar.fetchAndAddRelaxed(1);
        // A short random pause, longer each time, so clients that met do not meet again.
        QThread::msleep(QRandomGenerator::global()->bounded(1u, 5u << std::min(round, 5)));
    }
}

Project::Outcome Project::attemptOnce(Pending& p, Status* error, bool* conflict) {
    Storage& s = *m_storage;
    const auto lostOrFailed = [&](const Status& st) {
        if (s.canLoseConnection() && !s.isConnected()) {
            *error = st;
            return Outcome::Lost;
        }
        *error = explainFailure(p.text, st);
        return Outcome::Failed;
    };
    if (Status st = s.begin(); !st)
        return lostOrFailed(st);
    Editor editor(s);
    Status st;
    try {
        st = p.fn(editor);
    } catch (const std::bad_alloc&) {
        // Huge input (a transcript of hundreds of megabytes on a small machine): the edit is
        // rolled back like any other failure, rather than ending the program mid-write.
        st = Status::failure(Tr::tr("there was not enough memory for \"%1\"; nothing "
                                    "of it was saved")
                                 .arg(p.text));
    }
    qint64 transaction = 0;
    if (st && s.canLoseConnection()) {
        Result<qint64> id = s.transactionId();
        if (id)
            transaction = *id;
        else
            st = Status::from(id);
    }
    const bool committing = bool(st);
    if (st)
        st = s.commit();
    else
        s.rollback();
    Changeset changes = editor.takeChanges();
    if (st) {
        accept(p, std::move(changes));
        return Outcome::Applied;
    }
    *conflict =
        st.kind() == ErrorKind::Conflict || s.transactionFailure().kind() == ErrorKind::Conflict;
    const Outcome o = lostOrFailed(st);
    if (o == Outcome::Lost && committing) {
        p.unsettled = true;
        p.transaction = transaction;
        p.changes = std::move(changes);
    }
    return o;
}

void Project::loseConnection(const QString& reason) {
    m_offline = true;
    emit connectionChanged(false, reason.section(QLatin1Char('\n'), 0, 0).trimmed());
}

Status Project::reconnect() {
    if (!m_storage->canLoseConnection())
        return {};
    if (m_offline || !m_storage->isConnected()) {
        if (Status st = m_storage->reconnect(); !st) {
            loseConnection(st.error());
            return st;
        }
    }
    const bool wasOffline = m_offline;
    m_offline = false;
    while (!m_kept.isEmpty()) {
        Status error;
        const Outcome o = send(m_kept.first(), &error);
        if (o == Outcome::Lost) {
            loseConnection(error.error());
            return error;
        }
        const Pending done = m_kept.takeFirst();
        emit keptEditsChanged();
        if (o == Outcome::Failed)
            emit failed(QStringLiteral("\"%1\" could not be sent to the server: %2")
                            .arg(done.text, error.error()));
    }
    if (wasOffline) {
        // Other clients' changes while this one was away came with no notification.
        emit changedElsewhere();
        emit changed();
        emit connectionChanged(true, {});
    }
    return {};
}

bool Project::ensureConnected(QString* error) {
    if (!m_storage->canLoseConnection() || !m_offline)
        return true;
    Status st = reconnect();
    if (!st && error)
        *error = st.error();
    return bool(st);
}

void Project::checkConnection() {
    if (m_storage->canLoseConnection() && !m_offline && m_storage->connectionBroken())
        loseConnection(Tr::tr("the server closed the connection"));
}

bool Project::checkConnectionAfterFailure(const QString& reason) {
    if (!m_storage->canLoseConnection() || m_storage->isConnected())
        return false;
    loseConnection(reason);
    return true;
}

} // namespace situate
