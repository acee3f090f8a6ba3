// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QSize>
#include <QString>

#include <functional>

class QLabel;
class QPainter;
class QWidget;

namespace situate {

/// Draws a picture `size` points big onto the painter it is given.
using Paint = std::function<void(QPainter& painter, const QSize& size)>;

/// A picture for a report, as PNG at twice the pixels of `size` (sharp when printed) on
/// white; written whole or not at all.
Status savePng(const QString& path, const QSize& size, const Paint& paint);
/// The same as scalable vector graphics titled `title`.
Status saveSvg(const QString& path, const QSize& size, const QString& title, const Paint& paint);

/// The same on a worker behind a progress dialog ("imageExportProgress") over `parent`, with
/// Cancel: SVG for a path ending in .svg, else PNG. The picture is drawn at once, on this
/// thread; `status` says how it went.
void saveImageInBackground(QWidget* parent, QLabel* status, const QString& path, const QSize& size,
                           const QString& title, const Paint& paint);

/// The file dialog that asks where to save a picture of `what` as SVG or PNG.
QString askImagePath(QWidget* parent, const QString& what, const QString& suggested, bool svg);

/// Asks where to save a picture of `what` ("chart") as SVG or PNG, starting at `suggested`
/// (a path without its suffix), saves it with `save` and says in `status` how it went.
void saveImageDialog(QWidget* parent, QLabel* status, const QString& what, const QString& suggested,
                     bool svg, const std::function<Status(const QString& path)>& save);

} // namespace situate
