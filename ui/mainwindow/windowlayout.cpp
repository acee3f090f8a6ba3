// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/windowlayout.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QRect>
#include <QScreen>
#include <QScrollArea>
#include <QTimer>

#include <algorithm>

namespace situate::windowlayout {

namespace {

// Asks for its content's own size, so a dock opens as large as before; only its minimum is
// small.
class DockScrollArea : public QScrollArea {
public:
    QSize sizeHint() const override {
        const QWidget* content = widget();
        return content ? content->sizeHint().expandedTo(content->minimumSizeHint())
                       : QScrollArea::sizeHint();
    }
};

} // namespace

QScrollArea* scrollable(QWidget* content) {
    auto* area = new DockScrollArea;
    area->setObjectName(content->objectName() + QStringLiteral("Scroll"));
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setWidget(content);
    // Small enough for any dock on a laptop screen; the content asks for more when it can.
    area->setMinimumSize(120, 80);
    return area;
}

void keepReadable(QMainWindow& window, QDockWidget* dock) {
    QObject::connect(dock, &QDockWidget::visibilityChanged, dock, [&window, dock](bool visible) {
        if (!visible || dock->isFloating())
            return;
        // Once the window has laid the dock out.
        QTimer::singleShot(0, dock, [&window, dock] {
            const auto* area = qobject_cast<const QScrollArea*>(dock->widget());
            if (!area || !area->widget() || !dock->isVisible())
                return;
            const QSize wanted = area->widget()->minimumSizeHint();
            const int height = std::min(wanted.height(), window.height() / 2);
            const int width = std::min(wanted.width(), window.width() / 2);
            const Qt::DockWidgetArea where = window.dockWidgetArea(dock);
            const bool across = where == Qt::BottomDockWidgetArea || where == Qt::TopDockWidgetArea;
            if (across && area->height() < height)
                window.resizeDocks({dock}, {height + dock->height() - area->height()},
                                   Qt::Vertical);
            else if (!across && area->width() < width)
                window.resizeDocks({dock}, {width + dock->width() - area->width()}, Qt::Horizontal);
        });
    });
}

void fitInto(QMainWindow& window, const QRect& available) {
    if (window.isMaximized() || window.isFullScreen() || available.isEmpty())
        return;
    // The frame (title bar, borders) counts too once the window system has drawn it.
    const QSize frame = window.frameGeometry().size() - window.geometry().size();
    const QSize room = (available.size() - frame).expandedTo(QSize(1, 1));
    const QSize size = window.size().boundedTo(room);
    if (size != window.size())
        window.resize(size);
    QRect outer = window.frameGeometry();
    outer.setSize(size + frame);
    const int x = std::clamp(outer.x(), available.left(),
                             std::max(available.left(), available.right() + 1 - outer.width()));
    const int y = std::clamp(outer.y(), available.top(),
                             std::max(available.top(), available.bottom() + 1 - outer.height()));
    if (x != outer.x() || y != outer.y())
        window.move(x, y);
}

void fitToScreen(QMainWindow& window) {
    if (const QScreen* screen = window.screen())
        fitInto(window, screen->availableGeometry());
}

namespace {

// The docks shown in `area` that are not tabbed behind another: one per stacked place.
QList<QDockWidget*> stackedIn(QMainWindow& window, Qt::DockWidgetArea area) {
    QList<QDockWidget*> stacked;
    for (QDockWidget* d : window.findChildren<QDockWidget*>()) {
        if (d->isHidden() || d->isFloating() || window.dockWidgetArea(d) != area)
            continue;
        const QList<QDockWidget*> tabbed = window.tabifiedDockWidgets(d);
        const bool behind = std::any_of(tabbed.begin(), tabbed.end(), [&](QDockWidget* other) {
            return stacked.contains(other);
        });
        if (!behind)
            stacked << d;
    }
    return stacked;
}

} // namespace

int tabifyCrowdedDocks(QMainWindow& window, const QSize& available) {
    // The window's own minimum size says whether its docks fit; areas are tabbed one at a
    // time until they do: first the docks lying side by side along the bottom (they widen
    // the window and add their height to it), then those stacked on the right and the left.
    int moved = 0;
    for (const Qt::DockWidgetArea area : {Qt::BottomDockWidgetArea, Qt::TopDockWidgetArea,
                                          Qt::RightDockWidgetArea, Qt::LeftDockWidgetArea}) {
        const QSize needed = window.minimumSizeHint();
        if (needed.width() <= available.width() && needed.height() <= available.height())
            break;
        const QList<QDockWidget*> stacked = stackedIn(window, area);
        for (qsizetype i = 1; i < stacked.size(); ++i, ++moved)
            window.tabifyDockWidget(stacked.first(), stacked[i]);
        if (stacked.size() > 1)
            stacked.first()->raise();
    }
    return moved;
}

int tabifyCrowdedDocks(QMainWindow& window) {
    const QScreen* screen = window.screen();
    return screen ? tabifyCrowdedDocks(window, screen->availableGeometry().size()) : 0;
}

} // namespace situate::windowlayout
