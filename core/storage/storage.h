// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/storage/connectionsecret.h"
#include "core/types.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QVariantMap>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

class QObject;

namespace situate {

class StorageConnection;

/// One table row as column -> value, used by the generic edit log that undo replays.
struct Row {
    QString table;
    QVariantMap values; // includes "id"
    qint64 id() const { return values.value(QStringLiteral("id")).toLongLong(); }
};

/// Counts shown by `situate-cli stats`.
struct ProjectStats {
    qint64 documents = 0;
    qint64 cases = 0;
    qint64 codes = 0;
    qint64 coders = 0;
    qint64 codings = 0;
    qint64 researchQuestions = 0;
    qint64 characters = 0;
};

/// The one place that speaks SQL: a project's database behind a narrow interface, either an
/// SQLite file (core/storage/sqlitestorage.cpp) or a PostgreSQL database
/// (core/storage/pgstorage.cpp) named by a URL. The connection itself, and QtSql with it, stays
/// inside core/storage/ (storageconnection.h); callers ask what the engine can do, never which
/// one it is.
class Storage {
public:
    enum class Mode { Create, Open, ReadOnly };
    /// Opens (or creates) the database file; validates that it is a Situate project of a
    /// schema this build can read before anything is written to it. ReadOnly opens a
    /// second connection to a project that is open elsewhere (it takes no lock), for
    /// analysis on a worker thread: each thread needs a connection of its own.
    /// A `postgresql://` URL opens a database on a server instead (core/team/README.md): Create
    /// needs an empty database and makes the schema there. `secret` is the password typed for
    /// it, if any (kept for this storage's further connections, never in the environment).
    static Result<std::unique_ptr<Storage>> open(const QString& path, Mode mode,
                                                 const ConnectionSecret& secret = {});
    ~Storage();
    Storage(const Storage&) = delete;
    Storage& operator=(const Storage&) = delete;

    /// The file's absolute path, or the PostgreSQL URL without its password.
    QString path() const;
    /// How messages name the project: the file's name, or the URL.
    QString displayName() const;
    /// The project's short name: the file's name without its suffix, or the database's name.
    QString projectName() const;

    // What the engine can do. Callers ask these, never which engine it is; every answer is
    // fixed for the life of the storage.
    /// The project is one file on this computer (SQLite): one process writes it, it is copied
    /// into automatic backups, and a full disk is what stops a write. False on a server.
    bool isFile() const;
    /// The connection can be lost (a server): a statement then fails as ConnectionLost, and
    /// isConnected(), reconnect(), connectionProbe() and the transaction ids below apply.
    bool canLoseConnection() const;
    /// Other clients may change the project at the same time (a server): a row is locked
    /// before a check that relies on it (readRowLocked), and a role may refuse a change.
    bool hasOtherClients() const;

    /// A way to open another read-only connection to this project on any thread (a
    /// worker's), with this one's location and password: what a worker must use instead of
    /// path(), which has no password.
    std::function<Result<std::unique_ptr<Storage>>()> readOnlyOpener() const;
    /// The password this storage was opened with (empty when libpq found it itself), for a
    /// connection of another kind to the same project (the search's).
    const ConnectionSecret& secret() const { return m_secret; }
    /// Asks the server to tell this connection of every change that another client commits:
    /// `changed` is then called, in this thread's event loop and while `context` lives, once
    /// for each. False when the engine has no other clients (SQLite) or the server refused.
    bool listenForChanges(QObject* context, std::function<void()> changed);

    // A project on a server can lose its connection (network, server restart, an
    // administrator ending the session). These let Project tell that apart from a refused
    // change, connect again and learn whether a COMMIT whose answer was lost took effect.
    /// False when the connection no longer answers (one round trip on a server; call it
    /// outside a transaction). Always true for a file.
    bool isConnected();
    /// True when the connection is known to be gone without asking the server (libpq saw it
    /// close, e.g. while listening for notifications); no round trip, so it can be asked
    /// often. False when it cannot tell (a build without libpq's headers) and for a file.
    bool connectionBroken() const;
    /// Closes the connection to the server and opens it again with the same settings (the
    /// password from where it came first), listening again if it was. Any transaction of the
    /// old connection is gone (the server rolled it back, or it committed before the loss).
    /// Nothing to do for a file.
    Status reconnect();
    /// A test to run on any thread (a worker, so a server that does not answer blocks no
    /// window) that opens a new connection with this one's settings, password included, and
    /// closes it: empty when the server takes connections again, else why not. Always empty
    /// for a file.
    std::function<QString()> connectionProbe() const;
    /// On a server, inside a transaction: its id (txid_current()), to ask after a lost COMMIT.
    Result<qint64> transactionId();
    /// On a server: "committed", "aborted" or "in progress" for a recent transaction id
    /// (txid_status()), empty when the server no longer knows it.
    Result<QString> transactionStatus(qint64 id);
    /// Tests only: called after every successful COMMIT on a server; returning true makes
    /// commit() report the connection lost, as if the server's answer never arrived.
    static std::function<bool()> lostCommitHook;
    /// The project's tables (not those an engine keeps for itself), with their columns.
    QStringList tables() const;
    QStringList columns(const QString& table) const { return m_columns.value(table); }

