// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/documentimport.h"

#include "core/commands/commands.h"
#include "core/import/importeddocument.h"
#include "core/project.h"
#include "core/storage/searchindex.h"
#include "core/text.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QThread>

#include <algorithm>
#include <atomic>
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

QVector<ReadDocument> readDocumentFiles(const QStringList& files,
                                        const DocumentImportOptions& options, QStringList* failures,
                                        bool* cancelled) {
    // Reading, decoding, normalising, finding turns and hashing is most of an import's
    // work and each file's is independent: the files are shared out to one thread per core.
    const qsizetype n = files.size();
    std::vector<ReadSlot> outcomes(static_cast<size_t>(n));
    std::atomic<qsizetype> next{0};
    std::atomic_bool stopped{false};
    std::mutex progressLock;
    int done = 0;
    const auto work = [&] {
        for (;;) {
            const qsizetype k = next.fetch_add(1);
            if (k >= n)
                return;
            if (options.cancel && options.cancel->load()) {
                stopped = true;
                return;
            }
            outcomes[static_cast<size_t>(k)] = readOne(files.at(k));
            if (options.progress) {
                // Cancelled in an earlier call: no call after it, as when reading one by one.
                const std::lock_guard<std::mutex> lock(progressLock);
                if (options.cancel && options.cancel->load()) {
                    stopped = true;
                    return;
                }
                options.progress(++done, static_cast<int>(n));
            }
        }
    };
    const int helpers =
        static_cast<int>(std::min<qsizetype>(std::max(1, QThread::idealThreadCount()), n) - 1);
    std::vector<std::thread> threads;
    for (int t = 0; t < helpers; ++t)
        threads.emplace_back(work);
    work();
    for (std::thread& t : threads)
        t.join();
    if (stopped) {
        if (cancelled)
            *cancelled = true;
        return {};
    }
    QVector<ReadDocument> reads;
    reads.reserve(n);
    for (ReadSlot& slot : outcomes) {
        if (slot.doc)
            reads << std::move(*slot.doc);
        else if (failures)
            *failures << slot.failure;
    }
    return reads;
}

namespace {

QString notEnoughMemory() {
    return Tr::tr("not enough memory to import it; nothing was imported (a text this "
                  "large needs about 16 times its size in memory: split it, or import "
                  "it on a machine with more)");
}

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

    QVector<NewDocument> docs;
    QStringList hashes;      // of docs, computed while reading
    QVector<qint64> lengths; // of docs, counted while reading (-1: not counted)
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
            return R::failure(Tr::tr("%1 would become the document \"%2\", but the "
                                     "project already has a different document of that "
                                     "name; rename the file")
                                  .arg(r.file, r.name),
                              ErrorKind::Invalid);
        fileOfHash.insert(hash, r.originalName);
        NewDocument doc;
        doc.name = r.name;
        doc.originalName = r.originalName;
        doc.format = r.format;
        doc.text = r.text;
        doc.turns = r.turns;
        docs << std::move(doc);
        hashes << hash;
        lengths << r.length;
    }
    if (docs.isEmpty())
        return report;

    const QString text = docs.size() == 1 ? QStringLiteral("Import %1").arg(docs.first().name)
                                          : QStringLiteral("Import %1 documents").arg(docs.size());
    Status st = project.edit(text, [&](Editor& e) -> Status {
        qint64 caseId = 0;
        if (!options.caseName.trimmed().isEmpty()) {
            Result<qint64> c = ensureCase(e, options.caseName);
            if (!c)
                return Status::from(c);
            caseId = *c;
        }
        // Indexed for search at the end, all at once (core/storage/searchindex.h).
        Storage& storage = project.mutableStorage();
        Result<QString> trigger = pauseSearchInserts(storage);
        if (!trigger)
            return Status::from(trigger);
        qint64 firstId = 0, lastId = 0;
        for (qsizetype k = 0; k < docs.size(); ++k) {
            const NewDocument& d = docs.at(k);
            Result<qint64> id = Result<qint64>::failure(QString());
            try {
                id = lengths.at(k) >= 0 ? addDocument(e, d, hashes.at(k), lengths.at(k))
                                        : addDocument(e, d, hashes.at(k));
            } catch (const std::bad_alloc&) {
                id = Result<qint64>::failure(notEnoughMemory());
            }
            if (!id)
                return Status::failure(QStringLiteral("%1: %2").arg(d.originalName, id.error()),
                                       id.kind());
            firstId = firstId == 0 ? *id : firstId;
            lastId = *id;
            if (caseId != 0) {
                if (Status s = assignDocumentToCase(e, *id, caseId); !s)
                    return s;
            }
        }
        return resumeSearchInserts(storage, *trigger, firstId, lastId);
    });
    if (!st)
        return st;
    for (const NewDocument& d : docs)
        report.imported << d.name;
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
    QStringList failures;
    bool cancelled = false;
    const QVector<ReadDocument> reads = readDocumentFiles(files, options, &failures, &cancelled);
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
