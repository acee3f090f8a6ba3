// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project.h"

#include "core/commands/editor.h"
#include "core/location.h"
#include "core/platform.h"
#include "core/reliability/backups.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QStorageInfo>
#include <QSysInfo>
#include <QThread>
#include <QTimer>
#include <QUuid>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::project)
};
} // namespace

namespace situate {

Result<std::unique_ptr<Project>> Project::create(const QString& path) {
    return openWith(path, Storage::Mode::Create);
}

namespace {

/// A process killed between creating its lock file and writing its id into it leaves a
/// lock with no owner, which QLockFile never calls stale: the project could then never be
/// opened again. A live owner writes its id at once, so a lock that still names no owner
/// a moment later is cleared. True when it was.
bool clearOwnerlessLock(QLockFile& lock) {
    qint64 pid = 0;
    QString host, app;
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (lock.getLockInfo(&pid, &host, &app) && pid > 0)
            return false;
        QThread::msleep(50);
    }
    return lock.removeStaleLockFile();
}

/// Whether the process that wrote a lock on this computer still runs.
enum class Owner { Runs, Ended, Unsure };

/// Ended when no process runs with the lock's id (or only a thread of another one does), or
/// the one that does started after the lock was written: ids come round again (32768 of
/// them by default on Linux), and a process cannot own a lock written before it started.
/// Unsure when that process started within a second of the lock being written (the boot
/// time is known to the second only). A lock from another computer, or one that names no
/// owner, runs as far as this says.
Owner ownerOf(QLockFile& lock, const QString& lockPath) {
    qint64 pid = 0;
    QString host, app;
    if (!lock.getLockInfo(&pid, &host, &app) || pid <= 0 || host != QSysInfo::machineHostName())
        return Owner::Runs;
    if (!platform::processRuns(pid))
        return Owner::Ended;
    const QDateTime started = platform::processStart(pid);
    const QDateTime written = QFileInfo(lockPath).lastModified();
    if (!started.isValid() || !written.isValid() || started < written.addSecs(-1))
        return Owner::Runs;
    return started > written.addSecs(1) ? Owner::Ended : Owner::Unsure;
}

/// QLockFile clears a dead owner's lock itself, but only while it holds "<lock>.rmlock", so
/// that two processes do not clear it at once. A process killed between creating that file
/// and writing its id into it leaves it empty, and QLockFile counts an empty lock as held
/// for 30 seconds: the project stayed shut although no process had it (the kill harness met
/// it; tests/core/test_project_open.cpp makes it). So a lock whose owner has ended is cleared
/// here, without the rmlock. Clearing takes the lock file's flock, which a live owner holds
/// from before it writes its id until it lets go: a lock taken again meanwhile stays, and
/// when it is unsure whether the process with the id is the owner, the flock tells. True
/// when the lock was cleared.
bool clearEndedOwnersLock(QLockFile& lock, const QString& lockPath) {
    return ownerOf(lock, lockPath) != Owner::Runs && lock.removeStaleLockFile();
}

// The real path of the project file with every symbolic link resolved; for a file not yet
// created, the real path of its folder and its name.
QString lockTarget(const QFileInfo& info) {
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

} // namespace

Result<std::unique_ptr<Project>> Project::open(const QString& path, Backup backup,
                                               const ConnectionSecret& secret) {
    auto p = openWith(path, Storage::Mode::Open, secret);
    // A server project has no file to copy; the server's own backups keep it.
    if (p && !(*p)->m_storage->isFile())
        return p;
    if (p && backup == Backup::Take)
        (*p)->takeBackup();
    else if (p && backup == Backup::BeforeFirstEdit)
        (*p)->m_backupPending = true;
    return p;
}

void Project::takeBackup() {
    m_backupPending = false;
    const int keep = Backups::keepCount();
    if (keep <= 0)
        return;
    Result<QString> made = Backups::take(*m_storage, keep);
    if (made) {
        m_backupPath = *made;
    } else {
        // A failed backup must not lock users out of their work; say so and go on.
        m_backupError = made.error();
        qWarning("%s", qUtf8Printable(made.error()));
    }
}

Result<std::unique_ptr<Project>> Project::openWith(const QString& path, Storage::Mode mode,
                                                   const ConnectionSecret& secret) {
    using R = Result<std::unique_ptr<Project>>;
    if (isServerLocation(path)) {
        // Many clients share a server project: the server's transactions keep them apart,
        // so there is no lock.
        return openStorage(path, mode, nullptr, secret);
    }
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (mode == Storage::Mode::Open && !info.exists())
        return R::failure(Tr::tr("%1: no such file").arg(name), ErrorKind::NotFound);
    if (mode == Storage::Mode::Create && info.exists())
        return R::failure(Tr::tr("%1: a file of that name already exists").arg(name));
    if (!info.absoluteDir().exists())
        return R::failure(Tr::tr("%1: the folder %2 does not exist").arg(name, info.absolutePath()),
                          ErrorKind::NotFound);

    // The lock sits beside the file; QLockFile clears it when its owning process has died.
    // It is named after the file's canonical path, so a project reached through a symbolic
    // link (to the file or to a folder above it) and through its real path has one lock.
    const QString lockPath = lockTarget(info) + QStringLiteral(".lock");
    auto lock = std::make_unique<QLockFile>(lockPath);
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0) && lock->error() == QLockFile::LockFailedError &&
        (clearOwnerlessLock(*lock) || clearEndedOwnersLock(*lock, lockPath)))
        lock->tryLock(0);
    // A .rmlock a killed process left beside the lock goes too; one a live process holds is
    // flocked by it and stays.
    if (lock->isLocked() && QFileInfo::exists(lockPath + QStringLiteral(".rmlock")))
        QLockFile(lockPath + QStringLiteral(".rmlock")).removeStaleLockFile();
    if (!lock->isLocked()) {
        if (lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host, app;
            lock->getLockInfo(&pid, &host, &app);
            return R::failure(Tr::tr("%1: already open in another Situate process "
                                     "(process %2 on %3); close it there first")
                                  .arg(name)
                                  .arg(pid)
                                  .arg(host.isEmpty() ? Tr::tr("this computer") : host));
        }
        // The lock is the first write; say which of the usual causes stopped it.
        const QStorageInfo volume(info.absolutePath());
        if (QFileInfo(info.absolutePath()).isWritable() && volume.isValid() &&
            !volume.isReadOnly() && volume.bytesAvailable() < 64 * 1024)
            return R::failure(Tr::tr("%1: the disk holding it is full; free some space "
                                     "and open it again (nothing was changed)")
                                  .arg(name),
                              ErrorKind::Io);
        return R::failure(Tr::tr("%1: cannot create the lock file beside it (is the folder "
                                 "read-only?)")
                              .arg(name),
                          ErrorKind::Io);
    }

    return openStorage(info.absoluteFilePath(), mode, std::move(lock), {});
}

