// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/documentimport.h"

#include "core/commands/commands.h"
#include "core/import/importeddocument.h"
#include "core/project.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>

#include <new>

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
            *problems << QStringLiteral("%1: no such file or folder").arg(item);
        }
    }
    return out;
}

QVector<ReadDocument> readDocumentFiles(const QStringList& files,
                                        const DocumentImportOptions& options, QStringList* failures,
                                        bool* cancelled) {
    QVector<ReadDocument> reads;
    int done = 0;
    for (const QString& f : files) {
        if (options.cancel && options.cancel->load()) {
            if (cancelled)
                *cancelled = true;
            return {};
        }
        Result<ImportedDocument> imported = importDocumentFile(f);
        ++done;
        if (options.progress)
            options.progress(done, static_cast<int>(files.size()));
        if (!imported) {
            if (failures)
                *failures << imported.error();
            continue;
        }
        ReadDocument r;
        r.file = f;
        r.name = documentNameForFile(f);
        r.originalName = QFileInfo(f).fileName();
        r.format = imported->format;
        r.text = std::move(imported->text);
        r.turns = std::move(imported->turns);
        reads << std::move(r);
    }
    return reads;
}

namespace {

QString notEnoughMemory() {
    return QStringLiteral("not enough memory to import it; nothing was imported (a text this "
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
            return R::failure(QStringLiteral("%1 and %2 would both become the document \"%3\"; "
                                             "rename one of them")
                                  .arg(fileOfName.value(r.name), r.file, r.name),
                              ErrorKind::Invalid);
        fileOfName.insert(r.name, r.file);
    }

    QVector<NewDocument> docs;
    QHash<QString, QString> fileOfHash;
    for (const ReadDocument& r : reads) {
        QString hash;
        try {
            hash = contentHash(r.text);
        } catch (const std::bad_alloc&) {
            return R::failure(QStringLiteral("%1: %2").arg(r.file, notEnoughMemory()));
        }
        if (auto existing = project.storage().documentIdByHash(hash)) {
            const auto d = project.storage().document(*existing);
            report.duplicates << QStringLiteral("%1: same text as the document \"%2\" already "
                                                "in the project; not imported twice")
                                     .arg(r.originalName, d ? d->name : QString());
            continue;
        }
        if (fileOfHash.contains(hash)) {
            report.duplicates << QStringLiteral("%1: same text as %2; imported once")
                                     .arg(r.originalName, fileOfHash.value(hash));
            continue;
        }
        if (project.storage().documentIdByName(r.name))
            return R::failure(QStringLiteral("%1 would become the document \"%2\", but the "
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
        for (const NewDocument& d : docs) {
            Result<qint64> id = Result<qint64>::failure(QString());
            try {
                id = addDocument(e, d);
            } catch (const std::bad_alloc&) {
                id = Result<qint64>::failure(notEnoughMemory());
            }
            if (!id)
                return Status::failure(QStringLiteral("%1: %2").arg(d.originalName, id.error()),
                                       id.kind());
            if (caseId != 0) {
                if (Status s = assignDocumentToCase(e, *id, caseId); !s)
                    return s;
            }
        }
        return {};
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
            return R::failure(QStringLiteral("%1 and %2 would both become the document \"%3\"; "
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
