// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QDockWidget;
class QMainWindow;
class QScrollArea;
class QWidget;
class QRect;
class QSize;

namespace situate::windowlayout {

/// A dock's content in a frameless scroll area that gives it all the room there is and
/// scrolls it when a small screen gives it less than its minimum size, so a dock never
/// holds the window taller or wider than the screen.
QScrollArea* scrollable(QWidget* content);
/// A dock holding scrollable() content, added to `window`: whenever it shows, it is given
/// its content's minimum size where the window has the room (at most about half of it), so
/// it scrolls only on a screen too small for it.
void keepReadable(QMainWindow& window, QDockWidget* dock);
/// Fits a window whose geometry was restored from another, larger screen into `available`
/// (its screen's available geometry): no taller or wider than it, moved inside it. A
/// maximised or full-screen window is left to the window system.
void fitInto(QMainWindow& window, const QRect& available);
/// fitInto() the available geometry of the window's screen.
void fitToScreen(QMainWindow& window);
/// Docks stacked in one area whose minimum sizes, added up, do not fit on a screen whose
/// available size is `available` beside the rest of the window are tabbed together instead
/// of being pushed past the screen's edge. Returns how many docks were tabbed.
int tabifyCrowdedDocks(QMainWindow& window, const QSize& available);
/// tabifyCrowdedDocks() for the window's screen.
int tabifyCrowdedDocks(QMainWindow& window);

} // namespace situate::windowlayout
