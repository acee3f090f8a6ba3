// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QLocalServer;

namespace situate {

/// One Situate per user: the first `situate` listens on a local socket named after the user
/// and the version; a later one sends its request there (`open` and the projects, or `list`)
/// and exits with the answer. A request and its answer are each one QStringList.
/// SITUATE_NO_SINGLE_INSTANCE turns it off (tests, --grab never use it); SITUATE_INSTANCE
/// names the socket instead (tests run their own).
class SingleInstance : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<QStringList(const QStringList& request)>;

    /// Whether this process keeps out of single-instance (SITUATE_NO_SINGLE_INSTANCE set).
    static bool disabled();
    /// SITUATE_INSTANCE, or "situate-USER-VERSION" in the user's runtime folder.
    static QString defaultName();

    explicit SingleInstance(QString name, QObject* parent = nullptr);

    /// The running instance's answer to `request`, or nothing when none answers in time.
    std::optional<QStringList> ask(const QStringList& request, int timeoutMs = 5000) const;
    /// Listens, and answers every request with `handler` from the event loop. False when the
    /// socket cannot be made (another instance took it first: ask() it instead).
    bool serve(Handler handler);

private:
    void answer();

    QString m_name;
    Handler m_handler;
    QLocalServer* m_server = nullptr;
};

} // namespace situate
