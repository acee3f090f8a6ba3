// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reliability/backups.h"

#include "core/project.h"
#include "core/storage/backupqueries.h"
#include "core/storage/storage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <climits>

namespace situate {

namespace {

const QLatin1String partSuffix(".part");

QString baseName(const QString& projectPath) {
    return QFileInfo(projectPath).completeBaseName();
}

QByteArray sha256(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return {};
    return h.result();
}

bool sameBytes(const QString& a, const QString& b) {
    if (QFileInfo(a).size() != QFileInfo(b).size())
        return false;
    const QByteArray ha = sha256(a);
    return !ha.isEmpty() && ha == sha256(b);
}

// Backups are sorted by the time in their name, then by the -N suffix that separates
// backups taken within one second.
struct Entry {
    BackupInfo info;
    int sequence = 0;
};

QVector<Entry> entries(const QString& projectPath) {
    const QString name = baseName(projectPath);
    static const QRegularExpression pattern(
        QStringLiteral("^(.*)-(\\d{8}-\\d{6})(?:-(\\d+))?\\.situate$"));
    QVector<Entry> out;
    const QDir dir(Backups::folder(projectPath));
    for (const QFileInfo& f : dir.entryInfoList(QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch m = pattern.match(f.fileName());
        if (!m.hasMatch() || m.captured(1) != name)
            continue;
        const QDateTime local =
            QDateTime::fromString(m.captured(2), QStringLiteral("yyyyMMdd-HHmmss"));
        if (!local.isValid())
            continue;
        const QDateTime taken(local.date(), local.time(), Qt::UTC);
        out.append(Entry{BackupInfo{f.absoluteFilePath(), f.fileName(), taken, f.size()},
                         m.captured(3).toInt()});
    }
    std::sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) {
        if (a.info.taken != b.info.taken)
            return a.info.taken > b.info.taken;
        return a.sequence > b.sequence;
    });
    return out;
}

} // namespace

int Backups::keepCount() {
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("SITUATE_BACKUPS", &ok);
    return ok && n >= 0 ? n : defaultKeep;
}

QString Backups::folder(const QString& projectPath) {
    return QFileInfo(projectPath).absoluteFilePath() + QStringLiteral(".backups");
}

QVector<BackupInfo> Backups::list(const QString& projectPath) {
    QVector<BackupInfo> out;
    for (const Entry& e : entries(projectPath))
        out.append(e.info);
    return out;
}

QString Backups::resolve(const QString& projectPath, const QString& backup) {
    const QVector<BackupInfo> all = list(projectPath);
    bool isNumber = false;
    const int n = backup.toInt(&isNumber);
    if (isNumber && !QFileInfo::exists(backup))
        return n >= 1 && n <= all.size() ? all[n - 1].path : QString();
    for (const BackupInfo& b : all) {
        if (b.fileName == backup)
            return b.path;
    }
    const QFileInfo f(backup);
    return f.isFile() ? f.absoluteFilePath() : QString();
}

Result<QString> Backups::take(const Storage& storage, int keep) {
    using R = Result<QString>;
    const QString project = storage.path();
    const QString dirPath = folder(project);
    QDir dir(dirPath);
    if (!dir.exists() && !QDir().mkpath(dirPath))
        return R::failure(QStringLiteral("cannot create the backup folder %1").arg(dirPath));
    // A .part file is a copy whose process was killed midway: no one else writes here while
    // we hold the project's lock, so every one of them is stale.
    for (const QString& stale : dir.entryList({QStringLiteral("*.part")}, QDir::Files))
        dir.remove(stale);

    // Fast path for large projects: a backup carries the modification time the project file
    // had when it was copied from a file with an empty WAL (so the file was the whole
    // content); the same time and an empty WAL now mean nothing was written since.
    const QFileInfo source(project);
    const QFileInfo wal(project + QStringLiteral("-wal"));
    const bool settled = !wal.exists() || wal.size() == 0;
    const QVector<Entry> before = entries(project);
    if (settled && !before.isEmpty() &&
        QFileInfo(before.first().info.path).lastModified() == source.lastModified())
        return QString();

    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString stem = baseName(project) + QLatin1Char('-') + stamp;
    const QString part = dir.filePath(stem + QStringLiteral(".situate") + partSuffix);
    if (Status st = copyDatabaseTo(storage, part); !st) {
        QFile::remove(part);
        return R::failure(QStringLiteral("could not back up %1: %2")
                              .arg(QFileInfo(project).fileName(), st.error()));
    }
    const QVector<Entry> existing = entries(project);
    QString made;
    if (!existing.isEmpty() && sameBytes(part, existing.first().info.path)) {
        QFile::remove(part);
    } else {
        // Within one second the suffix must keep growing even after rotation removed the
        // first names of that second, or a new backup would sort as the oldest.
        int sequence = 0;
        const QString taken = stamp;
        for (const Entry& e : existing) {
            if (e.info.taken.toString(QStringLiteral("yyyyMMdd-HHmmss")) == taken)
                sequence = std::max(sequence, std::max(e.sequence, 1));
        }
        QString target;
        do {
            target = sequence == 0
                         ? dir.filePath(stem + QStringLiteral(".situate"))
                         : dir.filePath(stem + QStringLiteral("-%1.situate").arg(sequence + 1));
            ++sequence;
        } while (QFileInfo::exists(target));
        if (!QFile::rename(part, target)) {
            QFile::remove(part);
            return R::failure(QStringLiteral("could not back up %1: cannot write %2")
                                  .arg(QFileInfo(project).fileName(), target));
        }
        made = target;
        if (settled) {
            QFile f(target);
            if (f.open(QIODevice::ReadWrite))
                f.setFileTime(source.lastModified(), QFileDevice::FileModificationTime);
        }
    }
    if (keep > 0) {
        const QVector<Entry> all = entries(project);
        for (qsizetype i = keep; i < all.size(); ++i)
            QFile::remove(all[i].info.path);
    }
    return made;
}

Result<QString> Backups::restoreInto(Project& project, const QString& backup) {
    using R = Result<QString>;
    const QString source = resolve(project.path(), backup);
    if (source.isEmpty())
        return R::failure(QStringLiteral("no backup \"%1\" of %2")
                              .arg(backup, QFileInfo(project.path()).fileName()));
    // Keep every backup for now: the one being restored may be the oldest.
    Result<QString> safety = take(project.storage(), 0);
    if (!safety)
        return R::failure(QStringLiteral("%1; nothing was restored").arg(safety.error()));
    if (Status st = copyDatabaseFrom(project.mutableStorage(), source); !st)
        return R::failure(QStringLiteral("%1 cannot be restored: %2; the project is unchanged")
                              .arg(QFileInfo(source).fileName(), st.error()));
    const int keep = keepCount();
    const QVector<BackupInfo> all = list(project.path());
    for (qsizetype i = std::max(keep, 1); i < all.size(); ++i)
        QFile::remove(all[i].path);
    return safety;
}

Result<QString> Backups::restore(const QString& projectPath, const QString& backup) {
    auto project = Project::open(projectPath, Project::Backup::Skip);
    if (!project)
        return Result<QString>::failure(project.error());
    return restoreInto(**project, backup);
}

} // namespace situate
