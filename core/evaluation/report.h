// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The evaluation report for commissioners: per research question its codes, the evidence
// matrix row with the analysts' summaries, frequencies and a chart per case, selected
// extracts, the maturity ratings with their agreement and consensus, and an appendix with
// the codebook and the coders' agreement. Written as HTML or as a paginated A4 PDF.

#include "core/result.h"
#include "core/storage/connectionsecret.h"

#include <QString>

#include <functional>

namespace situate {

class Storage;

/// What goes into a report.
struct ReportOptions {
    QString question;        // a research question's code ("RQ1"); empty: every question
    QString caseName;        // one case; empty: every case
    int extractsPerCode = 3; // extracts shown per code and question
    bool rollup = false;     // codes under a code that serves a question serve it too
    QString title;           // empty: "Evaluation report: PROJECT"
};

/// The output format, from the file name's suffix.
enum class ReportFormat { Html, Pdf, Docx };
/// ".html"/".htm" -> Html, ".pdf" -> Pdf, ".docx" -> Docx; anything else is an error naming
/// the suffix.
Result<ReportFormat> reportFormatForPath(const QString& path);

/// Progress of a report: `done` of `total` steps. Return false to cancel; the report then
/// fails with the message "cancelled" and no file is written.
using ReportProgress = std::function<bool(int done, int total)>;

/// The report as one self-contained HTML page (CSS and chart images embedded). Every text
/// from the project is escaped. `projectName` titles the report.
Result<QString> reportHtml(const Storage& s, const QString& projectName,
                           const ReportOptions& options, const ReportProgress& progress = {});

/// Writes the report to `path` (HTML, PDF or Word by suffix) through QSaveFile: the file is
/// complete or untouched. Word uses the built-in styles Title, Heading 1-3, Quote, Caption
/// and Table Grid, a contents field, real tables with a repeating header row, the charts as
/// images, and adds a methods appendix (coders, agreement, counting rules). PDF needs a
/// QGuiApplication (fonts); it is A4 with "Page N of M" in the footer of every page. Uses only `s`,
/// so on a worker thread pass a Storage opened there (see the overload below).
Status writeReport(const Storage& s, const QString& projectName, const ReportOptions& options,
                   const QString& path, const ReportProgress& progress = {});

/// The same on a read-only connection of its own to the project file at `projectPath`, for a
/// worker thread while the project is open (and locked) on the GUI thread; on a server with
/// the password the project was opened with (Storage::secret()).
Status writeReport(const QString& projectPath, const ReportOptions& options, const QString& path,
                   const ReportProgress& progress = {}, const ConnectionSecret& secret = {});

} // namespace situate
