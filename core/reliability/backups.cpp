// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reliability/backups.h"

#include "core/project.h"
#include "core/storage/backupqueries.h"
#include "core/storage/storage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::reliability)
};
} // namespace

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

// A backup's place in the order: its sequence number, then (for copies named before there
// were sequence numbers, whose sequence is 0) the time in the name and its -N suffix.
struct Entry {
    BackupInfo info;
    int legacySuffix = 0;
};

bool newerFirst(const Entry& a, const Entry& b) {
    if (a.info.sequence != b.info.sequence)
        return a.info.sequence > b.info.sequence;
    if (a.info.taken != b.info.taken)
        return a.info.taken > b.info.taken;
    return a.legacySuffix > b.legacySuffix;
}

// A sequence number has at least this many digits; an old -N suffix (the Nth backup within
// one second) never does.
constexpr int sequenceDigits = 6;
const QString stampFormat = QStringLiteral("yyyyMMdd-HHmmss");

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
        const QDateTime local = QDateTime::fromString(m.captured(2), stampFormat);
        if (!local.isValid())
            continue;
        Entry e;
        e.info = BackupInfo{f.absoluteFilePath(), f.fileName(),
                            QDateTime(local.date(), local.time(), Qt::UTC), f.size(), 0};
        const QString suffix = m.captured(3);
        if (suffix.size() >= sequenceDigits)
            e.info.sequence = suffix.toLongLong();
        else
            e.legacySuffix = suffix.toInt();
        out.append(e);
    }
    std::sort(out.begin(), out.end(), newerFirst);
    return out;
}

// The copies rotation keeps, by index into `all` (newest first); see Backups.
QVector<bool> kept(const QVector<Entry>& all, int keep) {
    QVector<bool> out(all.size(), false);
    if (all.isEmpty())
        return out;
    for (qsizetype i = 0; i < all.size() && i < keep; ++i)
        out[i] = true;
    // The newest copy of each of the last days, counted back from the newest copy's day.
    const QDate newestDay = all.first().info.taken.date();
    QSet<QDate> days;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QDate day = all[i].info.taken.date();
        if (day > newestDay || day.daysTo(newestDay) >= Backups::keepDays || days.contains(day))
            continue;
        days.insert(day);
        out[i] = true;
    }
    // The oldest copy of the current run (a clock set back ends the run).
    qsizetype first = 0;
    while (first + 1 < all.size()) {
        const qint64 gap = all[first + 1].info.taken.secsTo(all[first].info.taken);
        if (gap < 0 || gap > Backups::runGapSeconds)
            break;
        ++first;
    }
    out[first] = true;
    return out;
}

// Read and write bits of the project file for its copies; the folder adds search wherever
// read is granted.
QFileDevice::Permissions filePermissions(const QString& projectPath) {
    const QFileDevice::Permissions all = QFileInfo(projectPath).permissions();
    QFileDevice::Permissions out;
    for (auto bit : {QFileDevice::ReadOwner, QFileDevice::WriteOwner, QFileDevice::ReadGroup,
                     QFileDevice::WriteGroup, QFileDevice::ReadOther, QFileDevice::WriteOther}) {
        if (all.testFlag(bit))
            out |= bit;
    }
    return out;
}

QFileDevice::Permissions folderPermissions(QFileDevice::Permissions file) {
    QFileDevice::Permissions out = file;
    if (file.testFlag(QFileDevice::ReadOwner))
        out |= QFileDevice::ExeOwner;
    if (file.testFlag(QFileDevice::ReadGroup))
        out |= QFileDevice::ExeGroup;
    if (file.testFlag(QFileDevice::ReadOther))
        out |= QFileDevice::ExeOther;
    return out;
}

