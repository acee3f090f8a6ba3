// SPDX-License-Identifier: GPL-3.0-or-later
// In the module: a PDF's words through Poppler (the library behind pdftotext).
#include "core/formats/formatsmodule.h"

#include <poppler-qt6.h>

#include <mutex>

namespace situate::formats {

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

PdfPages readPdfPages(const QString& path, const QDeadlineTimer& deadline, qint64 maxUnits) {
    silencePoppler();
    PdfPages out;
    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(path);
    if (!pdf) {
        out.outcome = PdfPages::Outcome::NotPdf;
        return out;
    }
    if (pdf->isLocked()) {
        out.outcome = PdfPages::Outcome::Locked;
        return out;
    }
    qint64 units = 0;
    for (int i = 0; i < pdf->numPages(); ++i) {
        if (deadline.hasExpired())
            break;
        const std::unique_ptr<Poppler::Page> page = pdf->page(i);
        if (!page)
            continue;
        out.pages.append(readPage(*page, deadline));
        for (const pdflayout::Line& line : out.pages.back().lines) {
            for (const pdflayout::Word& word : line.words)
                units += word.text.size() + 1;
        }
        if (units > maxUnits)
            break;
    }
    if (deadline.hasExpired()) {
        out.outcome = PdfPages::Outcome::TooSlow;
        out.pages.clear();
    }
    return out;
}

} // namespace situate::formats
