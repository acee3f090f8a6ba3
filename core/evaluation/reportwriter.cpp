// SPDX-License-Identifier: GPL-3.0-or-later
// Writing the report to a file: HTML as is, PDF through QTextDocument paginated by hand so
// every page gets a "Page N of M" footer.

#include "core/evaluation/report.h"
#include "core/evaluation/reportdocument.h"
#include "core/storage/storage.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::evaluation)
};
} // namespace

namespace situate {

namespace {

Status renderPdf(QIODevice* device, const ReportDocument& doc, const ReportProgress& progress,
                 int stepsDone) {
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 18, 20, 14), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(doc.title);
    writer.setCreator(QStringLiteral("Situate"));

    QTextDocument text;
    text.documentLayout()->setPaintDevice(&writer);
    QFont base(QStringLiteral("DejaVu Serif"));
    base.setPointSizeF(10);
    text.setDefaultFont(base);
    for (qsizetype i = 0; i < doc.images.size(); ++i)
        text.addResource(QTextDocument::ImageResource, QUrl(doc.imageNames[i]),
                         QVariant(doc.images[i]));
    text.setHtml(doc.html);

    const QRectF area = writer.pageLayout().paintRectPixels(writer.resolution());
    QFont footerFont(QStringLiteral("DejaVu Sans"));
    footerFont.setPointSizeF(8);
    const qreal footerHeight = QFontMetricsF(footerFont, &writer).height() * 2.5;
    const QSizeF body(area.width(), area.height() - footerHeight);
    text.setPageSize(body);
    const int pages = text.pageCount();

    QPainter painter;
    if (!painter.begin(&writer))
        return Status::failure(Tr::tr("cannot start the PDF"), ErrorKind::Io);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !writer.newPage())
            return Status::failure(Tr::tr("cannot add a page to the PDF"), ErrorKind::Io);
        painter.save();
        const QRectF slice(0, page * body.height(), body.width(), body.height());
        painter.translate(0, -slice.top());
        painter.setClipRect(slice);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = slice;
        ctx.palette.setColor(QPalette::Text, Qt::black);
        text.documentLayout()->draw(&painter, ctx);
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(QColor(0x66, 0x66, 0x66));
        const QRectF footer(0, body.height(), body.width(), footerHeight);
        painter.drawLine(QPointF(0, footer.top() + footerHeight * 0.3),
                         QPointF(body.width(), footer.top() + footerHeight * 0.3));
        const QRectF line = footer.adjusted(0, footerHeight * 0.4, 0, 0);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, doc.title);
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages));
        if (progress && !progress(stepsDone + page + 1, stepsDone + pages)) {
            painter.end();
            return Status::failure(QStringLiteral("cancelled"));
        }
    }
    if (!painter.end())
        return Status::failure(Tr::tr("cannot finish the PDF"), ErrorKind::Io);
    return {};
}

} // namespace

Result<ReportFormat> reportFormatForPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    if (suffix == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (suffix == QLatin1String("docx"))
        return ReportFormat::Docx;
    return Result<ReportFormat>::failure(
        Tr::tr("%1: a report is written as .html, .pdf or .docx, not \"%2\"")
            .arg(QFileInfo(path).fileName(), suffix),
        ErrorKind::Invalid);
}

Status writeReport(const Storage& s, const QString& projectName, const ReportOptions& options,
                   const QString& path, const ReportProgress& progress) {
    Result<ReportFormat> format = reportFormatForPath(path);
    if (!format)
        return Status::from(format);
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Status::failure(Tr::tr("writing a report needs a QGuiApplication (fonts)"));
    const bool pdf = *format == ReportFormat::Pdf;
    int lastDone = 0;
    // The content takes the first part of the progress; the PDF's pages follow.
    const ReportProgress contentProgress = [&](int done, int total) {
        lastDone = done;
        return !progress || progress(done, total + (pdf ? 1 : 0));
    };
    const bool docx = *format == ReportFormat::Docx;
    Result<ReportDocument> doc =
        buildReportDocument(s, projectName, options, !pdf && !docx, pdf, contentProgress);
    if (!doc)
        return Status::from(doc);
    if (docx)
        return writeReportDocx(s, *doc, path);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            Tr::tr("%1: cannot write: %2").arg(QFileInfo(path).fileName(), file.errorString()),
            ErrorKind::Io);
    if (pdf) {
        if (Status st = renderPdf(&file, *doc, progress, lastDone); !st) {
            file.cancelWriting();
            return st;
        }
    } else {
        file.write(doc->html.toUtf8());
    }
    if (!file.commit())
        return Status::failure(
            Tr::tr("%1: cannot write: %2").arg(QFileInfo(path).fileName(), file.errorString()),
            ErrorKind::Io);
    return {};
}

Status writeReport(const QString& projectPath, const ReportOptions& options, const QString& path,
                   const ReportProgress& progress, const ConnectionSecret& secret) {
    Result<std::unique_ptr<Storage>> storage =
        Storage::open(projectPath, Storage::Mode::ReadOnly, secret);
    if (!storage)
        return Status::from(storage);
    return writeReport(**storage, QFileInfo(projectPath).completeBaseName(), options, path,
                       progress);
}

} // namespace situate
