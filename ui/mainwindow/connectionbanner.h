// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QFutureWatcher>
#include <QPointer>

class QLabel;
class QPushButton;
class QTimer;

namespace situate {

class Project;

/// The strip above the transcript while a project on a server cannot reach it: says so,
/// lists the user's edits that wait to be sent (Project::editKept), and tries again on its
/// own, with a "Try now" button. Whether the server is back is first asked from a worker
/// (a new connection there), so a server that does not answer never freezes the window;
/// then the project connects again and sends what waits, in order.
class ConnectionBanner : public QFrame {
    Q_OBJECT
public:
    explicit ConnectionBanner(QWidget* parent = nullptr);
    void setProject(Project* project);
    /// Starts a try now (what the button and the timer do).
    void retry();
    /// Milliseconds between tries (3 s; tests make it shorter or stop it with 0).
    void setRetryInterval(int ms);
    /// Milliseconds between looks, while connected, at whether libpq saw the connection
    /// close (1 s; no round trip to the server).
    void setWatchInterval(int ms);

signals:
    /// The connection is back and every kept edit was sent (`sent` of them).
    void reconnected(int sent);

private:
    void connectionChanged(bool connected, const QString& reason);
    // The text: the reason, and the edits waiting to be sent.
    void showState();
    void probed();
    QPointer<Project> m_project;
    QLabel* m_text = nullptr;
    QPushButton* m_retry = nullptr;
    QTimer* m_timer = nullptr;
    QTimer* m_watch = nullptr; // while connected: notices a connection the server closed
    QFutureWatcher<QString> m_probe;
    QString m_reason;
    int m_waitingAtLoss = 0; // the most edits kept during this outage
};

} // namespace situate
