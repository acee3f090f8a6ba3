// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the PDF importer (Qt Pdf: loading, the text of each page, the time limit) as an
// import reads a file, with a 10 s time limit so that a slow input ends with the importer's
// own refusal well before libFuzzer's timeout.

#include "core/import/pdfimporter.h"
#include "tests/fuzz/fuzzsupport.h"

// Qt Pdf 6.4 leaks about a kilobyte of PDFium state each time a load fails (the document
// availability object is never destroyed): not Situate's leak, and it would end every run.
extern "C" const char* __lsan_default_suppressions() {
    return "leak:libQt6Pdf.so\n";
}

namespace situate::fuzz {

const Target target{false, [](const QByteArray& input) {
                        static const PdfImporter importer(std::chrono::seconds(10));
                        consume(importer.read(writeInput(input, QStringLiteral("pdf"))));
                    }};

} // namespace situate::fuzz
