// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The theory-of-change diagram as a picture for the Word report, drawn with QPainter in core
// so that situate-cli draws it too (the window's interactive diagram is ui/evaluation/).

#include <QColor>
#include <QImage>
#include <QString>
#include <QStringList>
#include <QVector>

namespace situate {

/// One element of the theory of change: its title, colour and a line per code.
struct TocPictureBox {
    QString title;
    QColor colour;
    QStringList lines; // "Code name (12)"
};

/// The chain's boxes in a row joined by arrows, and `band` (assumptions, enablers and
/// barriers) in a row below, `width` pixels wide at `scale` times that size. Needs a
/// QGuiApplication (fonts).
QImage renderTocPicture(const QVector<TocPictureBox>& chain, const QVector<TocPictureBox>& band,
                        int width = 1000, qreal scale = 2.0);

} // namespace situate
