// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/singleinstance.h"

#include "app/version.h"
#include "core/commands/textedits.h"

#include <QDataStream>
#include <QDeadlineTimer>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace situate {

namespace {

/// Reads one QStringList from the socket, waiting up to the deadline for all of its bytes.
std::optional<QStringList> readList(QLocalSocket& socket, QDeadlineTimer deadline) {
    QDataStream in(&socket);
    for (;;) {
        in.startTransaction();
        QStringList list;
        in >> list;
        if (in.commitTransaction())
            return list;
        if (deadline.hasExpired() ||
            !socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            return std::nullopt;
    }
}

void writeList(QLocalSocket& socket, const QStringList& list) {
    QDataStream out(&socket);
    out << list;
    socket.flush();
}

} // namespace

bool SingleInstance::disabled() {
    return !qEnvironmentVariableIsEmpty("SITUATE_NO_SINGLE_INSTANCE");
}

QString SingleInstance::defaultName() {
    const QString name = qEnvironmentVariable("SITUATE_INSTANCE");
    if (!name.isEmpty())
        return name;
    // In the user's runtime folder (XDG_RUNTIME_DIR on Linux, only the user may enter it), so
    // no other user can take the name first and be handed this user's projects. On Windows Qt
    // makes the name a named pipe, which UserAccessOption limits to this user.
    QString user = systemUserName();
    if (user.isEmpty())
        user = QStringLiteral("user");
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return QDir(runtime).filePath(
        QStringLiteral("situate-%1-%2").arg(user, QLatin1String(kVersion)));
}

SingleInstance::SingleInstance(QString name, QObject* parent)
    : QObject(parent)
    , m_name(std::move(name)) {}

std::optional<QStringList> SingleInstance::ask(const QStringList& request, int timeoutMs) const {
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return std::nullopt;
    writeList(socket, request);
    return readList(socket, deadline);
}

bool SingleInstance::serve(Handler handler) {
    m_handler = std::move(handler);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A socket left behind by a Situate that crashed refuses connections: take it over.
        // One that accepts belongs to a running Situate, even if that one is slow to answer.
        QLocalSocket probe;
        probe.connectToServer(m_name);
        if (probe.waitForConnected(1000))
            return false;
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::answer);
    return true;
}

void SingleInstance::answer() {
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            QDataStream in(socket);
            in.startTransaction();
            QStringList request;
            in >> request;
            if (!in.commitTransaction())
                return; // the rest of the request is still on its way
            writeList(*socket, m_handler(request));
            socket->disconnectFromServer();
        });
    }
}

} // namespace situate
