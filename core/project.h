// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commands/editor.h"
#include "core/result.h"
#include "core/storage/storage.h"
#include "core/undostack.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QLockFile;

namespace situate {

class Editor;

/// An open Situate project: owns the database (through Storage), the lock that keeps a
/// second process out, and the undo stack every user edit goes through.
class Project : public QObject {
    Q_OBJECT
public:
    /// Creates a new project file; fails if the file exists. A `postgresql://` URL (here and
    /// in open()) names a database on a server instead: no lock file and no backups there.
    static Result<std::unique_ptr<Project>> create(const QString& path);
    /// When the automatic backup (core/reliability/backups.h) is taken: on opening (the
    /// GUI, where a session of edits follows), just before the first edit (the default, so
    /// read-only commands never copy the file), or never.
    enum class Backup { Take, BeforeFirstEdit, Skip };
    /// Opens an existing project; refuses files that are not projects, are damaged, come
    /// from a newer Situate or are open in another process, leaving them untouched. On a
    /// server, `secret` is a password typed for it (the GUI's prompt): this project's own
    /// connections use it, and nothing else does (a failure of kind Authentication means the
    /// server wants one, or another one).
    static Result<std::unique_ptr<Project>> open(const QString& path,
                                                 Backup backup = Backup::BeforeFirstEdit,
                                                 const ConnectionSecret& secret = {});
    ~Project() override;

    QString path() const;
    QString name() const; // file name without .situate
    const Storage& storage() const { return *m_storage; }
    UndoStack* undoStack() const { return m_undo; }
    /// For a worker thread: opens a read-only connection of its own to this project (a
    /// connection belongs to the thread that opened it), with the password this project was
    /// opened with. Never hand storage() to another thread.
    std::function<Result<std::unique_ptr<Storage>>()> readOnlyOpener() const {
        return m_storage->readOnlyOpener();
    }

    /// Runs `edit` in one transaction; on success pushes it as one undoable step named
    /// `text`. On failure nothing is changed and the message is returned. With a
    /// `mergeKey`, the step joins the one before it when that is the newest step and was
    /// made with the same key (a burst of typing is one undo step).
    Status edit(const QString& text, const std::function<Status(Editor&)>& edit,
                const QString& mergeKey = {});
    /// edit() for an edit that gives back a value (a report of what it did): the value of a
    /// committed edit, or why nothing was changed.
    template <typename T>
    Result<T> editFor(const QString& text, const std::function<Result<T>(Editor&)>& edit,
                      const QString& mergeKey = {}) {
        std::optional<T> value;
        Status st = this->edit(
            text,
            [&](Editor& e) -> Status {
                Result<T> r = edit(e);
                if (!r)
                    return Status::from(r);
                value = r.take();
                return {};
            },
            mergeKey);
        if (!st)
            return st;
        return std::move(*value);
    }
    /// Pushes a command whose first redo() has already been applied and committed.
    void pushApplied(UndoCommand* command);

    // A project on a server can lose its connection. edit() then connects again once at
    // once and, if it can, sends the edit again (asking the server first whether a COMMIT
    // whose answer was lost took effect, so nothing is applied twice); otherwise it fails
    // and nothing was saved. editKept() goes further: an edit that cannot reach the server
    // is kept, in order, and sent by reconnect() when the server is back.

