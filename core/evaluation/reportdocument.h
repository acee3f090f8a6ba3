// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The report's content as HTML plus its chart images, shared by the HTML and PDF writers
// (core/evaluation/report.h is the public entry point).

#include "core/evaluation/report.h"

#include <QHash>
#include <QImage>
#include <QString>
#include <QStringList>
#include <QVector>

namespace situate {

/// A built report: HTML that refers to its images by name, or embeds them as data URIs.
struct ReportDocument {
    QString title;
    QString html;
    QStringList imageNames; // the src of each image when not embedded
    QVector<QImage> images;
    QHash<qint64, qint64> codeCodings; // each code's codings in scope (the Word report's diagram)
};

/// Builds the report. With `embedImages` the images are PNG data URIs inside the HTML (a
/// self-contained page); without, they are named resources for a QTextDocument. `forPrint`
/// adds page breaks before each major section.
Result<ReportDocument> buildReportDocument(const Storage& s, const QString& projectName,
                                           const ReportOptions& options, bool embedImages,
                                           bool forPrint, const ReportProgress& progress);

/// Writes a report built without embedded images and not for print as a Word document
/// (reportdocx.cpp), with a methods appendix read from `s`, atomically.
Status writeReportDocx(const Storage& s, const ReportDocument& report, const QString& path);

/// The style sheet of the HTML page (a browser) and the subset QTextDocument honours (PDF).
QString reportCss(bool forPrint);

} // namespace situate
