// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/pdfimporter.h"

#include "core/import/importsupport.h"

#include <QDeadlineTimer>
#include <QFile>

#ifdef SITUATE_HAVE_QTPDF
#include <QPdfDocument>
#include <QPdfSelection>
#endif

namespace situate {

bool PdfImporter::isAvailable() {
#ifdef SITUATE_HAVE_QTPDF
    return true;
#else
    return false;
#endif
}

QStringList PdfImporter::suffixes() const {
    return {QStringLiteral("pdf")};
}

Result<ImportedDocument> PdfImporter::read(const QString& path) const {
    const Status checked = importsupport::checkInputFile(path);
    if (!checked)
        return checked;
#ifndef SITUATE_HAVE_QTPDF
    Q_UNUSED(m_timeLimit);
    return importsupport::failure(path,
                                  QStringLiteral("PDF import needs Qt Pdf, which this build "
                                                 "of Situate does not include"),
                                  ErrorKind::Other);
#else
    // Readers accept the header anywhere in the first kilobyte. Checking it here gives files
    // that are not PDFs at all a quick answer without starting the PDF engine.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return importsupport::failure(path, QStringLiteral("could not be opened for reading"),
                                      ErrorKind::Io);
    if (!file.read(1024).contains("%PDF-")) {
        return importsupport::failure(path, QStringLiteral("not a valid PDF (the file is "
                                                           "damaged or is not a PDF)"));
    }
    file.close();

    const QDeadlineTimer deadline(m_timeLimit);
    const auto tooSlow = [&] {
        const qint64 ms = m_timeLimit.count();
        const QString limit = ms >= 1000 && ms % 1000 == 0 ? QStringLiteral("%1 s").arg(ms / 1000)
                                                           : QStringLiteral("%1 ms").arg(ms);
        return importsupport::failure(
            path, QStringLiteral("reading its text took longer than the %1 limit, so it was "
                                 "stopped (the PDF may be damaged or unusually complex; save it "
                                 "again as PDF or split it, then import it again)")
                      .arg(limit));
    };
    QPdfDocument pdf;
    switch (pdf.load(path)) {
    case QPdfDocument::Error::None:
        break;
    case QPdfDocument::Error::IncorrectPassword:
        return importsupport::failure(path, QStringLiteral("is password-protected; remove the "
                                                           "password and import it again"));
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return importsupport::failure(path, QStringLiteral("uses an encryption scheme that "
                                                           "cannot be read; remove the "
                                                           "protection and import it again"));
    case QPdfDocument::Error::FileNotFound:
        return importsupport::failure(path, QStringLiteral("could not be opened for reading"),
                                      ErrorKind::Io);
    case QPdfDocument::Error::InvalidFileFormat:
    case QPdfDocument::Error::DataNotYetAvailable:
    case QPdfDocument::Error::Unknown:
        return importsupport::failure(path, QStringLiteral("not a valid PDF (the file is "
                                                           "damaged or is not a PDF)"));
    }
    if (pdf.status() != QPdfDocument::Status::Ready)
        return importsupport::failure(path, QStringLiteral("not a valid PDF (the file is "
                                                           "damaged or is not a PDF)"));

    QStringList pages;
    qint64 units = 0;
    for (int page = 0; page < pdf.pageCount(); ++page) {
        if (deadline.hasExpired())
            return tooSlow();
        QString text = pdf.getAllText(page).text();
        units += text.size();
        // UTF-16 units bound code points from above twice over; stop before piling up more.
        if (units > 2 * importlimits::maxTextCodePoints)
            break;
        pages.append(std::move(text));
    }
    pdf.close();
    if (deadline.hasExpired())
        return tooSlow();
    QString body = pages.join(QStringLiteral("\n\n"));
    if (body.trimmed().isEmpty()) {
        return importsupport::failure(path, QStringLiteral("contains no selectable text (it may "
                                                           "be scanned images; run text "
                                                           "recognition on it first)"));
    }
    return importsupport::finishDocument(path, QStringLiteral("pdf"), body);
#endif
}

} // namespace situate