    /// Like edit(), and on a server whose connection is lost the edit is kept (a copy of
    /// `edit`, which must therefore own everything it uses: capture by value) and sent by
    /// reconnect(). While edits are kept, new ones queue behind them. A kept edit returns a
    /// failure of kind ErrorKind::Kept whose message is keptMessage(text). On a file this is
    /// edit().
    Status editKept(const QString& text, std::function<Status(Editor&)> edit);
    /// The message of an edit that was kept for sending later.
    static QString keptMessage(const QString& text);
    /// False while a project on a server cannot reach it.
    bool isConnected() const { return !m_offline; }
    /// The names of the kept edits, oldest first.
    QStringList keptEdits() const;
    /// Connects to the server again when needed and sends the kept edits in order. An edit
    /// the server now refuses is dropped and reported through failed(); the others are
    /// applied (each one undo step). Fails, keeping what is left, while the server cannot
    /// be reached.
    Status reconnect();
    /// For a worker thread: empty when the server takes connections again (see
    /// Storage::connectionProbe); then reconnect() on this thread sends what waits.
    std::function<QString()> connectionProbe() const { return m_storage->connectionProbe(); }
    /// For undo and redo (which replay on the storage themselves): connects again when the
    /// connection was lost; false when it cannot, with the reason in *error.
    bool ensureConnected(QString* error);
    /// For undo and redo: after a failure, true (and the project marked as not connected)
    /// when the cause was the lost connection.
    bool checkConnectionAfterFailure(const QString& reason);
    /// For a timer while the user is idle: marks the project not connected (and says so
    /// through connectionChanged) when the connection is known to be gone, without a round
    /// trip to the server. Otherwise a server restart would go unnoticed until the next edit,
    /// and other coders' changes would stop arriving without a word.
    void checkConnection();

    /// How many times edits of this process were run again after losing a race to another
    /// client (a unique key taken meanwhile, a serialization failure or a deadlock), for
    /// tests and benchmarks.
    static int conflictRetries();

    /// The automatic backup taken so far: its path, empty when none was taken yet or none
    /// was needed (the newest was identical, or backups are off).
    QString backupPath() const { return m_backupPath; }
    /// Why that backup failed, or empty; opening and editing go ahead regardless.
    QString backupError() const { return m_backupError; }

    /// Storage for commands that apply their own changes (they hold a transaction).
    Storage& mutableStorage() { return *m_storage; }

signals:
    /// Emitted after any change to the project (edit, undo or redo).
    void changed();
    /// Emitted just before changed() when the change was one recorded edit applied forward
    /// (an edit or redo) or backward (an undo); commands that apply their own changes
    /// (pushApplied) emit changed() alone.
    void applied(const situate::Changeset& changes, bool forward);
    /// Emitted when an undo or redo could not be applied (the data stays as it was).
    void failed(const QString& message);
    /// A project on PostgreSQL: another client committed a change (an edit, undo or redo of
    /// theirs), within moments. changed() follows, so views reload.
    void changedElsewhere();
    /// A project on a server lost its connection (connected false, with the reason) or has
    /// it back with every kept edit sent (true).
    void connectionChanged(bool connected, const QString& reason);
    /// The kept edits changed (one was kept, sent or dropped).
    void keptEditsChanged();

private:
    Project() = default;
    // One edit on its way to the server (projectconnection.cpp).
    struct Pending {
        Pending(QString t, std::function<Status(Editor&)> f)
            : text(std::move(t))
            , fn(std::move(f)) {}
        QString text;
        std::function<Status(Editor&)> fn;
        QString mergeKey;
        bool unsettled = false; // a COMMIT was sent and its answer lost
        qint64 transaction = 0; // that transaction's id
        Changeset changes;      // what it did, if it committed
    };
    enum class Outcome { Applied, Failed, Lost };
    Outcome send(Pending& p, Status* error);
    /// Sends `p` now: its result when it was applied (ok) or failed; nothing when the
    /// connection was lost, with *error saying why.
    std::optional<Status> settle(Pending& p, Status* error);
    Outcome attempt(Pending& p, Status* error);
    Outcome attemptOnce(Pending& p, Status* error, bool* conflict);
    void accept(const Pending& p, Changeset changes);
    Status explainFailure(const QString& text, const Status& st);
    void loseConnection(const QString& reason);
    bool m_offline = false;
    QList<Pending> m_kept;
    static Result<std::unique_ptr<Project>> openWith(const QString& path, Storage::Mode mode,
                                                     const ConnectionSecret& secret = {});
    static Result<std::unique_ptr<Project>> openStorage(const QString& location, Storage::Mode mode,
                                                        std::unique_ptr<QLockFile> lock,
                                                        const ConnectionSecret& secret);
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Storage> m_storage;
    UndoStack* m_undo = nullptr;
    void takeBackup();
    QString m_backupPath;
    QString m_backupError;
    bool m_backupPending = false;
};

} // namespace situate
