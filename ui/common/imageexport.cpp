// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/imageexport.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace situate {

namespace {

Status cannotWrite(const QString& path, const QString& why) {
    return Status::failure(
        QObject::tr("%1: cannot be written (%2)").arg(QFileInfo(path).fileName(), why));
}

} // namespace

Status savePng(const QString& path, const QSize& size, const Paint& paint) {
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, size);
    painter.end();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

Status saveSvg(const QString& path, const QSize& size, const QString& title, const Paint& paint) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(title);
    svg.setDescription(QObject::tr("Made with Situate"));
    QPainter painter(&svg);
    paint(painter, size);
    painter.end();
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

void saveImageDialog(QWidget* parent, QLabel* status, const QString& what, const QString& suggested,
                     bool svg, const std::function<Status(const QString& path)>& save) {
    const QString path = QFileDialog::getSaveFileName(
        parent,
        svg ? QObject::tr("Save %1 as SVG").arg(what) : QObject::tr("Save %1 as PNG").arg(what),
        suggested + (svg ? QStringLiteral(".svg") : QStringLiteral(".png")),
        svg ? QObject::tr("SVG image (*.svg)") : QObject::tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    const Status st = save(path);
    status->setText(st ? QObject::tr("Saved %1.").arg(QFileInfo(path).fileName())
                       : QObject::tr("Could not save: %1").arg(st.error()));
}

} // namespace situate
