// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes one file importer through importDocumentFile, exactly as an import reads a file: the
// input is written as input.SUFFIX, SUFFIX being SITUATE_FUZZ_SUFFIX (docx: zip package,
// WordprocessingML, notes, headers; odt: zip package, content.xml; rtf: control words, groups,
// code pages, tables; srt and vtt: captions). CMake builds it once per suffix.

#include "core/import/importeddocument.h"
#include "tests/fuzz/fuzzsupport.h"

namespace situate::fuzz {

const Target target{
    false, [](const QByteArray& input) {
        consume(importDocumentFile(writeInput(input, QStringLiteral(SITUATE_FUZZ_SUFFIX))));
    }};

} // namespace situate::fuzz
