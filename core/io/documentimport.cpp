// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/documentimport.h"

#include "core/commands/commands.h"
#include "core/import/importeddocument.h"
#include "core/project.h"
#include "core/storage/rollbackjournal.h"
#include "core/storage/searchindex.h"
#include "core/text.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <new>
#include <optional>
#include <thread>
#include <vector>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::io)
};
} // namespace

namespace situate {

QString documentNameForFile(const QString& path) {
    return QFileInfo(path).completeBaseName();
}

QStringList collectImportFiles(const QStringList& filesOrFolders, QStringList* problems) {
    const QStringList suffixes = importableSuffixes();
    QStringList out;
    for (const QString& item : filesOrFolders) {
        const QFileInfo info(item);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(item, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString f = it.next();
                if (suffixes.contains(QFileInfo(f).suffix().toLower()))
                    found << f;
            }
            found.sort();
            out << found;
        } else if (info.isFile()) {
            out << item;
        } else if (problems) {
            *problems << Tr::tr("%1: no such file or folder").arg(item);
        }
    }
    return out;
}

namespace {

// One file's outcome, in the slot of its place in the list, so the order of the documents
// and of the failures is the list's whatever thread read them.
struct ReadSlot {
    std::optional<ReadDocument> doc;
    QString failure;
};

ReadSlot readOne(const QString& f) {
    ReadSlot slot;
    try {
        Result<ImportedDocument> imported = importDocumentFile(f);
        if (!imported) {
            slot.failure = imported.error();
            return slot;
        }
        ReadDocument r;
        r.file = f;
        r.name = documentNameForFile(f);
        r.originalName = QFileInfo(f).fileName();
        r.format = imported->format;
        r.text = std::move(imported->text);
        r.turns = std::move(imported->turns);
        r.hash = imported->utf8.isNull() ? contentHash(r.text) : contentHashOfUtf8(imported->utf8);
        r.length = codePointCount(r.text);
        slot.doc = std::move(r);
    } catch (const std::bad_alloc&) {
        slot.doc.reset();
        slot.failure = Tr::tr("%1: not enough memory to read it").arg(f);
    }
    return slot;
}

} // namespace

namespace {

/// Reads the files on one thread per core, each into the slot of its place in the list, while
/// whoever holds the pipeline takes the slots in order, waiting only for the one it needs next:
/// an import writes the first documents while the later ones are still being read.
class ReadPipeline {
public:
    ReadPipeline(const QStringList& files, const DocumentImportOptions& options)
        : m_files(files)
        , m_options(options)
        , m_slots(static_cast<size_t>(files.size()))
        , m_ready(static_cast<size_t>(files.size()), 0) {
        const qsizetype threads =
            std::min<qsizetype>(std::max(1, QThread::idealThreadCount()), files.size());
        for (qsizetype t = 0; t < threads; ++t)
            m_threads.emplace_back([this] { work(); });
    }
    ~ReadPipeline() {
        m_stop = true; // a writer that gave up early: the threads end after their file
        for (std::thread& t : m_threads)
            t.join();
    }
    ReadPipeline(const ReadPipeline&) = delete;
    ReadPipeline& operator=(const ReadPipeline&) = delete;

    /// File k's outcome once it is read, or null once the import is cancelled.
    ReadSlot* wait(qsizetype k) {
        std::unique_lock<std::mutex> lock(m_lock);
        m_changed.wait(lock, [&] { return m_ready[static_cast<size_t>(k)] || cancelled(); });
        return cancelled() ? nullptr : &m_slots[static_cast<size_t>(k)];
    }

private:
    bool cancelled() {
        if (m_options.cancel && m_options.cancel->load())
            m_cancelled = true;
        return m_cancelled;
    }
    void work() {
        for (;;) {
            const qsizetype k = m_next.fetch_add(1);
            if (k >= m_files.size() || m_stop)
                return;
            if (m_options.cancel && m_options.cancel->load()) {
                stopAll();
                return;
            }
            ReadSlot slot = readOne(m_files.at(k));
            const std::lock_guard<std::mutex> lock(m_lock);
            if (m_options.progress) {
                // Cancelled in an earlier call: no call after it, as when reading one by one.
                if (cancelled()) {
                    m_changed.notify_all();
                    return;
                }
                m_options.progress(++m_done, static_cast<int>(m_files.size()));
            }
            m_slots[static_cast<size_t>(k)] = std::move(slot);
            m_ready[static_cast<size_t>(k)] = 1;
            m_changed.notify_all();
        }
    }
    void stopAll() {
        const std::lock_guard<std::mutex> lock(m_lock);
        m_cancelled = true;
        m_changed.notify_all();
    }

