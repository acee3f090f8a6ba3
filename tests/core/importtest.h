// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the importer tests share: importing a fixture under tests/fixtures/import/, or bytes
// written to a file of a given name, exactly as an import reads a file.

#include "core/import/importeddocument.h"
#include "tests/support/catchqt.h"
#include "tests/support/testsupport.h"

#include <QTemporaryDir>

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

} // namespace situate::test
