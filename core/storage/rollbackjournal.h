// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace situate {

class Storage;

/// A large edit made by a process that has the project to itself (situate-cli holds the
/// project's lock and keeps no other connection open) is written through SQLite's rollback
/// journal instead of its write-ahead log. In WAL mode every page is written twice, into the
/// log and then, by the checkpoint after the commit, into the file: a fifth of importing 1,000
/// transcripts. With the rollback journal a new page is written once, into the file, and only
/// the old pages an edit changes are first saved to the journal, so a crash or a failed edit
/// still rolls back whole (SQLite does it on the next open). `synchronous` is FULL meanwhile:
/// the rollback journal needs it to be as safe across a power loss as WAL is with NORMAL.
///
/// The scope switches to the rollback journal when made (outside any transaction) and back to
/// WAL when it ends. SQLite refuses the switch while any other connection has the file open;
/// the edit then goes through the log as always. PostgreSQL: nothing changes.
class RollbackJournalScope {
public:
    explicit RollbackJournalScope(Storage& storage);
    ~RollbackJournalScope();
    RollbackJournalScope(const RollbackJournalScope&) = delete;
    RollbackJournalScope& operator=(const RollbackJournalScope&) = delete;

    /// Whether the edits inside go through the rollback journal.
    bool active() const { return m_active; }

private:
    Storage& m_storage;
    bool m_active = false;
};

} // namespace situate