    const QStringList& m_files;
    const DocumentImportOptions& m_options;
    std::vector<ReadSlot> m_slots;
    std::vector<char> m_ready; // guarded by m_lock, like m_slots, m_done and m_cancelled
    std::mutex m_lock;
    std::condition_variable m_changed;
    int m_done = 0;
    bool m_cancelled = false;
    std::atomic<qsizetype> m_next{0};
    std::atomic_bool m_stop{false};
    std::vector<std::thread> m_threads; // last: started once the rest is in place
};

/// Every file's outcome, in order: the documents, and the failures in `failures`.
QVector<ReadDocument> takeAll(ReadPipeline& pipeline, qsizetype n, QStringList* failures,
                              bool* cancelled) {
    QVector<ReadDocument> reads;
    reads.reserve(n);
    for (qsizetype k = 0; k < n; ++k) {
        ReadSlot* slot = pipeline.wait(k);
        if (!slot) {
            if (cancelled)
                *cancelled = true;
            return {};
        }
        if (slot->doc)
            reads << std::move(*slot->doc);
        else if (failures)
            *failures << slot->failure;
    }
    return reads;
}

} // namespace

QVector<ReadDocument> readDocumentFiles(const QStringList& files,
                                        const DocumentImportOptions& options, QStringList* failures,
                                        bool* cancelled) {
    // Reading, decoding, normalising, finding turns and hashing is most of an import's
    // work and each file's is independent: the files are shared out to one thread per core.
    ReadPipeline pipeline(files, options);
    return takeAll(pipeline, files.size(), failures, cancelled);
}

namespace {

QString notEnoughMemory() {
    return Tr::tr("not enough memory to import it; nothing was imported (a text this "
                  "large needs about 16 times its size in memory: split it, or import "
                  "it on a machine with more)");
}

// The undo step of an import of `count` documents, the first named `first`.
QString importStepName(qsizetype count, const QString& first) {
    return count == 1 ? QStringLiteral("Import %1").arg(first)
                      : QStringLiteral("Import %1 documents").arg(count);
}

Status nameTaken(const ReadDocument& r) {
    return Status::failure(Tr::tr("%1 would become the document \"%2\", but the "
                                  "project already has a different document of that "
                                  "name; rename the file")
                               .arg(r.file, r.name),
                           ErrorKind::Invalid);
}

/// An import's writing, inside its edit: the case, the search index paused before the
/// documents and given them all at once after (core/storage/searchindex.h), each document
/// added and put in the case.
class ImportWriter {
public:
    ImportWriter(Project& project, Editor& editor)
        : m_storage(project.mutableStorage())
        , m_editor(editor) {}

    Status begin(const QString& caseName) {
        if (!caseName.trimmed().isEmpty()) {
            Result<qint64> c = ensureCase(m_editor, caseName);
            if (!c)
                return Status::from(c);
            m_caseId = *c;
        }
        Result<QString> trigger = pauseSearchInserts(m_storage);
        if (!trigger)
            return Status::from(trigger);
        m_trigger = *trigger;
        return {};
    }
    /// `hash` of the text, and its `length` in code points (-1: not counted yet).
    Status add(const ReadDocument& r, const QString& hash, qint64 length) {
        NewDocument d;
        d.name = r.name;
        d.originalName = r.originalName;
        d.format = r.format;
        d.text = r.text;
        d.turns = r.turns;
        Result<qint64> id = Result<qint64>::failure(QString());
        try {
            id = length >= 0 ? addDocument(m_editor, d, hash, length)
                             : addDocument(m_editor, d, hash);
        } catch (const std::bad_alloc&) {
            id = Result<qint64>::failure(notEnoughMemory());
        }
        if (!id)
            return Status::failure(QStringLiteral("%1: %2").arg(r.originalName, id.error()),
                                   id.kind());
        m_firstId = m_firstId == 0 ? *id : m_firstId;
        m_lastId = *id;
        return m_caseId != 0 ? assignDocumentToCase(m_editor, *id, m_caseId) : Status();
    }
    Status finish() { return resumeSearchInserts(m_storage, m_trigger, m_firstId, m_lastId); }

private:
    Storage& m_storage;
    Editor& m_editor;
    qint64 m_caseId = 0;
    QString m_trigger;
    qint64 m_firstId = 0, m_lastId = 0;
};

} // namespace

