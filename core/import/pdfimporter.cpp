// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/pdfimporter.h"

#include "core/import/importsupport.h"
#include "core/import/pdflayout.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>

#include <poppler-qt6.h>

#include <mutex>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::import)
};
} // namespace

namespace situate {

namespace {

// Poppler reports every oddity of a damaged file on stderr; the import reports what matters.
void silencePoppler() {
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::setDebugErrorFunction([](const QString&, const QVariant&) {}, QVariant());
    });
}

bool expired(const QVariant& deadline) {
    return static_cast<const QDeadlineTimer*>(deadline.value<const void*>())->hasExpired();
}

// The page's words in Poppler's reading order (pdftotext's), chained into lines as Poppler
// chained them.
pdflayout::Page readPage(const Poppler::Page& page, const QDeadlineTimer& deadline) {
    pdflayout::Page out;
    out.height = page.pageSizeF().height();
    const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page.textList(
        Poppler::Page::Rotate0, expired, QVariant::fromValue(static_cast<const void*>(&deadline)));
    pdflayout::Line line;
    for (size_t i = 0; i < boxes.size(); ++i) {
        const Poppler::TextBox& box = *boxes[i];
        line.words.append({box.text(), box.boundingBox(), box.hasSpaceAfter()});
        const bool lineGoesOn = i + 1 < boxes.size() && box.nextWord() == boxes[i + 1].get();
        if (!lineGoesOn) {
            out.lines.append(std::move(line));
            line = {};
        }
    }
    return out;
}

} // namespace

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
    silencePoppler();
    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(path);
    if (!pdf)
        return importsupport::failure(path, Tr::tr("not a valid PDF (the file is "
                                                   "damaged or is not a PDF)"));
    if (pdf->isLocked())
        return importsupport::failure(path, Tr::tr("is password-protected; remove the "
                                                   "password and import it again"));

    QVector<pdflayout::Page> pages;
    qint64 units = 0;
    for (int i = 0; i < pdf->numPages(); ++i) {
        if (deadline.hasExpired())
            return tooSlow();
        const std::unique_ptr<Poppler::Page> page = pdf->page(i);
        if (!page)
            continue;
        pages.append(readPage(*page, deadline));
        for (const pdflayout::Line& line : pages.back().lines) {
            for (const pdflayout::Word& word : line.words)
                units += word.text.size() + 1;
        }
        // UTF-16 units bound code points from above twice over; stop before piling up more.
        if (units > 2 * importlimits::maxTextCodePoints)
            break;
    }
    if (deadline.hasExpired())
        return tooSlow();
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
