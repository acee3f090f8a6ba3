// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importeddocument.h"
#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

// Helpers the importers share; not part of core's public interface.
namespace situate::importsupport {

/// The file name a message shows for `path` ("interview.docx").
QString displayName(const QString& path);
/// A failed import whose message is "<file name>: <problem>"; most are about what the file
/// holds (Invalid), a file that cannot be read is Io.
Result<ImportedDocument> failure(const QString& path, const QString& problem,
                                 ErrorKind kind = ErrorKind::Invalid);

/// Checks that `path` is a readable file no larger than importlimits::maxFileBytes; the error
/// message names the file.
Status checkInputFile(const QString& path);
/// Reads a whole input file after checkInputFile.
Result<QByteArray> readInputFile(const QString& path);

/// Text decoded from a file's bytes, with the encoding that was used.
struct DecodedText {
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", "Windows-1252"
    QStringList warnings;
};
/// Decodes a text file: a BOM selects UTF-8/16/32, otherwise valid UTF-8, otherwise
/// Windows-1252. Refuses binary data with "<file name>: looks like binary data, not text".
Result<DecodedText> decodeTextFile(const QByteArray& bytes, const QString& path);
/// readInputFile() then decodeTextFile(), holding only the decoded text at the end.
Result<DecodedText> readTextFile(const QString& path);
/// Decodes Windows-1252 (the five bytes it leaves undefined map to the C1 controls).
QString decodeWindows1252(QByteArrayView bytes);
/// True when text holds a NUL or too large a share of control characters to be prose.
bool looksBinary(QStringView text);
/// Replaces unpaired UTF-16 surrogates with U+FFFD so the text is valid Unicode.
QString repairSurrogates(QString text);

/// Checks the importlimits::maxTextCodePoints limit.
Status checkTextLength(qint64 codePoints, const QString& path);

/// Builds the ImportedDocument for a body text with optional notes: both are normalised, speaker
/// turns are found in the body only, and the notes follow the body after a blank line, one note
/// per line. Fails when the text is over the length limit or holds nothing but white space.
Result<ImportedDocument> finishDocument(const QString& path, const QString& format,
                                        const QString& body, const QStringList& notes = {},
                                        const QStringList& warnings = {});

/// Formats a byte count for messages ("128 MB", "256.1 MB").
QString formatMegabytes(qint64 bytes);
/// Formats a count with thousands separators for messages ("100,000,000").
QString formatCount(qint64 n);

} // namespace situate::importsupport
