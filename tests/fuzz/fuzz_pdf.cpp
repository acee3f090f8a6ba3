// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the PDF importer (Qt Pdf: loading, the text of each page, the time limit) as an
// import reads a file, with a 10 s time limit so that a slow input ends with the importer's
// own refusal well before libFuzzer's timeout.

#include "core/import/pdfimporter.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace situate;

// Qt Pdf 6.4 leaks about a kilobyte of PDFium state each time a load fails (the document
// availability object is never destroyed): not Situate's leak, and it would end every run.
extern "C" const char* __lsan_default_suppressions() {
    return "leak:libQt6Pdf.so\n";
}

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString path = fuzz::writeInput(data, size, QStringLiteral("pdf"));
    static const PdfImporter importer(std::chrono::seconds(10));
    fuzz::consume(importer.read(path));
    return 0;
}