    // Transactions. Nested calls join the outer one.
    Status begin();
    Status commit();
    void rollback();

    // Generic rows, for the edit log (tables and columns come from the schema, never users).
    Result<qint64> insertRow(const QString& table, const QVariantMap& values);
    Status updateRow(const QString& table, qint64 id, const QVariantMap& values);
    Status deleteRow(const QString& table, qint64 id);
    /// Many rows of one table in one call, for the edit log's bulk inserts (an import's
    /// speaker turns): `values` holds the rows one after another, `columns.size()` values
    /// each. When `ids` holds one id per row (redo) the rows get those ids; when it is empty
    /// it receives the new ones. On a file, one prepared statement on the connection's own
    /// sqlite3 handle, no QVariantMap or Qt bind per value (rowsbulk.cpp).
    Status insertRows(const QString& table, const QStringList& columns, const QVariantList& values,
                      QVector<qint64>& ids);
    /// Deletes the rows of `table` with these ids (undo of insertRows), each run of
    /// consecutive ids in one statement.
    Status deleteRows(const QString& table, const QVector<qint64>& ids);
    Result<Row> readRow(const QString& table, qint64 id) const;
    /// readRow that also locks the row until the transaction ends (`SELECT … FOR UPDATE` on
    /// PostgreSQL; SQLite's one writer needs nothing), so no other client changes it between
    /// a check of its values and the change that relies on them. A row the login may see but
    /// not change (row-level security) is refused like updateRow's.
    Result<Row> readRowLocked(const QString& table, qint64 id);
    /// Rows of `table` whose `column` equals `value`.
    Result<QVector<Row>> readRowsWhere(const QString& table, const QString& column,
                                       const QVariant& value) const;

    // Typed reads. Lists fail when the database cannot be read (on a server: the connection
    // was lost, kind ConnectionLost), so a failed read is never mistaken for an empty
    // project. The lookups by id or name (optional) and the counts still read a failure as
    // "not there" or 0.
    Result<QVector<DocumentInfo>> documents() const;
    std::optional<Document> document(qint64 id) const;
    std::optional<qint64> documentIdByName(const QString& name) const;
    std::optional<qint64> documentIdByHash(const QString& hash) const;
    QString documentText(qint64 id) const;
    /// Name and length (code points) without loading the text; nullopt when absent.
    std::optional<std::pair<QString, qint64>> documentNameAndLength(qint64 id) const;
    /// The content hash of a document's text, without reading the text (empty when absent):
    /// how a view notices that the text it shows was edited.
    QString documentHash(qint64 id) const;
    Result<QVector<SpeakerTurn>> speakerTurns(qint64 documentId) const;

    Result<QVector<Case>> cases() const;
    std::optional<qint64> caseIdByName(const QString& name) const;
    Result<QVector<qint64>> documentsOfCase(qint64 caseId) const;

    Result<QVector<Attribute>> attributes() const;
    std::optional<Attribute> attributeByName(AttributeScope scope, const QString& name) const;
    /// owner id -> value, for one attribute.
    Result<QHash<qint64, QString>> attributeValues(qint64 attributeId) const;
    std::optional<qint64> attributeValueId(qint64 attributeId, qint64 ownerId) const;

    Result<QVector<Code>> codes() const; // ordered by parent, sort order, name
    std::optional<Code> code(qint64 id) const;

    Result<QVector<ResearchQuestion>> researchQuestions() const;
    std::optional<qint64> questionIdByCode(const QString& code) const;
    /// code id -> question ids it is linked to.
    Result<QHash<qint64, QVector<qint64>>> codeQuestionLinks() const;
    std::optional<qint64> codeQuestionLinkId(qint64 codeId, qint64 questionId) const;

    Result<QVector<Coder>> coders() const;
    std::optional<qint64> coderIdByName(const QString& name) const;

