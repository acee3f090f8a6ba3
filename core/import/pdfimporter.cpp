// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/pdfimporter.h"

#include "core/formats/formats.h"
#include "core/import/importsupport.h"
#include "core/import/pdflayout.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::import)
};
} // namespace

namespace situate {

QStringList PdfImporter::suffixes() const {
    return {QStringLiteral("pdf")};
}

Result<ImportedDocument> PdfImporter::read(const QString& path) const {
    const Status checked = importsupport::checkInputFile(path);
    if (!checked)
        return checked;
    // Readers accept the header anywhere in the first kilobyte. Checking it here gives files
    // that are not PDFs at all a quick answer without starting the PDF engine.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return importsupport::failure(path, Tr::tr("could not be opened for reading"),
                                      ErrorKind::Io);
    if (!file.read(1024).contains("%PDF-")) {
        return importsupport::failure(path, Tr::tr("not a valid PDF (the file is "
                                                   "damaged or is not a PDF)"));
    }
    file.close();

    const QDeadlineTimer deadline(m_timeLimit);
    const auto tooSlow = [&] {
        const qint64 ms = m_timeLimit.count();
        const QString limit = ms >= 1000 && ms % 1000 == 0 ? QStringLiteral("%1 s").arg(ms / 1000)
                                                           : QStringLiteral("%1 ms").arg(ms);
        return importsupport::failure(
            path, Tr::tr("reading its text took longer than the %1 limit, so it was "
                         "stopped (the PDF may be damaged or unusually complex; save it "
                         "again as PDF or split it, then import it again)")
                      .arg(limit));
    };
    // Poppler is in the module (core/formats/popplerpdf.cpp); UTF-16 units bound code points
    // from above twice over, so reading stops before piling up more.
    const Result<const formats::Module*> module = formats::module();
    if (!module)
        return importsupport::failure(path, module.error());
    const formats::PdfPages read =
        (*module)->readPdf(path, deadline, 2 * importlimits::maxTextCodePoints);
    switch (read.outcome) {
    case formats::PdfPages::Outcome::NotPdf:
        return importsupport::failure(path, Tr::tr("not a valid PDF (the file is "
                                                   "damaged or is not a PDF)"));
    case formats::PdfPages::Outcome::Locked:
        return importsupport::failure(path, Tr::tr("is password-protected; remove the "
                                                   "password and import it again"));
    case formats::PdfPages::Outcome::TooSlow:
        return tooSlow();
    case formats::PdfPages::Outcome::Read:
        break;
    }
    const QVector<pdflayout::Page>& pages = read.pages;
    const pdflayout::Text text = pdflayout::layOut(pages);
    if (text.body.trimmed().isEmpty()) {
        return importsupport::failure(path, Tr::tr("has no text layer, only images of "
                                                   "pages (a scan?): run OCR (text "
                                                   "recognition) on it first, then "
                                                   "import it again"));
    }
    return importsupport::finishDocument(path, QStringLiteral("pdf"), text.body, text.notes);
}

} // namespace situate
