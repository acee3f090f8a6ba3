// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/imageexport.h"

#include "ui/common/progresstask.h"

#include <QBuffer>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPointer>
#include <QSaveFile>
#include <QSvgGenerator>

namespace situate {

namespace {

Status cannotWrite(const QString& path, const QString& why) {
    return Status::failure(
        QObject::tr("%1: cannot be written (%2)").arg(QFileInfo(path).fileName(), why));
}

QImage paintedImage(const QSize& size, const Paint& paint) {
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, size);
    painter.end();
    return image;
}

// Paints into `device` (a file or a buffer) as SVG.
void paintSvg(QIODevice* device, const QSize& size, const QString& title, const Paint& paint) {
    QSvgGenerator svg;
    svg.setOutputDevice(device);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(title);
    svg.setDescription(QObject::tr("Made with Situate"));
    QPainter painter(&svg);
    paint(painter, size);
    painter.end();
}

} // namespace

Status savePng(const QString& path, const QSize& size, const Paint& paint) {
    const QImage image = paintedImage(size, paint);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

Status saveSvg(const QString& path, const QSize& size, const QString& title, const Paint& paint) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    paintSvg(&file, size, title, paint);
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

void saveImageInBackground(QWidget* parent, QLabel* status, const QString& path, const QSize& size,
                           const QString& title, const Paint& paint) {
    // The picture is drawn here (a chart's scene belongs to this thread); the worker encodes
    // the PNG at twice the pixels and writes, unless Cancel comes first.
    const bool svg =
        QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0;
    QByteArray svgBytes;
    QImage image;
    if (svg) {
        QBuffer buffer(&svgBytes);
        buffer.open(QIODevice::WriteOnly);
        paintSvg(&buffer, size, title, paint);
    } else {
        image = paintedImage(size, paint);
    }
    const QString file = QFileInfo(path).fileName();
    runWithProgress<bool>(
        parent, QObject::tr("Writing %1…").arg(file), QStringLiteral("imageExportProgress"),
        [svgBytes, image, path](const TaskProgress& progress) -> Result<bool> {
            QSaveFile out(path);
            if (!out.open(QIODevice::WriteOnly))
                return cannotWrite(path, out.errorString());
            if (!(image.isNull() ? out.write(svgBytes) == svgBytes.size()
                                 : image.save(&out, "PNG")))
                return cannotWrite(path, out.errorString());
            if (!progress(0, 0)) // the last chance to stop: nothing is written
                return Status::failure(QStringLiteral("cancelled"));
            if (!out.commit())
                return cannotWrite(path, out.errorString());
            return true;
        },
        [status = QPointer<QLabel>(status), file](Result<bool> written, bool cancelled) {
            if (!status)
                return; // the view went while the picture was written
            if (cancelled && !written)
                status->setText(QObject::tr("Export cancelled; nothing was written."));
            else if (!written)
                status->setText(QObject::tr("Could not save: %1").arg(written.error()));
            else
                status->setText(QObject::tr("Saved %1.").arg(file));
        });
}

QString askImagePath(QWidget* parent, const QString& what, const QString& suggested, bool svg) {
    return QFileDialog::getSaveFileName(
        parent,
        svg ? QObject::tr("Save %1 as SVG").arg(what) : QObject::tr("Save %1 as PNG").arg(what),
        suggested + (svg ? QStringLiteral(".svg") : QStringLiteral(".png")),
        svg ? QObject::tr("SVG image (*.svg)") : QObject::tr("PNG image (*.png)"));
}

void saveImageDialog(QWidget* parent, QLabel* status, const QString& what, const QString& suggested,
                     bool svg, const std::function<Status(const QString& path)>& save) {
    const QString path = askImagePath(parent, what, suggested, svg);
    if (path.isEmpty())
        return;
    const Status st = save(path);
    status->setText(st ? QObject::tr("Saved %1.").arg(QFileInfo(path).fileName())
                       : QObject::tr("Could not save: %1").arg(st.error()));
}

} // namespace situate
