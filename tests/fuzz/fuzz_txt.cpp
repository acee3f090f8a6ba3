// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes plain-text decoding (BOMs, UTF-8, UTF-16/32, Windows-1252, the binary test) and the
// normalisation and speaker-turn detection every text import goes through, in memory.

#include "core/import/importsupport.h"
#include "tests/fuzz/fuzzsupport.h"

namespace situate::fuzz {

const Target target{false, [](const QByteArray& input) {
                        const QString path = QStringLiteral("input.txt");
                        auto decoded = importsupport::decodeTextFile(input, path);
                        consume(decoded);
                        if (decoded)
                            consume(importsupport::finishDocument(
                                path, QStringLiteral("txt"), decoded->text, {}, decoded->warnings));
                    }};

} // namespace situate::fuzz
