// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the PDF importer (Poppler: loading, the words of each page, the layout into
// paragraphs, the time limit) as an
// import reads a file, with a 10 s time limit so that a slow input ends with the importer's
// own refusal well before libFuzzer's timeout.

#include "core/import/pdfimporter.h"
#include "tests/fuzz/fuzzsupport.h"

namespace situate::fuzz {

const Target target{false, [](const QByteArray& input) {
                        static const PdfImporter importer(std::chrono::seconds(10));
                        consume(importer.read(writeInput(input, QStringLiteral("pdf"))));
                    }};

} // namespace situate::fuzz
