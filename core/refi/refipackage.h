// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importeddocument.h"
#include "core/import/ziphandle.h"
#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace situate::refi {

/// Limits on what a REFI-QDA import reads (documented in core/refi/README.md, "Limits").
namespace limits {
inline constexpr qint64 maxEntries = 100000;                            // files in an archive
inline constexpr qint64 maxEntryBytes = importlimits::maxZipEntryBytes; // one file, inflated
inline constexpr qint64 maxTotalBytes = 512ll * 1024 * 1024;            // all files read, inflated
} // namespace limits

/// The files of a REFI-QDA exchange: a .qdpx zip archive, or a bare .qde or .qdc file with
/// an optional sources folder beside it. Reads within the limits and never extracts.
class RefiPackage {
public:
    /// Opens `path`; a zip archive is recognised by its content, whatever its suffix. Refuses
    /// archives with unsafe entry names (absolute, "..": zip slip), too many entries or
    /// encryption, naming the file and the problem.
    static Result<RefiPackage> open(const QString& path);

    bool isArchive() const { return m_zip != nullptr; }
    QString fileName() const { return m_fileName; }
    /// The .qde or .qdc inside (the single one at the archive's top), or the file itself.
    QString mainEntry() const { return m_main; }
    Result<QByteArray> readMain();
    /// The entry a plainTextPath names ("internal://x.txt", "relative:///x.txt", "x.txt",
    /// looked up in sources/ in any letter case, then at the top), or empty.
    QString findSource(const QString& reference) const;
    /// Reads an entry found by findSource, counting against limits::maxTotalBytes.
    Result<QByteArray> read(const QString& entry);

private:
    RefiPackage() = default;
    Result<QByteArray> readZipEntry(const QString& entry);
    Result<QByteArray> readDiskFile(const QString& entry);
    QString fail(const QString& problem) const;

    ZipHandle m_zip;
    QString m_path;
    QString m_fileName;
    QString m_main;
    QString m_sourcesDir;               // bare files: the sources folder beside them, or empty
    QString m_sourcesRealDir;           // the same with the links above it resolved
    QHash<QString, QString> m_sources;  // lower-case path inside sources/ -> entry
    QHash<QString, QString> m_byBase;   // lower-case file name inside sources/ -> entry
    QHash<QString, QString> m_topLevel; // lower-case name at the top -> entry
    QHash<QString, qint64> m_index;     // entry -> index in the archive
    qint64 m_bytesRead = 0;
};

/// A zip archive of `files` (name in the archive, content), built in memory so that the
/// file on disk can be written in one atomic step.
Result<QByteArray> zipArchive(const QVector<QPair<QString, QByteArray>>& files);

} // namespace situate::refi
