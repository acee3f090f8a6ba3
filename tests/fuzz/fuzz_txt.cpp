// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes plain-text decoding (BOMs, UTF-8, UTF-16/32, Windows-1252, the binary test) and the
// normalisation and speaker-turn detection every text import goes through, in memory.

#include "core/import/importsupport.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace situate;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString path = QStringLiteral("input.txt");
    auto decoded = importsupport::decodeTextFile(fuzz::bytes(data, size), path);
    fuzz::consume(decoded);
    if (decoded)
        fuzz::consume(importsupport::finishDocument(path, QStringLiteral("txt"), decoded->text, {},
                                                    decoded->warnings));
    return 0;
}