Result<std::unique_ptr<Project>> Project::openStorage(const QString& location, Storage::Mode mode,
                                                      std::unique_ptr<QLockFile> lock,
                                                      const ConnectionSecret& secret) {
    using R = Result<std::unique_ptr<Project>>;
    Result<std::unique_ptr<Storage>> storage = Storage::open(location, mode, secret);
    if (!storage)
        return Status::from(storage);
    const QString name = (*storage)->displayName();

    std::unique_ptr<Project> p(new Project);
    p->m_lock = std::move(lock);
    p->m_storage = storage.take();
    p->m_undo = new UndoStack(p.get());
    if (p->m_storage->hasOtherClients()) {
        // The server names each table another client's transaction changed; those that
        // arrive together are one change to reload for.
        Project* self = p.get();
        auto* coalesce = new QTimer(self);
        coalesce->setSingleShot(true);
        coalesce->setInterval(0);
        connect(coalesce, &QTimer::timeout, self, [self] {
            emit self->changedElsewhere();
            emit self->changed();
        });
        if (!p->m_storage->listenForChanges(self, [coalesce] { coalesce->start(); }))
            delete coalesce;
    }
    if (mode == Storage::Mode::Create) {
        Storage& s = *p->m_storage;
        Status st = s.begin();
        if (st)
            st = s.setProjectValue(QStringLiteral("uuid"),
                                   QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (st)
            st = s.setProjectValue(QStringLiteral("created"),
                                   QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (st)
            st = s.commit();
        else
            s.rollback();
        if (!st)
            return R::failure(QStringLiteral("%1: %2").arg(name, st.error()), st.kind());
    }
    return R(std::move(p));
}

Project::~Project() {
    // The database must be closed before the lock is released.
    delete m_undo;
    m_undo = nullptr;
    m_storage.reset();
    m_lock.reset();
}

QString Project::path() const {
    return m_storage->path();
}

QString Project::name() const {
    return m_storage->projectName();
}

Status Project::edit(const QString& text, const std::function<Status(Editor&)>& fn,
                     const QString& mergeKey) {
    if (m_backupPending)
        takeBackup();
    if (m_storage->canLoseConnection() && (m_offline || !m_kept.isEmpty())) {
        // Kept edits go first, in order; this one must not overtake them.
        if (Status st = reconnect(); !st)
            return Status::failure(
                Tr::tr("not connected to the server, so \"%1\" was not saved: %2")
                    .arg(text, st.error()),
                ErrorKind::ConnectionLost);
    }
    Pending p{text, fn};
    p.mergeKey = mergeKey;
    Status error;
    if (std::optional<Status> settled = settle(p, &error))
        return *settled;
    loseConnection(error.error());
    if (p.unsettled)
        return Status::failure(Tr::tr("the connection to the server was lost while \"%1\" "
                                      "was being saved; whether the server kept it will "
                                      "show when the project is open again (%2)")
                                   .arg(text, error.error()),
                               ErrorKind::ConnectionLost);
    return Status::failure(
        Tr::tr("the connection to the server was lost, so \"%1\" was not saved (%2)")
            .arg(text, error.error()),
        ErrorKind::ConnectionLost);
}

Status Project::explainFailure(const QString& text, const Status& st) {
    if (m_storage->hasOtherClients()) {
        // The server's grants or row-level security policies do not let this user's role
        // make the change (Storage reports a refused UPDATE or DELETE, which PostgreSQL lets
        // pass as "0 rows", as Refused too). The storage's words for the first failure of the
        // transaction are the reason; what the edit made of them may wrap them in context.
        const Status& first = m_storage->transactionFailure();
        const Status& refusal = first.kind() == ErrorKind::Refused ? first : st;
        if (refusal.kind() == ErrorKind::Refused)
            return Status::failure(Tr::tr("the server refused \"%1\": your role in "
                                          "this project does not allow it (%2)")
                                       .arg(text, refusal.error()),
                                   ErrorKind::Refused);
        return st;
    }
    // SQLite's own words for this ("database or disk is full") do not say that
    // nothing was kept, which is what users need to know.
    const QStorageInfo volume(QFileInfo(path()).absolutePath());
    if (volume.isValid() && volume.bytesAvailable() < 1024 * 1024)
        return Status::failure(Tr::tr("the disk holding %1 is full; nothing of "
                                      "\"%2\" was saved. Free some space and try "
                                      "again")
                                   .arg(QFileInfo(path()).fileName(), text),
                               ErrorKind::Io);
    return st;
}

void Project::accept(const Pending& p, Changeset changes) {
    if (!changes.isEmpty()) {
        emit applied(changes, true);
        m_undo->push(makeEditCommand(this, p.text, std::move(changes), p.mergeKey));
    }
    emit changed();
}

void Project::pushApplied(UndoCommand* command) {
    m_undo->push(command);
    emit changed();
}

} // namespace situate
