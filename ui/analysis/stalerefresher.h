// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

namespace situate {

/// Runs a view's refresh only while the view is visible: a hidden view is marked stale and
/// refreshed when it is next shown, and a burst of changes shares one refresh.
class StaleRefresher : public QObject {
public:
    /// `refresh` is called on the GUI thread; `delayMs` is the pause that ends a burst.
    StaleRefresher(QWidget* view, std::function<void()> refresh, int delayMs = 400);

    /// The project changed: refresh once the changes pause, or when next shown.
    void changed();
    /// Refresh now (a new project), or when next shown.
    void now();
    /// The view was hidden when the data changed and has not refreshed since.
    bool isStale() const { return m_stale; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fire();

    QWidget* m_view;
    std::function<void()> m_refresh;
    QTimer m_timer;
    bool m_stale = false;
};

} // namespace situate
