// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace situate {

/// What an importer reads from a file: normalised text (see normaliseText) and its turns.
struct ImportedDocument {
    QString text;   // normalised: no BOM, LF line ends, NFC
    QString format; // "txt", "md", "docx", "odt", "rtf", "pdf", "vtt", "srt"
    QVector<SpeakerTurn> turns;
    QStringList warnings; // readable notes that did not stop the import
    /// When not null: exactly the UTF-8 of `text` (a UTF-8 file that normalising left as it
    /// was), so the text can be hashed without encoding it again (contentHashOfUtf8).
    QByteArray utf8;
};

/// Reads one file format into an ImportedDocument. A new format is one subclass plus tests.
class Importer {
public:
    virtual ~Importer() = default;
    /// Lower-case file suffixes without the dot, e.g. {"docx"}.
    virtual QStringList suffixes() const = 0;
    /// Reads the file; on failure the message names the file and the problem.
    virtual Result<ImportedDocument> read(const QString& path) const = 0;
};

/// Documented limits on what an import will read (see core/storage/README.md, "Import limits").
namespace importlimits {
inline constexpr qint64 maxFileBytes = 256ll * 1024 * 1024;      // any input file
inline constexpr qint64 maxTextCodePoints = 100ll * 1000 * 1000; // a document's text
inline constexpr qint64 maxZipEntryBytes = 128ll * 1024 * 1024;  // one inflated zip entry
inline constexpr int maxXmlDepth = 256;                          // element nesting
inline constexpr int maxPdfSeconds = 30;                         // reading one PDF's text
} // namespace importlimits

/// Suffixes any importer accepts, lower case.
QStringList importableSuffixes();
/// Picks the importer by suffix and reads the file.
Result<ImportedDocument> importDocumentFile(const QString& path);

} // namespace situate