// Creates the folder with the project's permissions (exactly: not narrowed by the umask, so
// a group that may write the project may write its backups), or narrows an existing one to
// them. Permissions are applied as far as the file system keeps them.
bool prepareFolder(const QString& dirPath, QFileDevice::Permissions wanted) {
    if (!QFileInfo(dirPath).isDir()) {
        if (!QDir().mkdir(dirPath, wanted & (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ExeOwner)))
            return false;
        QFile::setPermissions(dirPath, wanted);
        return true;
    }
    const QFileDevice::Permissions mask =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QFileDevice::Permissions now = QFileInfo(dirPath).permissions() & mask;
    if ((now & wanted) != now)
        QFile::setPermissions(dirPath, now & wanted);
    return true;
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

BackupRemoval Backups::removeAll(const QString& projectPath) {
    BackupRemoval out;
    for (const BackupInfo& b : list(projectPath)) {
        if (QFile::remove(b.path))
            ++out.removed;
        else
            out.failed << b.fileName;
    }
    // A copy cut short still holds whatever pages it had reached.
    QDir dir(folder(projectPath));
    const QString parts = baseName(projectPath) + QStringLiteral("-*.situate") + partSuffix;
    for (const QString& part : dir.entryList({parts}, QDir::Files)) {
        if (!dir.remove(part))
            out.failed << part;
    }
    return out;
}

Result<QString> Backups::take(const Storage& storage, int keep, const QDateTime& now) {
    return takeWith(storage.path(), keep, now,
                    [&storage](const QString& part) { return copyDatabaseTo(storage, part); });
}

Result<std::shared_ptr<FileSnapshot>> Backups::hold(const QString& projectPath) {
    return FileSnapshot::open(projectPath);
}

Result<QString> Backups::takeFrom(const FileSnapshot& snapshot, int keep, const QDateTime& now) {
    return takeWith(snapshot.path(), keep, now,
                    [&snapshot](const QString& part) { return snapshot.copyTo(part); });
}

Result<QString> Backups::takeWith(const QString& project, int keep, const QDateTime& now,
                                  const std::function<Status(const QString&)>& copy) {
    using R = Result<QString>;
    const QString dirPath = folder(project);
    const QFileDevice::Permissions permissions = filePermissions(project);
    if (!prepareFolder(dirPath, folderPermissions(permissions)))
        return R::failure(Tr::tr("cannot create the backup folder %1").arg(dirPath), ErrorKind::Io);
    QDir dir(dirPath);
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
    const QVector<Entry> existing = entries(project);
    if (settled && !existing.isEmpty() &&
        QFileInfo(existing.first().info.path).lastModified() == source.lastModified())
        return QString();

    qint64 sequence = 0;
    for (const Entry& e : existing)
        sequence = std::max(sequence, e.info.sequence);
    const QDateTime when = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
    QString target;
    do {
        ++sequence;
        target = dir.filePath(QStringLiteral("%1-%2-%3.situate")
                                  .arg(baseName(project), when.toString(stampFormat))
                                  .arg(sequence, sequenceDigits, 10, QLatin1Char('0')));
    } while (QFileInfo::exists(target));
    const QString part = target + partSuffix;
    if (Status st = copy(part); !st) {
        QFile::remove(part);
        return R::failure(
            Tr::tr("could not back up %1: %2").arg(QFileInfo(project).fileName(), st.error()),
            st.kind());
    }
    QString made;
    if (!existing.isEmpty() && sameBytes(part, existing.first().info.path)) {
        QFile::remove(part);
    } else {
        // Before the copy gets its name. Until now only those who may read the project could
        // reach it: the folder already has the project's permissions.
        QFile::setPermissions(part, permissions);
        if (!QFile::rename(part, target)) {
            QFile::remove(part);
            return R::failure(Tr::tr("could not back up %1: cannot write %2")
                                  .arg(QFileInfo(project).fileName(), target),
                              ErrorKind::Io);
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
        const QVector<bool> keepIt = kept(all, keep);
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (!keepIt[i])
                QFile::remove(all[i].info.path);
        }
    }
    return made;
}

Result<QString> Backups::restoreInto(Project& project, const QString& backup) {
    using R = Result<QString>;
    const QString source = resolve(project.path(), backup);
    if (source.isEmpty())
        return R::failure(
            Tr::tr("no backup \"%1\" of %2").arg(backup, QFileInfo(project.path()).fileName()),
            ErrorKind::NotFound);
    // Rotation waits for the next backup: the one being restored may be the oldest, and a
    // restore never deletes a backup.
    Result<QString> safety = take(project.storage(), 0);
    if (!safety)
        return R::failure(Tr::tr("%1; nothing was restored").arg(safety.error()), safety.kind());
    if (Status st = copyDatabaseFrom(project.mutableStorage(), source); !st)
        return R::failure(Tr::tr("%1 cannot be restored: %2; the project is unchanged")
                              .arg(QFileInfo(source).fileName(), st.error()),
                          st.kind());
    return safety;
}

Result<QString> Backups::restoreFrom(std::shared_ptr<FileSnapshot> current, const QString& backup,
                                     const std::function<bool(qint64, qint64)>& progress) {
    using R = Result<QString>;
    const QString project = current->path();
    const QString source = resolve(project, backup);
    if (source.isEmpty())
        return R::failure(
            Tr::tr("no backup \"%1\" of %2").arg(backup, QFileInfo(project).fileName()),
            ErrorKind::NotFound);
    bool stopped = false;
    const auto goOn = [&](qint64 done, qint64 total) {
        stopped = stopped || (progress && !progress(done, total));
        return !stopped;
    };
    if (!goOn(0, 0))
        return R::failure(QStringLiteral("cancelled"));
    Result<QString> safety = takeFrom(*current, 0);
    current.reset(); // its read transaction ends before the project is written
    if (!safety)
        return R::failure(Tr::tr("%1; nothing was restored").arg(safety.error()), safety.kind());
    if (!goOn(0, 0))
        return R::failure(QStringLiteral("cancelled"));
    if (Status st = copyDatabaseInto(project, source, goOn); !st) {
        if (stopped)
            return R::failure(QStringLiteral("cancelled"));
        return R::failure(Tr::tr("%1 cannot be restored: %2; the project is unchanged")
                              .arg(QFileInfo(source).fileName(), st.error()),
                          st.kind());
    }
    return safety;
}

Result<QString> Backups::restore(const QString& projectPath, const QString& backup) {
    auto project = Project::open(projectPath, Project::Backup::Skip);
    if (!project)
        return Status::from(project);
    return restoreInto(**project, backup);
}

} // namespace situate
