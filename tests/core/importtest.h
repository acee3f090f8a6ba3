// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the importer tests share: importing a fixture under tests/fixtures/import/, or bytes
// written to a file of a given name, exactly as an import reads a file.

#include "core/import/importeddocument.h"
#include "core/text.h"
#include "tests/support/catchqt.h"
#include "tests/support/testsupport.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace situate::test {

inline QString importFixturePath(const char* name) {
    return fixture(QStringLiteral("import/") + QString::fromLatin1(name));
}

inline Result<ImportedDocument> importFixture(const char* name) {
    return importDocumentFile(importFixturePath(name));
}

/// Writes `bytes` to `name` in a fresh temporary folder and imports that file.
inline Result<ImportedDocument> importBytes(const QString& name, const QByteArray& bytes) {
    QTemporaryDir dir;
    return importDocumentFile(writeFile(dir.filePath(name), bytes));
}

inline QByteArray fixtureBytes(const char* name) {
    return readFile(importFixturePath(name));
}

/// The speaker of each turn, in order.
inline QStringList speakers(const ImportedDocument& doc) {
    QStringList out;
    for (const SpeakerTurn& t : doc.turns)
        out.append(t.speaker);
    return out;
}

/// Each turn's slice starts with its speaker's name and a colon, and turns do not overlap.
inline void checkTurnSlices(const ImportedDocument& doc) {
    const OffsetMap map(doc.text);
    qint64 previousEnd = 0;
    for (const SpeakerTurn& turn : doc.turns) {
        CAPTURE(turn.speaker, turn.start, turn.end);
        CHECK(turn.start >= previousEnd);
        CHECK(turn.end > turn.start);
        CHECK(turn.end <= map.length());
        CHECK(
            map.slice(doc.text, turn.start, turn.end).startsWith(turn.speaker + QLatin1Char(':')));
        previousEnd = turn.end;
    }
}

} // namespace situate::test