Result<DocumentImportReport> addReadDocuments(Project& project, const QVector<ReadDocument>& reads,
                                              const DocumentImportOptions& options) {
    using R = Result<DocumentImportReport>;
    DocumentImportReport report;
    QHash<QString, QString> fileOfName;
    for (const ReadDocument& r : reads) {
        if (fileOfName.contains(r.name))
            return R::failure(Tr::tr("%1 and %2 would both become the document \"%3\"; "
                                     "rename one of them")
                                  .arg(fileOfName.value(r.name), r.file, r.name),
                              ErrorKind::Invalid);
        fileOfName.insert(r.name, r.file);
    }

    QVector<const ReadDocument*> docs;
    QStringList hashes; // of docs, computed while reading
    QHash<QString, QString> fileOfHash;
    for (const ReadDocument& r : reads) {
        QString hash = r.hash;
        try {
            if (hash.isEmpty())
                hash = contentHash(r.text);
        } catch (const std::bad_alloc&) {
            return R::failure(QStringLiteral("%1: %2").arg(r.file, notEnoughMemory()));
        }
        if (auto existing = project.storage().documentIdByHash(hash)) {
            const auto d = project.storage().document(*existing);
            report.duplicates << Tr::tr("%1: same text as the document \"%2\" already "
                                        "in the project; not imported twice")
                                     .arg(r.originalName, d ? d->name : QString());
            continue;
        }
        if (fileOfHash.contains(hash)) {
            report.duplicates << Tr::tr("%1: same text as %2; imported once")
                                     .arg(r.originalName, fileOfHash.value(hash));
            continue;
        }
        if (project.storage().documentIdByName(r.name))
            return nameTaken(r);
        fileOfHash.insert(hash, r.originalName);
        docs << &r;
        hashes << hash;
    }
    if (docs.isEmpty())
        return report;

    Status st =
        project.edit(importStepName(docs.size(), docs.first()->name), [&](Editor& e) -> Status {
            ImportWriter writer(project, e);
            if (Status s = writer.begin(options.caseName); !s)
                return s;
            for (qsizetype k = 0; k < docs.size(); ++k) {
                if (Status s = writer.add(*docs.at(k), hashes.at(k), docs.at(k)->length); !s)
                    return s;
            }
            return writer.finish();
        });
    if (!st)
        return st;
    for (const ReadDocument* d : docs)
        report.imported << d->name;
    return report;
}

Result<DocumentImportReport> importDocuments(Project& project, const QStringList& files,
                                             const DocumentImportOptions& options) {
    using R = Result<DocumentImportReport>;
    // Names within the batch first: a clash fails the whole batch before any file is read.
    QHash<QString, QString> fileOfName;
    for (const QString& f : files) {
        const QString name = documentNameForFile(f);
        if (fileOfName.contains(name))
            return R::failure(Tr::tr("%1 and %2 would both become the document \"%3\"; "
                                     "rename one of them")
                                  .arg(fileOfName.value(name), f, name),
                              ErrorKind::Invalid);
        fileOfName.insert(name, f);
    }
    const qsizetype n = files.size();
    if (n == 0)
        return addReadDocuments(project, {}, options);
    // Written while being read: the edit takes each document as soon as it is read. Its undo
    // step is named before the files are read, for the usual case that every file is read and
    // new; when one is not (a failure or a duplicate), that edit is rolled back and the import
    // made again from the texts already read, with the right name and report.
    ReadPipeline pipeline(files, options);
    std::optional<RollbackJournalScope> journal; // for this edit and the one that may follow
    if (options.soleUser)
        journal.emplace(project.mutableStorage());
    enum class Stop { No, Cancelled, Again };
    Stop stop = Stop::No;
    QStringList imported;
    Status st = project.edit(importStepName(n, documentNameForFile(files.first())),
                             [&](Editor& e) -> Status {
                                 imported.clear();
                                 stop = Stop::No;
                                 ImportWriter writer(project, e);
                                 if (Status s = writer.begin(options.caseName); !s)
                                     return s;
                                 QSet<QString> hashes;
                                 for (qsizetype k = 0; k < n; ++k) {
                                     const ReadSlot* slot = pipeline.wait(k);
                                     if (!slot)
                                         stop = Stop::Cancelled;
                                     else if (!slot->doc || hashes.contains(slot->doc->hash) ||
                                              project.storage().documentIdByHash(slot->doc->hash))
                                         stop = Stop::Again;
                                     if (stop != Stop::No)
                                         return Status::failure(QStringLiteral("not as named"));
                                     const ReadDocument& r = *slot->doc;
                                     if (project.storage().documentIdByName(r.name))
                                         return nameTaken(r);
                                     hashes.insert(r.hash);
                                     if (Status s = writer.add(r, r.hash, r.length); !s)
                                         return s;
                                     imported << r.name;
                                 }
                                 return writer.finish();
                             });
    if (stop == Stop::Cancelled) {
        DocumentImportReport report;
        report.cancelled = true;
        return report;
    }
    if (stop == Stop::No) {
        if (!st)
            return st;
        DocumentImportReport report;
        report.imported = imported;
        return report;
    }
    QStringList failures;
    bool cancelled = false;
    const QVector<ReadDocument> reads = takeAll(pipeline, n, &failures, &cancelled);
    if (cancelled) {
        DocumentImportReport report;
        report.cancelled = true;
        return report;
    }
    Result<DocumentImportReport> report = addReadDocuments(project, reads, options);
    if (report)
        report->failures = failures;
    return report;
}

} // namespace situate