    Result<QVector<Coding>> codings(qint64 documentId) const;
    /// The same without created/modified (left invalid): what the document view draws,
    /// without parsing two timestamps per coding.
    Result<QVector<Coding>> codingsForView(qint64 documentId) const;
    Result<QVector<Coding>> allCodings() const;
    std::optional<Coding> coding(qint64 id) const;
    qint64 codingCount(const QString& column, qint64 id) const; // e.g. ("code_id", 7)
    /// Whether the project holds more than `n` codings; reads at most n + 1 rows of an index,
    /// where a count of them all reads every row (tens of milliseconds at a million).
    bool hasMoreCodingsThan(qint64 n) const;

    std::optional<Memo> memo(MemoOwner owner, qint64 ownerId) const;

    /// Codings per code id, and per document id, counting only the given coders (all when
    /// the list is empty): the numbers beside codes and documents in the workbench.
    Result<QHash<qint64, qint64>> codingCountsByCode(const QVector<qint64>& coderIds = {}) const;
    Result<QHash<qint64, qint64>>
    codingCountsByDocument(const QVector<qint64>& coderIds = {}) const;

    /// Inserts many codings with one prepared statement (the caller holds a transaction);
    /// fills in the ids.
    Status insertCodings(QVector<Coding>& codings);
    Status deleteCodings(const QVector<qint64>& ids);

    ProjectStats stats() const;
    /// SQLite's integrity check plus Situate's invariants; empty when all is well.
    QStringList checkIntegrity() const;
    /// Reads every page of a project file (SQLite's quick_check), which a routine open does not
    /// do: fails with what is damaged. For a worker thread after the window shows the project.
    /// On a server, the server keeps its pages sound: nothing to read.
    Status quickCheck() const;

    /// Id and value of `column` in every row of `table` where it is not empty, by id: the
    /// free texts pseudonymisation rewrites (names, memos, summaries, rationales, values).
    Result<QVector<std::pair<qint64, QString>>> readTexts(const QString& table,
                                                          const QString& column) const;
    /// Inside a transaction: serialises the edits of a document's text with the codings made
    /// on it. A text edit takes the lock `exclusive`; a coding made on a text the coder saw takes
    /// it shared and then checks the text is still the one seen. On PostgreSQL a transaction
    /// advisory lock (any role may take one), held until the transaction ends; a file has one
    /// writer at a time, so nothing to do.
    Status lockDocumentText(qint64 documentId, bool exclusive) const;
    /// Whether this connection may change documents' texts: always on a file; on a server
    /// only for the project's owners (the grants say so), so the window can say it before a
    /// coder types a word that would be refused.
    Result<bool> mayEditDocuments() const;
    /// After text was removed for good (a pseudonymisation made permanent): rewrites what
    /// still holds removed text, so no trace of it is left. On SQLite the search index is
    /// merged, the WAL checkpointed and emptied and the file vacuumed (freed pages zeroed);
    /// on PostgreSQL the project's tables are analysed and, once nothing on the server may
    /// still read their old rows (waited for a few seconds, else ErrorKind::Conflict), vacuumed
    /// in full with the statistics catalog (where the login may); a login that does not own
    /// the tables is refused (ErrorKind::Refused), since the server would skip them with a
    /// warning. Outside a transaction. README.md, "Erasing removed text", says what stays
    /// outside the project.
    Status eraseRemovedText();

    QString projectValue(const QString& key) const;
    Status setProjectValue(const QString& key, const QString& value);
    /// Removes the project_info row `key` (none is no failure).
    Status removeProjectValue(const QString& key);
    /// The project_info rows whose key starts with `prefix`, by key: (key, value) pairs.
    Result<QVector<std::pair<QString, QString>>> projectValues(const QString& prefix) const;

    /// The first failure of the current transaction (its kind tells a conflict with another
    /// client, which the whole edit may retry, from any other); ok while none failed. On
    /// PostgreSQL a failed statement aborts the transaction, so later ones only fail with
    /// "current transaction is aborted", and messages keep the first failure's words.
    const Status& transactionFailure() const;

private:
    Storage() = default;
    /// The connection, for the query code of core/storage/ (storageconnection.h).
    friend StorageConnection& connection(const Storage& storage);
    /// Codings counted by `column` (code_id or document_id) for the coders given.
    Result<QHash<qint64, qint64>> countsBy(const char* column,
                                           const QVector<qint64>& coderIds) const;
    bool knownColumn(const QString& table, const QString& column) const;
    /// A value as this engine stores it in `table.column` (compactcolumns.h; an empty text
    /// for a null string in a NOT NULL column).
    QVariant boundValue(const QString& table, const QString& column, const QVariant& value) const;

    std::unique_ptr<StorageConnection> m_connection;
    ConnectionSecret m_secret;
    QHash<QString, QStringList> m_columns; // table -> columns, from the schema
    QSet<QString> m_notNull;               // "table.column" declared NOT NULL
};

} // namespace situate
