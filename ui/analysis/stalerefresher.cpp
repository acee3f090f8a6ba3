// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysis/stalerefresher.h"

#include <QEvent>
#include <QWidget>

namespace situate {

StaleRefresher::StaleRefresher(QWidget* view, std::function<void()> refresh, int delayMs)
    : QObject(view)
    , m_view(view)
    , m_refresh(std::move(refresh)) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(&m_timer, &QTimer::timeout, this, &StaleRefresher::fire);
    // A dock hidden or tabbed away hides the view inside it, and showing the dock shows it.
    view->installEventFilter(this);
}

void StaleRefresher::changed() {
    if (m_view->isVisible())
        m_timer.start();
    else
        m_stale = true;
}

void StaleRefresher::now() {
    m_timer.stop();
    fire();
}

void StaleRefresher::fire() {
    // Hidden again while the timer ran: a large project's recount would be wasted.
    if (!m_view->isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_refresh();
}

bool StaleRefresher::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view && event->type() == QEvent::Show && m_stale) {
        m_timer.stop();
        fire();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace situate
