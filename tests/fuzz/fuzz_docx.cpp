// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the Word .docx (zip package, WordprocessingML, notes, headers) importer through
// importDocumentFile, exactly as an import reads a file.

#include "core/import/importeddocument.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace situate;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString path = fuzz::writeInput(data, size, QStringLiteral("docx"));
    fuzz::consume(importDocumentFile(path));
    return 0;
}
