// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/connectionbanner.h"

#include "core/project.h"
#include "ui/common/widgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>

namespace situate {

ConnectionBanner::ConnectionBanner(QWidget* parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("connectionBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xc8));
    pal.setColor(QPalette::WindowText, QColor(0x4a, 0x34, 0x00));
    setPalette(pal);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    m_text = named<QLabel>(QStringLiteral("connectionStatus"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_retry = namedButton(QStringLiteral("retryConnection"), tr("Try now"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    m_timer = named<QTimer>(QStringLiteral("reconnectTimer"), this);
    m_timer->setInterval(3000);
    connect(m_timer, &QTimer::timeout, this, &ConnectionBanner::retry);
    m_watch = named<QTimer>(QStringLiteral("connectionWatch"), this);
    m_watch->setInterval(1000);
    connect(m_watch, &QTimer::timeout, this, [this] {
        if (m_project)
            m_project->checkConnection();
    });
    connect(m_retry, &QPushButton::clicked, this, &ConnectionBanner::retry);
    connect(&m_probe, &QFutureWatcher<QString>::finished, this, &ConnectionBanner::probed);
    hide();
}

void ConnectionBanner::setProject(Project* project) {
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_timer->stop();
    m_watch->stop();
    hide();
    if (!project || !project->storage().canLoseConnection())
        return;
    m_watch->start();
    connect(project, &Project::connectionChanged, this, &ConnectionBanner::connectionChanged);
    connect(project, &Project::keptEditsChanged, this, &ConnectionBanner::showState);
}

void ConnectionBanner::setRetryInterval(int ms) {
    if (ms <= 0) {
        m_timer->stop();
        m_timer->setInterval(0);
        return;
    }
    m_timer->setInterval(ms);
}

void ConnectionBanner::setWatchInterval(int ms) {
    m_watch->setInterval(ms);
}

void ConnectionBanner::connectionChanged(bool connected, const QString& reason) {
    if (connected) {
        m_timer->stop();
        hide();
        emit reconnected(m_waitingAtLoss);
        m_waitingAtLoss = 0;
        return;
    }
    m_reason = reason;
    if (m_timer->interval() > 0 && !m_timer->isActive())
        m_timer->start();
    showState();
    show();
}

void ConnectionBanner::showState() {
    if (!m_project)
        return;
    const QStringList kept = m_project->keptEdits();
    m_waitingAtLoss = qMax(m_waitingAtLoss, int(kept.size()));
    QString html = tr("<b>Not connected to the server.</b> %1")
                       .arg(m_probe.isRunning() ? tr("Trying to connect…")
                                                : tr("Situate tries again every few seconds."));
    if (!m_reason.isEmpty())
        html += QStringLiteral("<br><small>%1</small>").arg(m_reason.toHtmlEscaped());
    if (!kept.isEmpty()) {
        html += QStringLiteral("<br>") +
                tr("Kept here and sent when the connection is back (nothing is lost):");
        const int shown = qMin<int>(kept.size(), 5);
        html += QStringLiteral("<ul style=\"margin:0\">");
        for (int i = 0; i < shown; ++i)
            html += QStringLiteral("<li>%1</li>").arg(kept[i].toHtmlEscaped());
        if (kept.size() > shown)
            html += QStringLiteral("<li>") + tr("and %n more", nullptr, int(kept.size() - shown)) +
                    QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    m_text->setText(html);
}

void ConnectionBanner::retry() {
    if (!m_project || m_probe.isRunning())
        return;
    // A new connection on a worker answers "is the server there?" without blocking the
    // window however long the server takes; only then does the project connect again.
    m_probe.setFuture(QtConcurrent::run(m_project->connectionProbe()));
    showState();
}

void ConnectionBanner::probed() {
    if (!m_project)
        return;
    const QString error = m_probe.result();
    if (error.isEmpty()) {
        // Sends the kept edits; connectionChanged(true) hides the banner when all went.
        if (Status st = m_project->reconnect(); !st)
            m_reason = st.error();
    } else {
        m_reason = error;
    }
    if (!m_project->isConnected())
        showState();
}

} // namespace situate
